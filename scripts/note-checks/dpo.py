# Checks the worked numbers of content/notes/dpo.mdx (DPO loss on one pair, initial loss, GRPO group advantages).
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


beta = 0.1
pol_w, ref_w, pol_l, ref_l = -10.0, -11.0, -12.0, -11.5
close(pol_w - ref_w, 1.0, 1e-12)
close(pol_l - ref_l, -0.5, 1e-12)
r_w, r_l = beta * (pol_w - ref_w), beta * (pol_l - ref_l)
close(r_w, 0.10, 1e-12)
close(r_l, -0.05, 1e-12)
margin = r_w - r_l
close(margin, 0.15, 1e-12)
close(sigmoid(margin), 0.537430, 5e-7)
close(-math.log(sigmoid(margin)), 0.620957, 5e-7)
close(-math.log(sigmoid(0)), 0.693147, 5e-7)
close(sigmoid(r_l - r_w), 0.462570, 5e-7)
print("implicit rewards", r_w, r_l, "loss", -math.log(sigmoid(margin)), "grad weight", sigmoid(r_l - r_w))

# GRPO: group-normalised advantages (population std)
rewards = [1, 0, 0, 1]
mean = sum(rewards) / len(rewards)
std = math.sqrt(sum((r - mean) ** 2 for r in rewards) / len(rewards))
close(mean, 0.5, 1e-12)
close(std, 0.5, 1e-12)
adv = [(r - mean) / std for r in rewards]
assert adv == [1, -1, -1, 1], adv
all_right = [1, 1, 1, 1]
m2 = sum(all_right) / 4
assert math.sqrt(sum((r - m2) ** 2 for r in all_right) / 4) == 0
print("GRPO advantages", adv)
