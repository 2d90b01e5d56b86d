# Checks the worked numbers of content/notes/rag.mdx (RRF fusion table, BM25 saturation and length normalisation).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


k = 60
bm25 = ["D1", "D3", "D2", "D5"]
dense = ["D2", "D1", "D4", "D3"]
scores = {}
for ranking in (bm25, dense):
    for rank, doc in enumerate(ranking, start=1):
        scores[doc] = scores.get(doc, 0) + 1 / (k + rank)
want = {"D1": 0.032522, "D2": 0.032266, "D3": 0.031754, "D4": 0.015873, "D5": 0.015625}
for doc, v in want.items():
    close(scores[doc], v, 5e-7)
order = sorted(scores, key=scores.get, reverse=True)
assert order == ["D1", "D2", "D3", "D4", "D5"], order
print("RRF", {d: round(scores[d], 6) for d in order})

N, n, k1, b = 1000, 10, 1.2, 0.75
close((N - n + 0.5) / (n + 0.5) + 1, 95.333, 5e-4)
idf = math.log((N - n + 0.5) / (n + 0.5) + 1)
close(idf, 4.5574, 5e-5)


def tf_part(f, len_ratio):
    return f * (k1 + 1) / (f + k1 * (1 - b + b * len_ratio))


close(tf_part(1, 1), 1.0, 1e-12)
close(idf * tf_part(1, 1), 4.5574, 5e-5)
close(tf_part(3, 1), 1.5714, 5e-5)
close(idf * tf_part(3, 1), 7.1616, 5e-5)
close(tf_part(3, 1) - 1, 0.57, 0.005)
close(3 + k1 * (0.25 + 1.5), 5.1, 1e-12)
close(tf_part(3, 2), 1.2941, 5e-5)
close(idf * tf_part(3, 2), 5.8978, 5e-5)
print("BM25 idf", idf, "scores", idf * tf_part(1, 1), idf * tf_part(3, 1), idf * tf_part(3, 2))
