# Checks the numbers in content/notes/evaluation-protocol.mdx.
import random
from math import comb, sqrt

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

# Probability that a random 20-sample fold out of 100 (10 positives) has no positive.
p0 = comb(90, 20) / comb(100, 20)
close(p0, 0.0951, 5e-5)
# Simulation agrees.
rng = random.Random(1)
labels = [1] * 10 + [0] * 90
hits = sum(1 for _ in range(20000) if sum(rng.sample(labels, 20)) == 0)
close(hits / 20000, p0, 0.01)
print("P(no positive in a fold) =", round(p0, 4))

close(1 - 0.95 ** 60, 0.954, 5e-4)

se = sqrt(0.85 * 0.15 / 400)
close(se, 0.0179, 5e-5)
close(1.96 * se, 0.035, 5e-4)
close(0.85 - 1.96 * se, 0.815, 5e-4); close(0.85 + 1.96 * se, 0.885, 5e-4)

rng = random.Random(0)
y = [1] * 340 + [0] * 60
accs = sorted(sum(y[rng.randrange(400)] for _ in range(400)) / 400 for _ in range(1000))
lo, hi = accs[24], accs[974]
close(lo, 0.8125, 1e-9); close(hi, 0.885, 1e-9)
print("normal CI", round(0.85 - 1.96 * se, 3), round(0.85 + 1.96 * se, 3), "bootstrap CI", lo, hi)
