# Checks the worked numbers in content/notes/llm-decoding.mdx (temperature table, top-k, top-p, penalties, speculative decoding).
import math

z = [2.0, 1.0, 0.5, 0.0, -1.0]
def softmax(z, T=1.0):
    e = [math.exp(x / T) for x in z]
    s = sum(e)
    return [x / s for x in e]
def close_all(got, want, tol=5e-5):
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert abs(g - w) < tol, (got, want)

close_all(softmax(z, 1), [0.5630, 0.2071, 0.1256, 0.0762, 0.0280])
close_all(softmax(z, 0.5), [0.8292, 0.1122, 0.0413, 0.0152, 0.0021])
close_all(softmax(z, 2), [0.3745, 0.2272, 0.1769, 0.1378, 0.0836])
assert round(softmax(z, 0.5)[0], 2) == 0.83  # widget tip

p = softmax(z)
close_all([x / sum(p[:2]) for x in p[:2]], [0.7311, 0.2689])
cum, acc = [], 0.0
for x in p:
    acc += x
    cum.append(acc)
close_all(cum[:3], [0.5630, 0.7701, 0.8958])
kept = next(i for i, c in enumerate(cum) if c >= 0.8) + 1
assert kept == 3
close_all([x / sum(p[:3]) for x in p[:3]], [0.6285, 0.2312, 0.1402])

# card rounding
close_all(cum[:3], [0.563, 0.770, 0.896], tol=5e-4)

# CTRL repetition penalty
theta = 1.2
pen = lambda l: l / theta if l > 0 else l * theta
assert abs(pen(2.0) - 1.6667) < 5e-5 and abs(pen(-1.0) + 1.2) < 1e-12

# length penalty
assert -1.2 > -2.0
assert -1.2 / 2 == -0.6 and -2.0 / 5 == -0.4

# speculative decoding
P = [0.5, 0.3, 0.2]
Q = [0.2, 0.5, 0.3]
beta = sum(min(a, b) for a, b in zip(P, Q))
assert abs(beta - 0.7) < 1e-12
res = [max(0.0, a - b) for a, b in zip(P, Q)]
close_all(res, [0.3, 0, 0], 1e-12)
r = [x / sum(res) for x in res]
close_all(r, [1, 0, 0], 1e-12)
out = [min(a, b) + (1 - beta) * ri for a, b, ri in zip(P, Q, r)]
close_all(out, P, 1e-12)

alpha, gamma = 0.8, 4
expected = (1 - alpha ** (gamma + 1)) / (1 - alpha)
assert abs(expected - 3.3616) < 1e-9
assert round(expected, 2) == 3.36

print("T=1", [round(x, 4) for x in p])
print("top-p cumulative", [round(c, 4) for c in cum])
print("speculative output", out, "expected tokens", expected)
