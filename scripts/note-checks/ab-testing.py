# Checks the worked numbers of content/notes/ab-testing.mdx (sample size, z-test, SRM chi-square).
import math
from statistics import NormalDist

N = NormalDist()
za, zb = N.inv_cdf(0.975), N.inv_cdf(0.8)
assert abs(za - 1.960) < 5e-4 and abs(zb - 0.842) < 5e-4
assert abs((za + zb) ** 2 - 7.849) < 5e-4

p1, p2 = 0.05, 0.051
var = p1 * (1 - p1) + p2 * (1 - p2)
assert abs(p1 * (1 - p1) - 0.0475) < 1e-12 and abs(p2 * (1 - p2) - 0.048399) < 1e-12
n = (za + zb) ** 2 * var / (p2 - p1) ** 2
assert abs(n - 752_700) < 100, n
p2b = 0.0505
n_half = (za + zb) ** 2 * (p1 * (1 - p1) + p2b * (1 - p2b)) / (p2b - p1) ** 2
assert 2.9e6 < n_half < 3.1e6, n_half  # "约是 4 倍，接近 300 万"

se = math.sqrt(p1 * (1 - p1) / 1e6 + p2 * (1 - p2) / 1e6)
assert abs(se - 3.097e-4) < 5e-8
z = 0.001 / se
pval = 2 * (1 - N.cdf(z))
assert abs(z - 3.23) < 5e-3 and abs(pval - 0.0012) < 5e-5

chi2 = (501_500 - 500_000) ** 2 / 500_000 + (498_500 - 500_000) ** 2 / 500_000
p_srm = 2 * (1 - N.cdf(math.sqrt(chi2)))  # chi-square with 1 dof
assert chi2 == 9.0 and abs(p_srm - 0.0027) < 5e-5
print(f"n={n:.0f} n(1%)={n_half:.0f} SE={se:.4e} z={z:.2f} p={pval:.4f} chi2={chi2} p_srm={p_srm:.4f}")
