# Checks the worked numbers of content/notes/sequence-labeling-crf.mdx (Viterbi path, forward-algorithm log Z, CRF loss).
import itertools
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


def lse(v):
    m = max(v)
    return m + math.log(sum(math.exp(x - m) for x in v))


L = ["O", "B", "I"]
E = [[1.0, 0.8, 0.3], [0.2, 0.3, 0.9], [1.0, 0.1, 0.2]]
T = {("O", "O"): 0.5, ("O", "B"): 0.2, ("O", "I"): -10, ("B", "I"): 0.8, ("B", "O"): 0, ("B", "B"): -0.5,
     ("I", "I"): 0.3, ("I", "O"): 0.2, ("I", "B"): -0.3}
start = [0, 0, -10]


def score(path):
    s = start[path[0]] + E[0][path[0]]
    for t in range(1, 3):
        s += T[(L[path[t - 1]], L[path[t]])] + E[t][path[t]]
    return s


# Viterbi
delta = [start[k] + E[0][k] for k in range(3)]
deltas = [delta]
for t in range(1, 3):
    delta = [max(delta[j] + T[(L[j], L[k])] for j in range(3)) + E[t][k] for k in range(3)]
    deltas.append(delta)
for got, want in zip(deltas, [(1.0, 0.8, -9.7), (1.7, 1.5, 2.5), (3.7, 2.3, 3.0)]):
    for g, w in zip(got, want):
        close(g, w, 1e-9)
paths = sorted(itertools.product(range(3), repeat=3), key=score, reverse=True)
assert [L[k] for k in paths[0]] == ["B", "I", "O"] and [L[k] for k in paths[1]] == ["O", "O", "O"]
close(score(paths[0]), 3.7, 1e-9)
close(score(paths[1]), 3.2, 1e-9)
assert [L[max(range(3), key=lambda k: E[t][k])] for t in range(3)] == ["O", "I", "O"]
print("Viterbi deltas", deltas)

# forward algorithm
alpha = [start[k] + E[0][k] for k in range(3)]
alphas = [alpha]
for t in range(1, 3):
    alpha = [lse([alpha[j] + T[(L[j], L[k])] for j in range(3)]) + E[t][k] for k in range(3)]
    alphas.append(alpha)
close(alphas[1][0], lse([1.0 + 0.5, 0.8 + 0, -9.7 + 0.2]) + 0.2, 1e-12)
for got, want in zip(alphas[1:], [(2.1032, 1.8412, 2.5000), (4.5465, 3.2292, 3.6169)]):
    for g, w in zip(got, want):
        close(g, w, 5e-5)
log_z = lse(alphas[-1])
close(log_z, 5.0549, 5e-5)
close(log_z, lse([score(p) for p in itertools.product(range(3), repeat=3)]), 1e-12)
gold = (1, 2, 0)
close(score(gold), 0.8 + (0.8 + 0.9) + (0.2 + 1.0), 1e-12)
loss = log_z - score(gold)
close(loss, 1.3549, 5e-5)
close(math.exp(-loss), 0.258, 5e-4)
print("alphas", alphas, "log Z", log_z, "loss", loss, "P", math.exp(-loss))
