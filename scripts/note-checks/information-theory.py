# Checks the numbers in content/notes/information-theory.mdx.
from math import log, log2

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

def H(a, lg=log2):
    return -sum(x * lg(x) for x in a if x > 0)

def CE(a, b, lg=log2):
    return -sum(x * lg(y) for x, y in zip(a, b) if x > 0)

def KL(a, b, lg=log2):
    return sum(x * lg(x / y) for x, y in zip(a, b) if x > 0)

p, q = [0.5, 0.25, 0.25], [0.8, 0.1, 0.1]
close(H(p), 1.5, 1e-12)
close(H(q), 0.9219, 5e-5)
close(CE(p, q), 1.8219, 5e-5)
close(KL(p, q), 0.3219, 5e-5)
close(CE(q, p), 1.2, 1e-12)
close(KL(q, p), 0.2781, 5e-5)
close(CE(p, q), H(p) + KL(p, q), 1e-12)
m = [(a + b) / 2 for a, b in zip(p, q)]
close(m[0], 0.65, 1e-12); close(m[1], 0.175, 1e-12)
js = 0.5 * KL(p, m) + 0.5 * KL(q, m)
close(js, 0.0731, 5e-5)
assert 0 <= js <= 1
print("H(p)", H(p), "H(q)", round(H(q), 4), "H(p,q)", round(CE(p, q), 4), "KL", round(KL(p, q), 4), round(KL(q, p), 4), "JS", round(js, 4))

# Classification: one-hot vs label smoothing (nats).
pred = [0.7, 0.2, 0.1]
close(-log(0.7), 0.3567, 5e-5)
close(KL([1, 0, 0], pred, log), 0.3567, 5e-5)
eps, K = 0.1, 3
t = [(1 - eps) + eps / K, eps / K, eps / K]
close(t[0], 0.9333, 5e-5); close(t[1], 0.0333, 5e-5)
close(H(t, log), 0.2911, 5e-5)
close(CE(t, pred, log), 0.4633, 5e-5)
close(KL(t, pred, log), 0.1722, 5e-5)
print("label smoothing H", round(H(t, log), 4), "CE", round(CE(t, pred, log), 4), "KL", round(KL(t, pred, log), 4))

# Mutual information of the 2x2 table.
joint = [0.4, 0.1, 0.1, 0.4]
hxy = H(joint)
close(hxy, 1.7219, 5e-5)
mi = 1 + 1 - hxy
close(mi, 0.2781, 5e-5)
close(hxy - 1, 0.7219, 5e-5)  # H(X|Y) = H(X,Y) - H(Y)
pxpy = [0.25] * 4
close(KL(joint, pxpy), mi, 1e-12)
print("MI", round(mi, 4))
# Max entropy log K via KL to uniform.
close(KL(p, [1 / 3] * 3), log2(3) - H(p), 1e-12)
# 1 nat in bits.
close(1 / log(2), 1.4427, 5e-5)
