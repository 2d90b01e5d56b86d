# Checks the numbers in content/notes/momentum-adam-adamw.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

b1, b2 = 0.9, 0.999
m1, v1 = (1 - b1) * 1.0, (1 - b2) * 1.0
close(m1, 0.1, 1e-12); close(v1, 0.001, 1e-12)
close(m1 / math.sqrt(v1), 3.162, 5e-4)
close((m1 / (1 - b1)) / math.sqrt(v1 / (1 - b2)), 1.0, 1e-9)

# Momentum steady state g / (1 - beta).
for beta, want in [(0.9, 10), (0.99, 100)]:
    v = 0.0
    for _ in range(5000):
        v = beta * v + 1.0
    close(v, want, 1e-6)

# Optimizer memory, 16 bytes per parameter.
params = 6.74e9
assert 2 + 2 + 4 + 4 + 4 == 16
close(params * 16 / 1e9, 107.8, 0.05)
close(params * 8 / 1e9, 53.9, 0.05)

# Learning-rate scaling from batch 256 to 8192.
k = 8192 / 256
assert k == 32
close(0.1 * k, 3.2, 1e-12)
close(0.1 * math.sqrt(k), 0.566, 5e-4)
print("bias-free step", round(m1 / math.sqrt(v1), 3), "memory GB", round(params * 16 / 1e9, 1), "lr", 0.1 * k, round(0.1 * math.sqrt(k), 3))
