# Checks the worked numbers of content/notes/esmm-multi-objective.mdx (ESMM rates and loss, division blow-up, fusion).
import math

ctr, cvr, ctcvr = 500 / 10_000, 25 / 500, 25 / 10_000
assert ctr == 0.05 and cvr == 0.05 and ctcvr == 0.0025 and math.isclose(ctr * cvr, ctcvr)

p_ctr, p_cvr = 0.1, 0.2
p_ctcvr = p_ctr * p_cvr
assert math.isclose(p_ctcvr, 0.02)
l_ctr, l_ctcvr = -math.log(p_ctr), -math.log(1 - p_ctcvr)
assert abs(l_ctr - 2.303) < 5e-4 and abs(l_ctcvr - 0.0202) < 5e-5 and abs(l_ctr + l_ctcvr - 2.323) < 5e-4

assert 0.002 / 0.001 == 2

X, Y = (0.10, 0.02), (0.05, 0.05)
def wsum(p, s=1.0): return p[0] + 2 * p[1] * s
def prod(p, s=1.0): return p[0] * p[1] * s
assert math.isclose(wsum(X), 0.14) and math.isclose(wsum(Y), 0.15) and wsum(Y) > wsum(X)
assert math.isclose(prod(X), 0.002) and math.isclose(prod(Y), 0.0025) and prod(Y) > prod(X)
assert math.isclose(wsum(X, 0.5), 0.12) and math.isclose(wsum(Y, 0.5), 0.10) and wsum(X, 0.5) > wsum(Y, 0.5)
assert math.isclose(prod(X, 0.5), 0.001) and math.isclose(prod(Y, 0.5), 0.00125) and prod(Y, 0.5) > prod(X, 0.5)
assert math.isclose(prod(X, 0.5) / prod(Y, 0.5), 0.8) and math.isclose(prod(X) / prod(Y), 0.8)
print(f"CTR={ctr} CVR={cvr} CTCVR={ctcvr}; loss={l_ctr:.3f}+{l_ctcvr:.4f}; wsum X/Y {wsum(X):.2f}/{wsum(Y):.2f} -> "
      f"{wsum(X,0.5):.2f}/{wsum(Y,0.5):.2f}; prod ratio {prod(X)/prod(Y):.1f}")
