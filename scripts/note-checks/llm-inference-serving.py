# Checks the worked numbers of content/notes/llm-inference-serving.mdx (bandwidth-bound decode, batching, KV capacity).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


N, bw, flops, hbm = 6.74e9, 2.0e12, 312e12, 80e9
weights = N * 2
close(weights / 1e9, 13.48, 1e-9)
t1 = weights / bw
close(t1 * 1e3, 6.74, 1e-9)
assert int(1 / t1) == 148
close(2 * N / flops * 1e3, 0.043, 5e-4)
assert t1 / (2 * N / flops) > 150
close(weights / 4 / 1e9, 3.37, 1e-9)
assert int(bw / (weights / 4)) == 593
print("batch 1:", t1 * 1e3, "ms,", 1 / t1, "tok/s; int4", bw / (weights / 4))

kv_per_token = 2 * 32 * 4096 * 2
assert kv_per_token == 524_288 == 0.5 * 2**20
kv_req = kv_per_token * 1024
close(kv_req / 1e9, 0.537, 5e-4)
kv_batch = kv_req * 32
close(kv_batch / 1e9, 17.18, 5e-3)
t32 = (weights + kv_batch) / bw
close(t32 * 1e3, 15.33, 5e-3)
thr = 32 / t32
assert int(thr) == 2087
close(thr / (1 / t1), 14, 0.1)
close(t32 / t1, 2.3, 0.05)
print("batch 32:", t32 * 1e3, "ms,", thr, "tok/s")

free = hbm - weights
close(free / 1e9, 66.52, 1e-9)
tokens = free / kv_per_token
assert int(tokens) == 126_876 or round(tokens) == 126_877
assert round(tokens) == 126_877
assert int(tokens / 4096) == 30 and round(tokens / 4096) == 31
assert 120 <= tokens / 1000 < 130
print("KV capacity tokens", tokens, "requests of 4096:", tokens / 4096)

close(flops / bw, 156, 1e-9)
prefill = 2 * N * 1000
close(prefill, 1.348e13, 1e6)
close(prefill / flops * 1e3, 43, 0.5)
print("ridge", flops / bw, "prefill ms", prefill / flops * 1e3)
