# Checks the worked numbers of content/notes/norm-variants.mdx (RMSNorm vs LayerNorm on x = [1, 2, 3]).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


x = [1, 2, 3]
rms = math.sqrt(sum(v * v for v in x) / len(x))
close(rms, math.sqrt(14 / 3), 1e-12)
close(rms, 2.1602, 5e-5)
out = [v / rms for v in x]
for g, w in zip(out, [0.4629, 0.9258, 1.3887]):
    close(g, w, 5e-5)
mu = sum(x) / 3
var = sum((v - mu) ** 2 for v in x) / 3
ln = [(v - mu) / math.sqrt(var) for v in x]
for g, w in zip(ln, [-1.2247, 0, 1.2247]):
    close(g, w, 5e-5)
close(math.sqrt(sum(v * v for v in out) / 3), 1.0, 1e-12)
print("RMS", rms, "RMSNorm", out, "LayerNorm", ln)
