# Checks the worked numbers of content/notes/sparse-models-production.mdx (table size, hash collisions, birthday bound).
import math

keys, dim = 10 ** 9, 64
table_gb = keys * dim * 4 / 1e9
assert table_gb == 256 and 3 * table_gb == 768 and 2 * table_gb == 512

n = 10 ** 7
def collide(n, B): return 1 - (1 - 1 / B) ** (n - 1)
assert abs(collide(n, 10 ** 7) - 0.632) < 5e-4
assert abs(collide(n, 10 ** 8) - 0.095) < 5e-4
assert abs(collide(n, 10 ** 7) - (1 - math.exp(-1))) < 1e-6

m, B = 10 ** 5, 2 ** 32
x = m * (m - 1) / (2 * B)
assert abs(x - 1.164) < 5e-4 and abs(1 - math.exp(-x) - 0.688) < 5e-4

merged = (10_000 * 0.10 + 100 * 0.30) / (10_000 + 100)
assert abs(merged - 0.102) < 5e-4
print(f"table={table_gb:.0f} GB (Adam x3 {3*table_gb:.0f} GB); collide B=n {collide(n, 10**7):.3f}, B=10n {collide(n, 10**8):.3f}; "
      f"birthday {1 - math.exp(-x):.3f}; merged CTR {merged:.3f}")
