# Checks the worked numbers of content/notes/cold-start-bandits.mdx (Beta posteriors, Thompson P(B>A), UCB1, ε-greedy).
import math

def mean(a, b): return a / (a + b)
def var(a, b): return a * b / ((a + b) ** 2 * (a + b + 1))

A, B = (1 + 3, 1 + 7), (1 + 1, 1 + 1)
assert A == (4, 8) and B == (2, 2)
assert abs(mean(*A) - 0.333) < 5e-4 and mean(*B) == 0.5
assert abs(var(*A) - 0.01709) < 5e-6 and abs(var(*B) - 0.05) < 1e-12
assert abs(math.sqrt(var(*A)) - 0.131) < 5e-4 and abs(math.sqrt(var(*B)) - 0.224) < 5e-4

def pdf(x, a, b):
    return x ** (a - 1) * (1 - x) ** (b - 1) * math.gamma(a + b) / (math.gamma(a) * math.gamma(b))
def cdf_int(x, a, b):  # regularized incomplete beta for integer a, b
    n = a + b - 1
    return sum(math.comb(n, j) * x ** j * (1 - x) ** (n - j) for j in range(a, n + 1))
steps = 4000  # Simpson's rule for P(theta_B > theta_A) = ∫ f_B(x) F_A(x) dx
h = 1 / steps
p_b = sum((1 if i in (0, steps) else 4 if i % 2 else 2) * pdf(i * h, *B) * cdf_int(i * h, *A) for i in range(steps + 1)) * h / 3
assert abs(p_b - 0.725) < 5e-4, p_b

assert mean(3, 2) == 0.6 and mean(2, 3) == 0.4
assert abs(mean(5, 8) - 0.385) < 5e-4  # card: one more click after Beta(4,8)

t = 12
assert abs(math.log(t) - 2.485) < 5e-4
bonus_a, bonus_b = math.sqrt(2 * math.log(t) / 10), math.sqrt(2 * math.log(t) / 2)
assert abs(bonus_a - 0.705) < 5e-4 and abs(bonus_b - 1.576) < 5e-4
ucb_a, ucb_b = 0.3 + bonus_a, 0.5 + bonus_b
assert abs(ucb_a - 1.005) < 5e-4 and abs(ucb_b - 2.076) < 5e-4 and ucb_b > ucb_a

eps = 0.1
assert abs((1 - eps + eps / 2) - 0.95) < 1e-12 and abs(eps / 2 - 0.05) < 1e-12
print(f"A~Beta{A} mean={mean(*A):.3f} sd={math.sqrt(var(*A)):.3f}; B~Beta{B} sd={math.sqrt(var(*B)):.3f}; "
      f"P(B>A)={p_b:.4f}; UCB A={ucb_a:.3f} B={ucb_b:.3f}")
