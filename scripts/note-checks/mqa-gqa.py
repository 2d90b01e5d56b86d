# Checks the worked numbers in content/notes/mqa-gqa.mdx (LLaMA-2-70B KV cache with GQA vs MHA, parameter count, mean-pooling example).
KiB, MiB, GiB = 2**10, 2**20, 2**30
L, d, h, dh, g, ffn, V = 80, 8192, 64, 128, 8, 28672, 32000

mha = 2 * L * h * dh * 2
gqa = 2 * L * g * dh * 2
assert mha == 2_621_440 and mha / MiB == 2.5
assert gqa == 327_680 and gqa / KiB == 320
assert mha // gqa == 8 == h // g
assert gqa * 4096 / GiB == 1.25 and mha * 4096 / GiB == 10
assert gqa * 4096 * 16 / GiB == 20 and mha * 4096 * 16 / GiB == 160

wq = d * d
wk = d * g * dh
assert wq == 67_108_864 and wk == 8_388_608
attn = 2 * wq + 2 * wk
assert attn == 150_994_944 and 4 * d * d == 268_435_456
assert 4 * d * d - attn == 117_440_512
assert round((4 * d * d - attn) * L / 1e9, 1) == 9.4

f = 3 * d * ffn
assert f == 704_643_072
layer = attn + f + 2 * d
assert 2 * d == 16_384 and layer == 855_654_400
assert layer * L == 68_452_352_000
total = layer * L + 2 * V * d + d
assert total == 68_976_648_192 and round(total / 1e9, 1) == 69.0

# mean pooling of two K heads; keys are W x with x = (1, 1)^T
W1 = [[1, 1], [0, 2]]
W2 = [[3, 1], [2, 2]]
Wg = [[(W1[i][j] + W2[i][j]) / 2 for j in range(2)] for i in range(2)]
assert Wg == [[2, 1], [1, 2]]
def wx(W, x):
    return [sum(W[i][j] * x[j] for j in range(2)) for i in range(2)]
x = [1, 1]
assert wx(W1, x) == [2, 2] and wx(W2, x) == [4, 4] and wx(Wg, x) == [3, 3]

print("per token MHA", mha, "GQA", gqa, "ratio", mha // gqa)
print("70B total", total)
print("pooled", Wg, "key", wx(Wg, x))
