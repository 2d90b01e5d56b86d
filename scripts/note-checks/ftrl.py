# Checks the numbers in content/notes/ftrl.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

def ftrl(grads, alpha=1.0, beta=1.0, l1=0.5, l2=0.0):
    z = n = w = 0.0
    rows = []
    for g in grads:
        sigma = (math.sqrt(n + g * g) - math.sqrt(n)) / alpha
        z += g - sigma * w
        n += g * g
        w = 0.0 if abs(z) <= l1 else -(z - math.copysign(l1, z)) / ((beta + math.sqrt(n)) / alpha + l2)
        rows.append((sigma, z, n, w))
    return rows

noisy = ftrl([0.4, -0.3, 0.2, 0.1])
for (s, z, n, w), (ws, wz, wn) in zip(noisy, [(0.4, 0.4, 0.16), (0.1, 0.1, 0.25), (0.0385, 0.3, 0.29), (0.0092, 0.4, 0.30)]):
    close(s, ws, 5e-5); close(z, wz, 5e-5); close(n, wn, 5e-5)
    assert w == 0.0
useful = ftrl([-0.6] * 3)
for (s, z, n, w), (ws, wz, wn, ww) in zip(useful, [(0.6, -0.6, 0.36, 0.0625), (0.2485, -1.2155, 0.72, 0.3871), (0.1907, -1.8894, 1.08, 0.6813)]):
    close(s, ws, 5e-5); close(z, wz, 5e-5); close(n, wn, 5e-5); close(w, ww, 5e-5)
print("noisy coordinate stays 0:", [r[3] for r in noisy], "useful:", [round(r[3], 4) for r in useful])

# The closed form solves the 1-D problem z w + l1 |w| + a/2 w^2 (grid check).
for z, a in [(-1.2155, 1 + math.sqrt(0.72)), (0.3, 2.0), (0.9, 1.5)]:
    f = lambda w: z * w + 0.5 * abs(w) + a / 2 * w * w
    closed = 0.0 if abs(z) <= 0.5 else -(z - math.copysign(0.5, z)) / a
    grid = min((i / 10000 for i in range(-20000, 20001)), key=f)
    close(closed, grid, 1e-4)

# SGD + L1 subgradient on the noisy stream never hits 0.
w, path = 0.0, []
for g in [0.4, -0.3, 0.2, 0.1]:
    s = (w > 0) - (w < 0)
    w -= 0.1 * (g + 0.5 * s)
    path.append(w)
for got, want in zip(path, [-0.04, 0.04, -0.03, 0.01]):
    close(got, want, 1e-9)
assert all(v != 0 for v in path)

print("SGD+L1 path", path)
