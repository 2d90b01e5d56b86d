# Checks the numbers in content/notes/svm-dual-kkt.mdx (李航 例 7.2).
from fractions import Fraction as F
import math

X = [(3, 3), (4, 3), (1, 1)]
Y = [1, 1, -1]
K = [[sum(a * b for a, b in zip(xi, xj)) for xj in X] for xi in X]
assert K == [[18, 21, 6], [21, 25, 7], [6, 7, 2]], K
print("Gram", K)

def dual_min(a):
    # 1/2 sum a_i a_j y_i y_j K_ij - sum a_i
    return F(1, 2) * sum(a[i] * a[j] * Y[i] * Y[j] * K[i][j] for i in range(3) for j in range(3)) - sum(a)

def s(a1, a2):
    return 4 * a1 * a1 + F(13, 2) * a2 * a2 + 10 * a1 * a2 - 2 * a1 - 2 * a2

# The reduced objective s equals the dual with a3 = a1 + a2 at several points.
for a1, a2 in [(F(1), F(2)), (F(1, 3), F(5, 7)), (F(0), F(1))]:
    assert dual_min([a1, a2, a1 + a2]) == s(a1, a2)

# Stationary point of s: 8a1 + 10a2 = 2, 10a1 + 13a2 = 2.
det = 8 * 13 - 10 * 10
a1 = F(2 * 13 - 10 * 2, det)
a2 = F(8 * 2 - 10 * 2, det)
assert (a1, a2) == (F(3, 2), F(-1)), (a1, a2)
# Boundaries.
assert s(F(0), F(2, 13)) == F(-2, 13)
assert abs(float(F(-2, 13)) - (-0.1538)) < 5e-5
assert s(F(1, 4), F(0)) == F(-1, 4)
alpha = [F(1, 4), F(0), F(1, 4)]
w = [sum(alpha[i] * Y[i] * X[i][k] for i in range(3)) for k in range(2)]
assert w == [F(1, 2), F(1, 2)]
b = Y[0] - sum(wk * xk for wk, xk in zip(w, X[0]))
assert b == -2
margins = [Y[i] * (sum(wk * xk for wk, xk in zip(w, X[i])) + b) for i in range(3)]
assert margins == [1, F(3, 2), 1], margins
norm = math.sqrt(float(w[0] ** 2 + w[1] ** 2))
assert abs(norm - 0.7071) < 5e-5
assert abs(1 / norm - 1.4142) < 5e-5
assert abs(2 / norm - 2.8284) < 5e-5
# Strong duality: dual max = -min = 0.25 = primal 1/2 ||w||^2.
assert -dual_min(alpha) == F(1, 4) == F(1, 2) * (w[0] ** 2 + w[1] ** 2)
print("alpha", alpha, "w", w, "b", b, "margins", margins, "||w||", round(norm, 4), "geo", round(1 / norm, 4), "width", round(2 / norm, 4))

# Removing x2 (not a support vector) gives the same solution: two-point problem a1 = a3 = a.
quad = F(1, 2) * (K[0][0] - 2 * K[0][2] + K[2][2])  # coefficient of a^2 with y = (+1, -1)
assert quad == 4
a = F(2) / (2 * quad)  # minimiser of quad * a^2 - 2a
assert a == F(1, 4)
print("KKT and duality checks pass")
