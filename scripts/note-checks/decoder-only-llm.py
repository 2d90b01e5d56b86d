# Checks the worked numbers in content/notes/decoder-only-llm.mdx (LLaMA-2-7B parameter count, SwiGLU width, RMSNorm example).
import math

L, d, h, V = 32, 4096, 11008, 32000

# SwiGLU hidden size: 8/3 d rounded up to a multiple of 256
raw = 8 * d / 3
assert abs(raw - 10922.7) < 0.05, raw
assert math.ceil(raw / 256) == 43 and 43 * 256 == h

emb = V * d
attn = 4 * d * d
ffn = 3 * d * h
norms = 2 * d
layer = attn + ffn + norms
assert emb == 131_072_000
assert attn == 67_108_864
assert ffn == 135_266_304
assert norms == 8_192
assert layer == 202_383_360
assert L * layer == 6_476_267_520
total = 2 * emb + L * layer + d
assert total == 6_738_415_616
assert round(total / 1e9, 2) == 6.74

# shares
assert round(ffn / layer * 100, 1) == 66.8
assert round(attn / layer * 100, 1) == 33.2
assert round(2 * emb / total * 100, 1) == 3.9
assert round(2 * emb / 1e8, 2) == 2.62 and round(emb / 1e8, 2) == 1.31

# rough 12 L d^2
rough = 12 * L * d * d
assert round(rough / 1e9, 2) == 6.44
assert round((rough + 2 * emb) / 1e9, 2) == 6.70
assert round((total - rough - 2 * emb) / total * 100, 1) == 0.5

# RMSNorm vs LayerNorm on x = (1, 2, 3, 4)
x = [1, 2, 3, 4]
rms = math.sqrt(sum(v * v for v in x) / len(x))
assert abs(rms - 2.7386) < 5e-5
rmsn = [v / rms for v in x]
for got, want in zip(rmsn, [0.3651, 0.7303, 1.0954, 1.4606]):
    assert abs(got - want) < 5e-5, (got, want)
mu = sum(x) / 4
std = math.sqrt(sum((v - mu) ** 2 for v in x) / 4)
assert mu == 2.5 and abs(std - 1.1180) < 5e-5
for got, want in zip([(v - mu) / std for v in x], [-1.3416, -0.4472, 0.4472, 1.3416]):
    assert abs(got - want) < 5e-5, (got, want)

print("swiglu hidden", raw, "->", h)
print("layer", layer, "total", total)
print("rmsnorm", [round(v, 4) for v in rmsn], "layernorm std", round(std, 4))
