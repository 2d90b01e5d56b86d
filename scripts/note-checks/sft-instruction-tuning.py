# Checks the worked numbers in content/notes/sft-instruction-tuning.mdx (response-only loss, averaging, packing utilisation and cross-sample pairs).

prompt = [3.0, 2.5, 4.0, 2.0, 3.5, 3.0]
resp = [0.8, 1.2, 0.4, 0.6]
assert abs(sum(resp) / len(resp) - 0.75) < 1e-12
assert abs(sum(prompt) - 18.0) < 1e-12 and abs(sum(resp) - 3.0) < 1e-12
assert abs((sum(prompt) + sum(resp)) / 10 - 2.10) < 1e-12
assert round(sum(prompt) / (sum(prompt) + sum(resp)) * 100) == 86

a, b = [1.0, 3.0], [0.5] * 6
assert abs((sum(a) + sum(b)) / 8 - 0.875) < 1e-12
assert abs((sum(a) / 2 + sum(b) / 6) / 2 - 1.25) < 1e-12

L = [300, 1200, 500, 2000]
total = sum(L)
assert total == 4000 and len(L) * max(L) == 8000 and total / 8000 == 0.5
assert round(total / 4096 * 100, 1) == 97.7
full = total * (total + 1) // 2
block = sum(l * (l + 1) // 2 for l in L)
assert full == 8_002_000 and block == 2_892_000 and full - block == 5_110_000
assert round((full - block) / full * 100, 1) == 63.9

print("response-only", sum(resp) / 4, "all tokens", (sum(prompt) + sum(resp)) / 10)
print("packing utilisation", total / 4096, "cross-sample pairs", full - block)
