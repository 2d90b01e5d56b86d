# Checks the numbers in content/notes/pca.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

P = [(-2, -1), (-1, -1), (0, 0), (1, 1), (2, 1)]
n = len(P)
assert sum(p[0] for p in P) == 0 and sum(p[1] for p in P) == 0
sxx = sum(p[0] ** 2 for p in P) / n
syy = sum(p[1] ** 2 for p in P) / n
sxy = sum(p[0] * p[1] for p in P) / n
assert (sxx, syy, sxy) == (2.0, 0.8, 1.2)
tr, det = sxx + syy, sxx * syy - sxy ** 2
close(tr, 2.8, 1e-12); close(det, 0.16, 1e-12)
disc = math.sqrt(tr * tr - 4 * det)
l1, l2 = (tr + disc) / 2, (tr - disc) / 2
close(l1, 2.7416, 5e-5); close(l2, 0.0584, 5e-5)
u = (sxy, l1 - sxx)
close(u[1], 0.7416, 5e-5)
norm = math.hypot(*u)
u = (u[0] / norm, u[1] / norm)
close(u[0], 0.8507, 5e-5); close(u[1], 0.5257, 5e-5)
# It is an eigenvector.
close(sxx * u[0] + sxy * u[1], l1 * u[0], 1e-12)
proj = [u[0] * x + u[1] * y for x, y in P]
err = [x * x + y * y - p * p for (x, y), p in zip(P, proj)]
for got, want in zip(proj, [-2.2270, -1.3764, 0, 1.3764, 2.2270]):
    close(got, want, 5e-5)
for got, want in zip(err, [0.0403, 0.1056, 0, 0.1056, 0.0403]):
    close(got, want, 5e-5)
close(sum(p * p for p in proj) / n, l1, 1e-12)
close(sum(err) / n, l2, 1e-12)
close(l1 / tr, 0.979, 5e-4)
close(math.sqrt(l1), 1.6558, 5e-5); close(math.sqrt(l2), 0.2416, 5e-5)
# Whitened coordinates have unit variance and zero covariance.
v = (-u[1], u[0])
z1 = [p / math.sqrt(l1) for p in proj]
z2 = [(v[0] * x + v[1] * y) / math.sqrt(l2) for x, y in P]
close(sum(a * a for a in z1) / n, 1, 1e-9); close(sum(b * b for b in z2) / n, 1, 1e-9)
close(sum(a * b for a, b in zip(z1, z2)) / n, 0, 1e-9)
print("eigenvalues", round(l1, 4), round(l2, 4), "u1", [round(c, 4) for c in u], "explained", round(l1 / tr, 4))
