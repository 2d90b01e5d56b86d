# Checks the numbers in content/notes/k-means.mdx.
import itertools
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

P = [(1, 1), (1, 2), (2, 1), (5, 4), (5, 5), (6, 5)]
d2 = lambda a, b: (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2

C = [(1.0, 1.0), (1.0, 2.0)]
history = []
while True:
    A = [min(range(2), key=lambda k: d2(p, C[k])) for p in P]
    J = sum(d2(p, C[a]) for p, a in zip(P, A))
    history.append((C, A, J))
    newC = [tuple(sum(p[j] for p, a in zip(P, A) if a == k) / A.count(k) for j in range(2)) for k in range(2)]
    if newC == C:
        break
    C = newC
assert history[0][1] == [0, 1, 0, 1, 1, 1] and history[0][2] == 80
assert history[1][0] == [(1.5, 1.0), (4.25, 4.0)] and history[1][1] == [0, 0, 0, 1, 1, 1]
close(history[1][2], 7.9375, 1e-12)
c2 = history[2][0]
close(c2[0][0], 1.333, 5e-4); close(c2[1][0], 5.333, 5e-4); close(c2[1][1], 4.667, 5e-4)
close(history[2][2], 2.6667, 5e-5)
assert len(history) == 3
print("Lloyd J:", [round(h[2], 4) for h in history])

# k-means++ D^2 probabilities after choosing A.
D = [d2(p, P[0]) for p in P]
assert D == [0, 1, 1, 25, 32, 41] and sum(D) == 100
close(sum(D[3:]) / sum(D), 0.98, 1e-12)

def sse(groups):
    t = 0
    for g in groups:
        c = [sum(p[j] for p in g) / len(g) for j in range(2)]
        t += sum(d2(p, c) for p in g)
    return t

best = {}
for k in (1, 2, 3):
    best[k] = min(sse([[P[i] for i in range(6) if lab[i] == c] for c in range(k)])
                  for lab in itertools.product(range(k), repeat=6) if len(set(lab)) == k)
close(best[1], 43.333, 5e-4); close(best[2], 2.667, 5e-4); close(best[3], 1.833, 5e-4)
print("best SSE by K:", {k: round(v, 3) for k, v in best.items()})

lab = [0, 0, 0, 1, 1, 1]
def sil(i):
    a = [math.dist(P[i], P[j]) for j in range(6) if lab[j] == lab[i] and j != i]
    b = [math.dist(P[i], P[j]) for j in range(6) if lab[j] != lab[i]]
    a, b = sum(a) / len(a), sum(b) / len(b)
    return (b - a) / max(a, b)
s = [sil(i) for i in range(6)]
close(sum(s) / 6, 0.781, 5e-4); close(min(s), 0.736, 5e-4); close(max(s), 0.824, 5e-4)
print("silhouette", round(sum(s) / 6, 4))
