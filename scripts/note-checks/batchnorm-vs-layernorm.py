# Checks the worked numbers of content/notes/batchnorm-vs-layernorm.mdx (LN/BN on a 2x3 batch, BN folding, dropout variance shift).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


def normalise(v):
    m = sum(v) / len(v)
    var = sum((x - m) ** 2 for x in v) / len(v)
    return m, var, [(x - m) / math.sqrt(var) for x in v]


# counting groups on [B, T, H] = [2, 3, 4]
B, T, H = 2, 3, 4
assert B * T == 6 and H == 4
print("LN groups", B * T, "of", H, "values; BN groups", H, "of", B * T, "values")

rows = [[1, 2, 3], [3, 6, 9]]
m1, v1, ln1 = normalise(rows[0])
m2, v2, ln2 = normalise(rows[1])
close(m1, 2, 1e-12); close(v1, 2 / 3, 1e-12); close(m2, 6, 1e-12); close(v2, 6, 1e-12)
for got in (ln1, ln2):
    for g, w in zip(got, [-1.2247, 0, 1.2247]):
        close(g, w, 5e-5)
print("LN rows", ln1, ln2)
cols = list(zip(*rows))
stats = [normalise(list(c)) for c in cols]
assert [round(m, 9) for m, _, _ in stats] == [2, 4, 6]
assert [round(v, 9) for _, v, _ in stats] == [1, 4, 9]
assert all([round(x, 9) for x in out] == [-1, 1] for _, _, out in stats)
print("BN column means", [m for m, _, _ in stats], "vars", [v for _, v, _ in stats])

# folding BN into a conv
W, b = [2, -1], 0.5
mu, var_eps, gamma, beta = 1, 4, 3, 0.2
s = gamma / math.sqrt(var_eps)
close(s, 1.5, 1e-12)
W2 = [s * w for w in W]
b2 = s * (b - mu) + beta
assert W2 == [3, -1.5]
close(b2, -0.55, 1e-12)
x = [3, 1]
conv = sum(w * xi for w, xi in zip(W, x)) + b
close(conv, 5.5, 1e-12)
bn = s * (conv - mu) + beta
folded = sum(w * xi for w, xi in zip(W2, x)) + b2
close(bn, 6.95, 1e-12)
close(folded, 6.95, 1e-12)
print("fold: s", s, "W'", W2, "b'", b2, "original", bn, "folded", folded)

# dropout variance shift, exact expectation over the Bernoulli mask for x with mean 0, variance v
p, v = 0.5, 1.0
train_var = (1 - p) * v / (1 - p) ** 2
close(train_var, v / (1 - p), 1e-12)
ratio = v / train_var
close(ratio, 1 - p, 1e-12)
close(math.sqrt(ratio), 0.707, 5e-4)
print("dropout p", p, "train var", train_var, "test/train", ratio, "std ratio", math.sqrt(ratio))

# the backward formula for dL/dx, checked by central differences on L = sum(w_i * y_i)
xs, wts, gamma, beta, eps_bn = [1.0, 2.0, 3.0, 6.0], [0.3, -1.2, 0.5, 2.0], 1.7, 0.4, 1e-5


def bn_loss(v):
    m = sum(v) / len(v)
    sd = math.sqrt(sum((a - m) ** 2 for a in v) / len(v) + eps_bn)
    return sum(w * (gamma * (a - m) / sd + beta) for w, a in zip(wts, v))


m = sum(xs) / 4
sd = math.sqrt(sum((a - m) ** 2 for a in xs) / 4 + eps_bn)
xhat = [(a - m) / sd for a in xs]
g = wts
g_mean = sum(g) / 4
gx_mean = sum(gi * xi for gi, xi in zip(g, xhat)) / 4
analytic = [gamma / sd * (gi - g_mean - xi * gx_mean) for gi, xi in zip(g, xhat)]
h = 1e-6
for i in range(4):
    up, down = list(xs), list(xs)
    up[i] += h
    down[i] -= h
    close((bn_loss(up) - bn_loss(down)) / (2 * h), analytic[i], 1e-6)
print("BN backward formula matches finite differences:", analytic)
