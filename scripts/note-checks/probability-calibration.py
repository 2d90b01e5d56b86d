# Checks the numbers in content/notes/probability-calibration.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

p = [0.1, 0.2, 0.3, 0.35, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95]
y = [0, 0, 1, 0, 0, 1, 1, 1, 1, 1]
edges = [(0, 0.4), (0.4, 0.8), (0.8, 1.0001)]
rows = []
for lo, hi in edges:
    idx = [i for i, v in enumerate(p) if lo <= v < hi]
    conf = sum(p[i] for i in idx) / len(idx)
    acc = sum(y[i] for i in idx) / len(idx)
    rows.append((len(idx), conf, acc, abs(acc - conf)))
assert [r[0] for r in rows] == [4, 3, 3]
for (n, conf, acc, gap), (wc, wa, wg) in zip(rows, [(0.2375, 0.25, 0.0125), (0.65, 0.6667, 0.0167), (0.8833, 1, 0.1167)]):
    close(conf, wc, 5e-5); close(acc, wa, 5e-5); close(gap, wg, 5e-5)
ece = sum(n / len(p) * gap for n, _, _, gap in rows)
close(ece, 0.045, 5e-4)
close(max(r[3] for r in rows), 0.1167, 5e-5)
close(sum(p), 5.55, 1e-9); close(sum(p) / sum(y), 0.925, 5e-4)
print("ECE", round(ece, 4), "PCOC", round(sum(p) / sum(y), 4))

# Pool adjacent violators.
def pav(vals):
    blocks = []  # [sum, count]
    for v in vals:
        blocks.append([v, 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            s, c = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += c
    out = []
    for s, c in blocks:
        out += [s / c] * c
    return out
g = pav(y)
for got, want in zip(g, [0, 0, 1 / 3, 1 / 3, 1 / 3, 1, 1, 1, 1, 1]):
    close(got, want, 1e-12)
print("isotonic", [round(v, 3) for v in g])

def softmax(z, T):
    e = [math.exp(v / T) for v in z]
    return [v / sum(e) for v in e]
for got, want in zip(softmax([3, 1, 0], 1), [0.8438, 0.1142, 0.0420]):
    close(got, want, 5e-5)
for got, want in zip(softmax([3, 1, 0], 2), [0.6285, 0.2312, 0.1402]):
    close(got, want, 5e-5)

corr = lambda q, w: q / (q + (1 - q) / w)
close(corr(0.5, 0.1), 0.0909, 5e-5); close(corr(0.2, 0.1), 0.0244, 5e-5)
# Same as the odds identity.
for q in (0.2, 0.5, 0.9):
    pt = corr(q, 0.1)
    close(q / (1 - q), (pt / (1 - pt)) / 0.1, 1e-9)
print("down-sampling corrections", round(corr(0.5, 0.1), 4), round(corr(0.2, 0.1), 4))
