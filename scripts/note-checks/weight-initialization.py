# Checks the numbers in content/notes/weight-initialization.mdx.
import math
import random

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

close(1 / 256, 0.0039, 5e-5); close(math.sqrt(6 / 512), 0.1083, 5e-5); close(2 / 256, 0.0078, 5e-5)
close(2 / 768, 0.0026, 5e-5); close(math.sqrt(6 / 768), 0.0884, 5e-5)
close(0.5 ** 10, 1 / 1024, 1e-15); close(0.5 ** 10, 0.00098, 5e-6)
close(0.5 ** 20, 9.5e-7, 5e-9)
assert 256 * 0.5 == 128
close(1 / math.sqrt(768), 0.036, 5e-4)
# E[ReLU(y)^2] = Var(y) / 2 for symmetric zero-mean y (Monte Carlo).
rng = random.Random(0)
ys = [rng.gauss(0, 1.7) for _ in range(200000)]
close(sum(max(y, 0) ** 2 for y in ys) / len(ys), 1.7 ** 2 / 2, 0.03)
print("ReLU second moment ok; (1/2)^10 =", 0.5 ** 10)
