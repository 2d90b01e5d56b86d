# Checks the worked numbers of content/notes/llm-quantization.mdx (symmetric vs asymmetric INT4, per-tensor vs per-group).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


def quant(xs, s, z, lo, hi):
    return [min(max(round(x / s) + z, lo), hi) for x in xs]


def deq(qs, s, z):
    return [s * (q - z) for q in qs]


def closes(got, want, tol):
    assert len(got) == len(want)
    for g, w in zip(got, want):
        close(g, w, tol)


# symmetric vs asymmetric on a skewed vector
x = [-0.3, 0.3, 0.8, 2.0]
s = 2.0 / 7
close(s, 0.285714, 5e-7)
q = quant(x, s, 0, -8, 7)
assert q == [-1, 1, 3, 7]
xh = deq(q, s, 0)
closes(xh, [-0.285714, 0.285714, 0.857143, 2.0], 5e-7)
close(max(abs(a - b) for a, b in zip(x, xh)), 0.057143, 5e-7)

s = 2.3 / 15
close(s, 0.153333, 5e-7)
close(0.3 / s, 1.9565, 5e-5)
z = round(0.3 / s)
assert z == 2
q = quant(x, s, z, 0, 15)
assert q == [0, 4, 7, 15]
xh = deq(q, s, z)
closes(xh, [-0.306667, 0.306667, 0.766667, 1.993333], 5e-7)
close(max(abs(a - b) for a, b in zip(x, xh)), 0.033333, 5e-7)
print("asymmetric", q, xh)

# per-tensor vs per-group with an outlier
g1, g2 = [0.10, -0.40, 0.25, 0.90], [0.02, -0.03, 0.05, 0.01]
s = 0.9 / 7
close(s, 0.128571, 5e-7)
q1 = quant(g1, s, 0, -8, 7)
assert q1 == [1, -3, 2, 7]
closes(deq(q1, s, 0), [0.128571, -0.385714, 0.257143, 0.9], 5e-7)
close(max(abs(a - b) for a, b in zip(g1, deq(q1, s, 0))), 0.028571, 5e-7)
assert all(abs(v / s) < 0.5 for v in g2) and quant(g2, s, 0, -8, 7) == [0, 0, 0, 0]
mse_tensor = sum(v * v for v in g2) / 4
close(mse_tensor, 0.000975, 1e-12)

s2 = 0.05 / 7
close(s2, 0.0071429, 5e-8)
q2 = quant(g2, s2, 0, -8, 7)
assert q2 == [3, -4, 7, 1]
x2 = deq(q2, s2, 0)
closes(x2, [0.021429, -0.028571, 0.05, 0.007143], 5e-7)
err2 = [abs(a - b) for a, b in zip(g2, x2)]
close(max(err2), 0.002857, 5e-7)
mse_group = sum(e * e for e in err2) / 4
close(mse_group, 3.06e-6, 5e-9)
assert 300 < mse_tensor / mse_group < 400
print("group-2 MSE per-tensor", mse_tensor, "per-group", mse_group, "ratio", mse_tensor / mse_group)

close(16 / 128, 0.125, 1e-12)
close(4 + 16 / 128, 4.125, 1e-12)
