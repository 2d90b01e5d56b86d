# Checks the worked numbers of content/notes/rlhf-ppo.mdx (RM loss, per-token KL reward, PPO clip table).
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


# Reward-model Bradley–Terry loss
r_w, r_l = 1.5, 0.5
close(sigmoid(r_w - r_l), 0.731059, 5e-7)
close(-math.log(sigmoid(r_w - r_l)), 0.313262, 5e-7)
close(-math.log(sigmoid(r_l - r_w)), 1.313262, 5e-7)
close(1 - sigmoid(-1), 0.731059, 5e-7)
close(1 - sigmoid(1), 0.268941, 5e-7)
print("RM loss", -math.log(sigmoid(1)), -math.log(sigmoid(-1)))

# KL spread over tokens, RM score on the last token
beta, rm = 0.1, 2.0
log_ratios = [0.5, 0.2, -0.1]
kl_terms = [-beta * lr for lr in log_ratios]
for got, want in zip(kl_terms, [-0.05, -0.02, 0.01]):
    close(got, want, 1e-12)
rewards = kl_terms[:-1] + [kl_terms[-1] + rm]
close(rewards[-1], 2.01, 1e-12)
close(sum(rewards), 1.94, 1e-12)
close(-sum(kl_terms), 0.06, 1e-12)
print("per-token rewards", rewards, "total", sum(rewards))

# PPO clipped objective, eps = 0.2
eps = 0.2
rows = [  # rho, A, rho*A, clipped, min, has_gradient
    (1.5, 1, 1.5, 1.2, 1.2, False),
    (0.5, -1, -0.5, -0.8, -0.8, False),
    (1.5, -1, -1.5, -1.2, -1.5, True),
    (0.9, 1, 0.9, 0.9, 0.9, True),
]
for rho, a, unclipped, clipped, m, grad in rows:
    c = min(max(rho, 1 - eps), 1 + eps) * a
    close(rho * a, unclipped, 1e-12)
    close(c, clipped, 1e-12)
    close(min(rho * a, c), m, 1e-12)
    # the gradient w.r.t. rho vanishes exactly when the clipped term is the minimum and rho is outside the band
    uses_unclipped = rho * a <= c
    inside = 1 - eps <= rho <= 1 + eps
    assert (uses_unclipped or inside) == grad, (rho, a)
    print("rho", rho, "A", a, "objective", min(rho * a, c), "gradient", grad)
