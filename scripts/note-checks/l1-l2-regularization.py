# Checks the numbers in content/notes/l1-l2-regularization.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

# Subgradient descent on 1/2 (w-0.8)^2 + |w| from w=3, step 0.1: never reaches 0, cycles.
w = 3.0
tail = []
for step in range(200):
    sign = 1 if w > 0 else (-1 if w < 0 else 0)
    w -= 0.1 * ((w - 0.8) + sign)
    assert w != 0.0
    if step >= 150:
        tail.append(w)
close(w, 0.048, 0.0005)
close(min(tail), -0.02, 0.005)
close(max(tail), 0.18, 0.005)
print("subgradient w_200 =", round(w, 4), "cycle range", round(min(tail), 4), round(max(tail), 4))

# Proximal (soft-threshold) step reaches 0 exactly.
w = 3.0
for _ in range(200):
    z = w - 0.1 * (w - 0.8)
    w = math.copysign(max(abs(z) - 0.1, 0.0), z)
assert w == 0.0
print("proximal w_200 =", w)

# 1-D soft threshold vs shrinkage, lambda = 1.
for z, l1, l2 in [(3, 2, 1.5), (0.8, 0, 0.4), (-0.3, 0, -0.15)]:
    close(math.copysign(max(abs(z) - 1, 0), z), l1, 1e-12)
    close(z / 2, l2, 1e-12)
print("soft threshold table ok")

# Ridge on duplicated columns: (X^T X + I)^-1 X^T y = (5/11, 5/11).
a, b, c, d = 6, 5, 5, 6
det = a * d - b * c
assert det == 11
w1 = (d * 5 - b * 5) / det
close(w1, 0.4545, 0.00005)
print("ridge w =", round(w1, 4))
