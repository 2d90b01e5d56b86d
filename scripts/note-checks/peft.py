# Checks the worked numbers of content/notes/peft.mdx (trainable-parameter counts on LLaMA-2-7B, QLoRA bits and memory).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


L, d, ffn, total = 32, 4096, 11008, 6.74e9

prompt = 20 * d
assert prompt == 81_920
close(prompt / total * 100, 0.0012, 5e-5)

prefix_layer = 2 * 20 * d
assert prefix_layer == 163_840 and prefix_layer * L == 5_242_880
close(prefix_layer * L / total * 100, 0.078, 5e-4)

lora_qv_matrix = 8 * (d + d)
assert lora_qv_matrix == 65_536
lora_qv_layer = 2 * lora_qv_matrix
assert lora_qv_layer == 131_072 and lora_qv_layer * L == 4_194_304
close(lora_qv_layer * L / total * 100, 0.062, 5e-4)

r = 16
attn = 4 * r * (d + d)
assert r * (d + d) == 131_072 and attn == 524_288
assert d + ffn == 15_104 and r * (d + ffn) == 241_664
mlp = 2 * r * (d + ffn) + r * (ffn + d)
assert mlp == 724_992
lora_all_layer = attn + mlp
assert lora_all_layer == 1_249_280 and lora_all_layer * L == 39_976_960
close(lora_all_layer * L / total * 100, 0.59, 5e-3)

adapter = 2 * d * 64 + 64 + d
adapter_layer = 2 * adapter
assert adapter_layer == 1_056_896 and adapter_layer * L == 33_820_672
close(adapter_layer * L / total * 100, 0.50, 5e-3)
print("prompt", prompt, "prefix", prefix_layer * L, "lora qv", lora_qv_layer * L,
      "lora all", lora_all_layer * L, "adapter", adapter_layer * L)

# memory (GB = 1e9 bytes)
close(6.74 * 16, 107.8, 0.05)
close(6.74 * 2, 13.5, 0.05)
close(4_194_304 * 16 / 1e6, 67, 0.5)
per_param_consts = 32 / 64
dq = 8 / 64 + 32 / (64 * 256)
assert per_param_consts == 0.5
close(dq, 0.127, 5e-4)
close(per_param_consts - dq, 0.373, 5e-4)
close(total * (4 + 0.127) / 8 / 1e9, 3.48, 5e-3)
print("full FT GB", 6.74 * 16, "QLoRA base GB", total * (4 + dq) / 8 / 1e9, "double-quant bits", dq)
