# Checks the worked numbers of content/notes/gpt-series.mdx (12Ld^2 parameter counts of GPT-1/2/3, 6ND compute).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


rows = {  # name: (layers, d, vocab, ctx, blocks, tok_emb, pos_emb, total)
    "GPT-1": (12, 768, 40478, 512, 84_934_656, 31_087_104, 393_216, 116_414_976),
    "GPT-2 XL": (48, 1600, 50257, 1024, 1_474_560_000, 80_411_200, 1_638_400, 1_556_609_600),
    "GPT-3": (96, 12288, 50257, 2048, 173_946_175_488, 617_558_016, 25_165_824, 174_588_899_328),
}
for name, (L, d, V, ctx, blocks, tok, pos, total) in rows.items():
    assert 12 * L * d * d == blocks, name
    assert V * d == tok and ctx * d == pos, name
    assert blocks + tok + pos == total, name
    print(name, total)

close((31_087_104 + 393_216) / 116_414_976 * 100, 27, 0.5)
assert (617_558_016 + 25_165_824) / 174_588_899_328 < 0.004
close(173_946_175_488 / 1e11, 1.739, 5e-4)
close(617_558_016 / 1e9, 0.62, 5e-3)
close(25_165_824 / 1e9, 0.025, 5e-4)
close(174_588_899_328 / 1e9, 174.6, 0.05)

C = 6 * 175e9 * 300e9
close(C, 3.15e23, 1e20)
close(300 / 175, 1.7, 0.05)
chinchilla_tokens = 175e9 * 20
close(chinchilla_tokens, 3.5e12, 1)
assert 300e9 / chinchilla_tokens < 0.1
print("GPT-3 compute", C, "Chinchilla-optimal tokens", chinchilla_tokens)
