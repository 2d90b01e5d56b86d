# Checks the worked numbers of content/notes/lsh-hnsw.mdx (LSH AND/OR amplification, HNSW layer sizes, memory).
import math

k, L = 8, 10
rows = {}
for theta in (30, 90):
    p = 1 - theta / 180
    rows[theta] = (p, p ** k, 1 - (1 - p ** k) ** L)
assert abs(rows[30][0] - 0.833) < 5e-4 and abs(rows[30][1] - 0.233) < 5e-4 and abs(rows[30][2] - 0.929) < 5e-4
assert rows[90][0] == 0.5 and abs(rows[90][1] - 0.0039) < 5e-5 and abs(rows[90][2] - 0.038) < 5e-4

N, M = 10 ** 6, 16
layers = [N * M ** -t for t in range(1, 6)]
assert layers[0] == 62_500 and round(layers[1]) == 3906 and round(layers[2]) == 244 and round(layers[3]) == 15 and round(layers[4]) == 1
assert abs(math.log(N, M) - 4.98) < 5e-3

n, d, m = 10 ** 7, 64, 32
vec_gb = n * d * 4 / 1e9
link_gb = n * 2 * m * 4 / 1e9
assert vec_gb == 2.56 and link_gb == 2.56 and vec_gb + link_gb > 5
ivfpq_mb = n * (16 + 8) / 1e6
assert ivfpq_mb == 240 and (vec_gb + link_gb) * 1000 / ivfpq_mb > 20
print(f"LSH 30deg: {rows[30]}, 90deg: {rows[90]}; HNSW layers {[round(x) for x in layers]}; "
      f"memory {vec_gb + link_gb:.2f} GB vs IVFPQ16 {ivfpq_mb:.0f} MB")
