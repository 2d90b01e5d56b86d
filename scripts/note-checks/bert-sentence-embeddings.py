# Checks the worked numbers of content/notes/bert-sentence-embeddings.mdx (whitening example, cross-encoder pair count).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


cos = lambda u, v: (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
a, b, c, d = (10, 1), (10, -1), (12, 0), (8, 0)
close(cos(a, b), 0.980, 5e-4)
close(cos(a, c), 0.995, 5e-4)
close(cos(c, d), 1.000, 5e-4)
xs = [a, b, c, d]
mu = (sum(x[0] for x in xs) / 4, sum(x[1] for x in xs) / 4)
assert mu == (10, 0)
cen = [(x[0] - mu[0], x[1] - mu[1]) for x in xs]
assert cen == [(0, 1), (0, -1), (2, 0), (-2, 0)]
cov = [[sum(u[i] * u[j] for u in cen) / 4 for j in range(2)] for i in range(2)]
assert cov == [[2, 0], [0, 0.5]]
W = (1 / math.sqrt(2), math.sqrt(2))
wh = [(u[0] * W[0], u[1] * W[1]) for u in cen]
for got, want in zip(wh, [(0, 1.414), (0, -1.414), (1.414, 0), (-1.414, 0)]):
    close(got[0], want[0], 5e-4)
    close(got[1], want[1], 5e-4)
close(cos(wh[0], wh[1]), -1, 1e-12)
close(cos(wh[0], wh[2]), 0, 1e-12)
close(cos(wh[2], wh[3]), -1, 1e-12)
print("raw cos", cos(a, b), cos(a, c), cos(c, d), "whitened", wh)

pairs = 10000 * 9999 // 2
assert pairs == 49995000
close(pairs / 5e7, 1.0, 0.01)
print("cross-encoder pairs for 10,000 sentences", pairs)
