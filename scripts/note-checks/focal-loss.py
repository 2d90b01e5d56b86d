# Checks the worked numbers of content/notes/focal-loss.mdx (modulating factor at p_t = 0.9 and 0.968).
import math

def factor(pt, gamma=2):
    return (1 - pt) ** gamma

assert math.isclose(factor(0.9), 1 / 100, rel_tol=1e-9)
assert abs(factor(0.968) - 1 / 1000) < 3e-5  # "约为 1/1000"
alpha = 99 / (99 + 1)  # 正负比 1:99 → α = n/(n+m)
assert math.isclose(alpha, 0.99)
print(f"(1-0.9)^2 = {factor(0.9):.4f}, (1-0.968)^2 = {factor(0.968):.6f}, alpha = {alpha}")
