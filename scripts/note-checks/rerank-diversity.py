# Checks the worked numbers of content/notes/rerank-diversity.mdx (MMR and DPP greedy on 4 items, sliding-window scatter).
rel = {"A": 0.9, "B": 0.85, "C": 0.7, "D": 0.5}
pairs = {("A", "B"): 0.9, ("A", "C"): 0.2, ("A", "D"): 0.1, ("B", "C"): 0.3, ("B", "D"): 0.2, ("C", "D"): 0.5}
def sim(i, j): return 1.0 if i == j else pairs.get((i, j), pairs.get((j, i)))

lam = 0.5
def mmr(i, S): return lam * rel[i] - (1 - lam) * (max(sim(i, j) for j in S) if S else 0)
S, steps = [], []
while len(S) < 4:
    scores = {i: mmr(i, S) for i in rel if i not in S}
    steps.append(scores)
    S.append(max(scores, key=scores.get))
assert S == ["A", "C", "D", "B"]
assert abs(steps[0]["A"] - 0.45) < 1e-12
assert abs(steps[1]["B"] + 0.025) < 1e-12 and abs(steps[1]["C"] - 0.25) < 1e-12 and abs(steps[1]["D"] - 0.2) < 1e-12
assert abs(steps[2]["B"] + 0.025) < 1e-12 and abs(steps[2]["D"]) < 1e-12

def det(M):
    if len(M) == 1:
        return M[0][0]
    return sum((-1) ** j * M[0][j] * det([r[:j] + r[j + 1:] for r in M[1:]]) for j in range(len(M)))
def detL(Y): return det([[rel[i] * rel[j] * sim(i, j) for j in Y] for i in Y])
Y = []
while len(Y) < 4:
    gains = {i: detL(Y + [i]) for i in rel if i not in Y}
    Y.append(max(gains, key=gains.get))
assert Y == ["A", "C", "D", "B"]
assert abs(detL(["A"]) - 0.81) < 1e-12
assert abs(detL(["A", "B"]) - 0.111) < 5e-4 and abs(detL(["A", "C"]) - 0.381) < 5e-4 and abs(detL(["A", "D"]) - 0.200) < 5e-4
assert abs(detL(["A", "C", "B"]) - 0.0482) < 5e-5 and abs(detL(["A", "C", "D"]) - 0.0714) < 5e-5
gB, gD = detL(["A", "C", "B"]) / detL(["A", "C"]), detL(["A", "C", "D"]) / detL(["A", "C"])
assert abs(gB - 0.126) < 5e-4 and abs(gD - 0.1875) < 5e-5

ranked = ["a1", "a2", "a3", "b1", "a4", "c1", "b2"]
out = []
left = ranked[:]
while left:
    pick = next((x for x in left if not out or x[0] != out[-1][0]), left[0])
    out.append(pick)
    left.remove(pick)
assert out == ["a1", "b1", "a2", "c1", "a3", "b2", "a4"]
print(f"MMR order {S}; DPP order {Y}; det AC={detL(['A','C']):.3f} gains B={gB:.3f} D={gD:.3f}; scatter {out}")
