# Checks the numbers in content/notes/bagging-random-forest-adaboost.mdx.
import math
import random

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

# OOB fraction (1 - 1/n)^n.
for n, want in [(10, 0.3487), (100, 0.3660), (1000, 0.3677)]:
    close((1 - 1 / n) ** n, want, 5e-5)
close(math.exp(-1), 0.3679, 5e-5)
# Monte Carlo sanity check of the limit.
rng = random.Random(0)
n, trials, out = 200, 300, 0
for _ in range(trials):
    picked = {rng.randrange(n) for _ in range(n)}
    out += n - len(picked)
close(out / (n * trials), 0.368, 0.01)
print("OOB fractions ok, simulated", round(out / (n * trials), 4))

# Variance of the average of B correlated models.
var = lambda rho, B, s2=1.0: rho * s2 + (1 - rho) * s2 / B
# The closed form equals the covariance-sum formula.
for rho, B in [(0.3, 100), (0.1, 7)]:
    close(var(rho, B), (B * 1 + B * (B - 1) * rho) / B ** 2, 1e-12)
close(var(0.3, 100), 0.307, 1e-12)
close(var(0.3, 1000), 0.3007, 1e-12)
close(var(0.1, 100), 0.109, 1e-12)
print("bagging variance", var(0.3, 100), var(0.3, 1000), var(0.1, 100))

# AdaBoost round 1 (李航 例 8.1).
X = list(range(10))
Y = [1, 1, 1, -1, -1, -1, 1, 1, 1, -1]
w = [0.1] * 10

def stump(v, left):
    return lambda x: left if x < v else -left

best = min(((sum(wi for wi, x, y in zip(w, X, Y) if stump(v, s)(x) != y), v, s)
            for v in [i + 0.5 for i in range(-1, 10)] for s in (1, -1)))
e1, v, s = best
assert (v, s) == (2.5, 1) and abs(e1 - 0.3) < 1e-12, best
G = stump(v, s)
assert [x for x in X if G(x) != Y[x]] == [6, 7, 8]
a1 = 0.5 * math.log((1 - e1) / e1)
close(a1, 0.4236, 5e-5)
close(math.exp(-a1), 0.6547, 5e-5); close(math.exp(a1), 1.5275, 5e-5)
Z = sum(wi * math.exp(-a1 * y * G(x)) for wi, x, y in zip(w, X, Y))
close(Z, 2 * math.sqrt(0.21), 1e-12); close(Z, 0.9165, 5e-5)
w2 = [wi * math.exp(-a1 * y * G(x)) / Z for wi, x, y in zip(w, X, Y)]
close(w2[0], 0.0714, 5e-5); close(w2[6], 0.1667, 5e-5)
close(sum(w2[i] for i in (6, 7, 8)), 0.5, 1e-12)
print("AdaBoost alpha", round(a1, 4), "Z", round(Z, 4), "weights", round(w2[0], 4), round(w2[6], 4))
