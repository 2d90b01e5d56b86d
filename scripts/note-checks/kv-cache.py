# Checks the worked numbers in content/notes/kv-cache.mdx (KV cache sizes, decode time bound, no-cache cost).

def kv_bytes(L, n_kv, d_head, nbytes, batch, seq):
    return 2 * L * n_kv * d_head * nbytes * batch * seq

MiB, GiB = 2**20, 2**30

per_tok = kv_bytes(32, 32, 128, 2, 1, 1)
assert per_tok == 524_288 and per_tok / MiB == 0.5
assert kv_bytes(32, 32, 128, 2, 1, 4096) == 2 * GiB
assert kv_bytes(32, 32, 128, 2, 16, 4096) == 32 * GiB
weights = 6.74e9 * 2
assert round(weights / 1e9, 1) == 13.5

mistral = kv_bytes(32, 8, 128, 2, 1, 1)
assert mistral == 131_072 and mistral / 1024 == 128 and per_tok / mistral == 4

# decode bound on an A100-like GPU: 312 TFLOPS BF16, ~2 TB/s
flops, bw = 312e12, 2e12
assert round(flops / bw) == 156
t_mem = 13.48e9 / bw
assert abs(t_mem * 1e3 - 6.7) < 0.05
assert int(1 / t_mem) == 148
t_flop = 2 * 6.74e9 / flops
assert round(2 * 6.74, 1) == 13.5
assert abs(t_flop * 1e3 - 0.043) < 0.0005
assert round(t_mem / t_flop) == 156

T = 1000
assert T * (T + 1) // 2 == 500_500
assert abs(500_500 / T - 500) < 1  # "多了约 500 倍"

print("per token", per_tok, "bytes; 4k x16 =", kv_bytes(32, 32, 128, 2, 16, 4096) / GiB, "GiB")
print("mistral per token", mistral)
print("decode ms/token", round(t_mem * 1e3, 2), "compute ms", round(t_flop * 1e3, 4))
