# Checks the worked numbers of content/notes/long-sequence-modeling.mdx (attention cost, retrieval + softmax pooling).
import math

C, L, d, K = 1000, 10_000, 64, 100
full, sim = C * L * d, C * K * d
assert full == 6.4e8 and sim == 6.4e6 and full / sim == 100 == L / K
assert C * L == 1e7

v = (1, 0)
behaviors = {"e1": ((0.9, 0.1), "fishing"), "e2": ((0, 1), "digital"), "e3": ((0.8, 0.2), "fishing")}
hard = sorted(k for k, (_, cate) in behaviors.items() if cate == "fishing")
dots = {k: e[0] * v[0] + e[1] * v[1] for k, (e, _) in behaviors.items()}
soft = sorted(sorted(dots, key=dots.get, reverse=True)[:2])
assert hard == soft == ["e1", "e3"] and dots == {"e1": 0.9, "e2": 0, "e3": 0.8}
ex = [math.exp(dots[k]) for k in soft]
w = [x / sum(ex) for x in ex]
assert abs(w[0] - 0.525) < 5e-4 and abs(w[1] - 0.475) < 5e-4
u = tuple(sum(w[i] * behaviors[k][0][c] for i, k in enumerate(soft)) for c in range(2))
assert abs(u[0] - 0.8525) < 5e-5 and abs(u[1] - 0.1475) < 5e-5
print(f"full={full:.1e} sim={sim:.1e} ratio={full/sim:.0f}; weights={[round(x, 3) for x in w]} u={tuple(round(x, 4) for x in u)}")
