# Checks the numbers in content/notes/ndcg.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

def dcg(r, exp=False, k=None):
    r = r[:k] if k else r
    return sum(((2 ** x - 1) if exp else x) / math.log2(i + 2) for i, x in enumerate(r))

r = [3, 2, 3, 0, 1, 2]
ideal = sorted(r, reverse=True)
assert ideal == [3, 3, 2, 2, 1, 0]
for i, want in enumerate([1, 0.6309, 0.5, 0.4307, 0.3869, 0.3562]):
    close(1 / math.log2(i + 2), want, 5e-5)
for i, want in enumerate([3, 1.2619, 1.5, 0, 0.3869, 0.7124]):
    close(r[i] / math.log2(i + 2), want, 5e-5)
close(dcg(r), 6.86113, 5e-6); close(dcg(ideal), 7.14100, 5e-6); close(dcg(r) / dcg(ideal), 0.96081, 5e-6)
close(dcg(r, True), 13.84826, 5e-6); close(dcg(ideal, True), 14.59539, 5e-6)
close(dcg(r, True) / dcg(ideal, True), 0.94881, 5e-6)
close(dcg(r, k=3), 5.76186, 5e-6); close(dcg(ideal, k=3), 5.89279, 5e-6)
close(dcg(r, k=3) / dcg(ideal, k=3), 0.97778, 5e-6)
base = dcg(r) / dcg(ideal)
swap23 = dcg([3, 3, 2, 0, 1, 2]) / dcg(ideal)
swap24 = dcg([3, 0, 3, 2, 1, 2]) / dcg(ideal)
close(swap23, 0.97914, 5e-6); close(swap23 - base, 0.01833, 5e-6)
close(base - swap24, 0.05609, 5e-6)
close(1 / math.log2(11), 0.29, 5e-3)  # weight of position 10
print("NDCG", round(base, 5), "exp", round(dcg(r, True) / dcg(ideal, True), 5), "@3", round(dcg(r, k=3) / dcg(ideal, k=3), 5), "swaps", round(swap23 - base, 5), round(swap24 - base, 5))
