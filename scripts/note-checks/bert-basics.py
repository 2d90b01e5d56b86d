# Checks the worked numbers of content/notes/bert-basics.mdx (MLM counts, SQuAD span selection, head sizes).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


n = 512
close(n * 0.15, 76.8, 1e-9)
close(n * 0.15 * 0.8, 61.44, 1e-9)
close(n * 0.15 * 0.1, 7.68, 1e-9)
close(0.15 * 0.8, 0.12, 1e-12)
close(0.15 * 0.1, 0.015, 1e-12)
print("MLM positions", n * 0.15, "[MASK]", n * 0.12, "random / kept", n * 0.015)

assert 2 * 768 == 1536
print("SQuAD head parameters", 2 * 768)


def best_span(start, end):
    spans = [(start[i] + end[j], i + 1, j + 1) for i in range(len(start)) for j in range(i, len(end))]
    return max(spans)


start = [1.0, 3.0, 0.5, 0.2]
end = [0.1, 1.0, 2.5, 0.3]
assert start.index(max(start)) + 1 == 2 and end.index(max(end)) + 1 == 3
score, i, j = best_span(start, end)
assert (i, j) == (2, 3)
close(score, 5.5, 1e-12)
end2 = [2.9, 1.0, 0.5, 0.3]
assert end2.index(max(end2)) + 1 == 1
score2, i2, j2 = best_span(start, end2)
assert (i2, j2) == (2, 2)
close(score2, 4.0, 1e-12)
close(start[0] + end2[0], 3.9, 1e-12)
print("best span", (i, j), score, "with second end scores", (i2, j2), score2)
