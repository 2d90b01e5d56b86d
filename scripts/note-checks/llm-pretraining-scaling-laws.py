# Checks the worked numbers in content/notes/llm-pretraining-scaling-laws.mdx (6ND, GPU hours, compute-optimal sizes, Chinchilla fit, MinHash/LSH).
import math

# 6ND
chin = 6 * 70e9 * 1.4e12
assert abs(chin - 5.88e23) < 1e20
gopher = 6 * 280e9 * 300e9
assert abs(gopher - 5.04e23) < 1e20
llama = 6 * 6.74e9 * 2e12
assert round(llama / 1e22, 2) == 8.09
hours = llama / (312e12 * 0.4) / 3600
assert round(hours / 1e5, 1) == 1.8
mfu = llama / (184_320 * 3600 * 312e12)
assert round(mfu * 100) == 39

# Kaplan exponents: 10x compute
assert round(10 ** 0.73, 1) == 5.4 and round(10 ** 0.27, 1) == 1.9

# compute-optimal with D = 20 N
assert abs(math.sqrt(5.88e23 / 120) - 7.0e10) < 1e6
n = math.sqrt(1e24 / 120)
assert round(n / 1e9) == 91 and round(20 * n / 1e12, 2) == 1.83

# Chinchilla parametric fit (approach 3)
E, A, B, a, b = 1.69, 406.4, 410.7, 0.34, 0.28
L = lambda N, D: E + A / N ** a + B / D ** b
assert round(L(70e9, 1.4e12), 3) == 1.937
assert round(L(280e9, 300e9), 3) == 1.993

# tokens per parameter
assert round(300 / 175, 1) == 1.7
assert 1.4e12 / 70e9 == 20
assert round(2e12 / 6.74e9) == 297

# Jaccard and LSH
Aset, Bset = set("abcd"), set("bcde")
assert len(Aset & Bset) / len(Aset | Bset) == 0.6
P = lambda s, r, bands: 1 - (1 - s ** r) ** bands
assert round(P(0.8, 5, 20), 4) == 0.9996
assert round(P(0.5, 5, 20), 4) == 0.4701

print("C chinchilla %.3g, gopher %.3g, llama2-7b %.3g" % (chin, gopher, llama))
print("GPU hours at 40%% MFU %.0f, implied MFU %.3f" % (hours, mfu))
print("N_opt(1e24) %.3g, fit L chinchilla %.3f gopher %.3f" % (n, L(70e9, 1.4e12), L(280e9, 300e9)))

# attention share of forward FLOPs per layer: 4 n d / (24 d^2) = n / (6 d)
assert round(4096 / (6 * 4096) * 100) == 17
