# Checks the numbers of content/notes/transformer-architecture.mdx (BERT-base layer parameters, embedding scaling, label smoothing target).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


d, ff = 768, 3072
attn = 4 * (d * d + d)
ffn = d * ff + ff + ff * d + d
ln = 2 * (d + d)
assert (attn, ffn, ln) == (2362368, 4722432, 3072)
layer = attn + ffn + ln
assert layer == 7087872 and 12 * layer == 85054464
emb = (30522 + 512 + 2) * d + 1536
pooler = d * d + d
assert emb == 23837184 and pooler == 590592
assert 12 * layer + emb + pooler == 109482240
d0, ff0 = 512, 2048
a0, f0 = 4 * (d0 * d0 + d0), d0 * ff0 + ff0 + ff0 * d0 + d0
assert (a0, f0) == (1050624, 2099712) and a0 + f0 + 2 * 2 * d0 == 3152384
print("BERT-base layer", layer, "total", 12 * layer + emb + pooler, "original layer", a0 + f0 + 4 * d0)

close(math.sqrt(512), 22.6, 0.05)
close(1 / math.sqrt(512), 0.0442, 5e-5)
close(1 / math.sqrt(512) * math.sqrt(512), 1.0, 1e-12)
close(math.sqrt(0.5), 0.707, 5e-4)
# sinusoidal PE: sin^2 + cos^2 = 1 per pair, so the mean square of a component is 1/2
pe = [f(p / 10000 ** (2 * i / 512)) for p in (3,) for i in range(256) for f in (math.sin, math.cos)]
close(sum(v * v for v in pe) / 512, 0.5, 1e-12)
print("sqrt(512)", math.sqrt(512), "embedding std", 1 / math.sqrt(512), "PE rms", math.sqrt(0.5))

K, eps = 4, 0.1
target = [1 - eps + eps / K] + [eps / K] * (K - 1)
for g, w in zip(target, [0.925, 0.025, 0.025, 0.025]):
    close(g, w, 1e-12)
close(sum(target), 1.0, 1e-12)
print("label-smoothed target", target)
