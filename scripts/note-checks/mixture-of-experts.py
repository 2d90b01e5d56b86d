# Checks the worked numbers of content/notes/mixture-of-experts.mdx (Mixtral-8x7B params, Switch aux loss, capacity).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


L, d, kv_dim, ffn, vocab, experts, top_k = 32, 4096, 8 * 128, 14336, 32000, 8, 2
wq_wo = 2 * d * d
wk_wv = 2 * d * kv_dim
assert wq_wo == 33_554_432 and wk_wv == 8_388_608
attn = wq_wo + wk_wv
assert attn == 41_943_040
expert = 3 * d * ffn
assert expert == 176_160_768 and experts * expert == 1_409_286_144
router, norms = d * experts, 2 * d
assert router == 32_768 and norms == 8_192

layer_total = attn + experts * expert + router + norms
assert layer_total == 1_451_270_144 and L * layer_total == 46_440_644_608
emb = 2 * vocab * d
assert emb == 262_144_000
total = L * layer_total + emb + d
assert total == 46_702_792_704
close(total / 1e9, 46.7, 0.05)

layer_active = attn + top_k * expert + router + norms
assert layer_active == 394_305_536 and L * layer_active == 12_617_777_152
active = L * layer_active + emb + d
assert active == 12_879_925_248
close(active / 1e9, 12.9, 0.05)
close(2 * 12.9, 25.8, 1e-9)
close(total * 2 / 1e9, 93.4, 0.05)
print("Mixtral total", total, "active", active)

# rounded per-layer figures quoted in the card
close(attn / 1e6, 42, 0.5)
close(expert / 1e6, 176, 0.5)
close(emb / 1e6, 262, 0.5)


def aux(f, p):
    return len(f) * sum(a * b for a, b in zip(f, p))


close(aux([0.25] * 4, [0.25] * 4), 1.0, 1e-12)
close(4 * 4 * 0.0625, 1.0, 1e-12)
f, p = [0.5, 0.25, 0.125, 0.125], [0.4, 0.3, 0.15, 0.15]
close(sum(a * b for a, b in zip(f, p)), 0.3125, 1e-12)
close(aux(f, p), 1.25, 1e-12)
print("aux loss balanced", aux([0.25] * 4, [0.25] * 4), "imbalanced", aux(f, p))

T, cf = 1024, 1.25
capacity = int(cf * top_k * T / experts)
assert capacity == 320 and 400 - capacity == 80
print("capacity", capacity)
