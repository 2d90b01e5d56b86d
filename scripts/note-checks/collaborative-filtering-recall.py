# Checks the worked numbers of content/notes/collaborative-filtering-recall.mdx (ItemCF cosine, IUF, Swing, Bloom filter).
import math
from itertools import combinations

clicks = {"u1": {"A", "B", "C"}, "u2": {"A", "B"}, "u3": {"A", "C", "D"}, "u4": {"B", "D"}}
N = {}
for u, items in clicks.items():
    for i in items:
        N.setdefault(i, set()).add(u)
assert [len(N[i]) for i in "ABCD"] == [3, 3, 2, 2]
def cos(i, j): return len(N[i] & N[j]) / math.sqrt(len(N[i]) * len(N[j]))
expected = {("A", "B"): 0.667, ("A", "C"): 0.816, ("A", "D"): 0.408, ("B", "C"): 0.408, ("B", "D"): 0.408, ("C", "D"): 0.5}
for (i, j), v in expected.items():
    assert abs(cos(i, j) - v) < 5e-4, (i, j, cos(i, j))
score_a = cos("B", "A") + cos("D", "A")
score_c = cos("B", "C") + cos("D", "C")
assert abs(score_a - 1.075) < 1e-3 and abs(score_c - 0.908) < 1e-3 and score_a > score_c  # sums of rounded terms

iuf = {u: 1 / math.log(1 + len(items)) for u, items in clicks.items()}
assert abs(iuf["u1"] - 0.721) < 5e-4 and abs(iuf["u2"] - 0.910) < 5e-4
assert abs(iuf["u1"] + iuf["u2"] - 1.632) < 1e-3

swing_users = {"u1": {"i", "j", "x"}, "u2": {"i", "j", "x"}, "u3": {"i", "j", "y"}}
alpha = 1
pair = {(u, v): 1 / (alpha + len(swing_users[u] & swing_users[v])) for u, v in combinations(swing_users, 2)}
assert pair[("u1", "u2")] == 0.25 and abs(pair[("u1", "u3")] - 0.333) < 5e-4
s = 2 * sum(pair.values())
assert abs(s - 1.833) < 5e-4

n, p = 1000, 0.01
m = -n * math.log(p) / math.log(2) ** 2
k_opt = m / n * math.log(2)
assert abs(m - 9585) < 1 and abs(m / 8 - 1200) < 5 and abs(k_opt - 6.6) < 0.05
fpr = {k: (1 - math.exp(-k * n / 10_000)) ** k for k in (1, 3, 7, 10)}
for k, shown in {1: 0.095, 3: 0.0174, 7: 0.0082, 10: 0.0102}.items():
    assert abs(fpr[k] - shown) < 5e-4 if k == 1 else abs(fpr[k] - shown) < 5e-5, (k, fpr[k])
assert min(fpr, key=fpr.get) == 7
print(f"score A={score_a:.3f} C={score_c:.3f}; IUF u1={iuf['u1']:.3f} u2={iuf['u2']:.3f}; swing={s:.3f}; "
      f"bloom m={m:.0f} k*={k_opt:.2f} fpr={ {k: round(v, 4) for k, v in fpr.items()} }")
