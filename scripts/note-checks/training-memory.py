# Checks the worked numbers of content/notes/training-memory.mdx (16 bytes/param, activations, ZeRO per-GPU memory).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


bytes_per_param = 2 + 2 + 4 + 4 + 4
assert bytes_per_param == 16 == 4 + 4 + 4 + 4  # same as pure FP32 Adam
P = 7e9
close(bytes_per_param * P / 1e9, 112, 1e-9)
close(16 * 6.74, 107.8, 0.05)
close(2 * P / 1e9, 14, 1e-9)
close(8 * P / 1e9, 56, 1e-9)

s, b, h, a, L = 2048, 1, 4096, 32, 32
lin = 34 * s * b * h
att = 5 * a * s * s * b
assert lin == 285_212_672 and att == 671_088_640 and lin + att == 956_301_312
close((lin + att) / 1e9, 0.956, 5e-4)
close(L * (lin + att) / 1e9, 30.6, 0.05)
close(L * lin / 1e9, 9.13, 5e-3)
close(lin / 1e9, 0.285, 5e-4)
inp = 2 * s * b * h
assert inp == 16_777_216
close(L * inp / 1e6, 537, 0.5)
# doubling s: linear term x2, attention term x4
assert 34 * 2 * s * b * h == 2 * lin and 5 * a * (2 * s) ** 2 * b == 4 * att
close((1 + 2 + 1) / (1 + 2) - 1, 0.33, 0.005)
print("activations per layer", lin + att, "32 layers GB", L * (lin + att) / 1e9, "flash GB", L * lin / 1e9)

N, K = 8, 12
base = (2 + 2 + K) * P
s1 = 4 * P + K * P / N
s2 = 2 * P + (2 + K) * P / N
s3 = (2 + 2 + K) * P / N
close(base / 1e9, 112, 1e-9)
close(4 * P / 1e9, 28, 1e-9)
close(K * P / N / 1e9, 10.5, 1e-9)
close(s1 / 1e9, 38.5, 1e-9)
close((2 + K) * P / N / 1e9, 12.25, 1e-9)
close(s2 / 1e9, 26.25, 1e-9)
close(s3 / 1e9, 14, 1e-9)
close(base / 64 / 1e9, 1.75, 1e-9)
assert s2 < 80e9 / 3
print("ZeRO per GPU GB:", base / 1e9, s1 / 1e9, s2 / 1e9, s3 / 1e9)
close(3 / 2, 1.5, 0)
