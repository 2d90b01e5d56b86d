# Checks the worked numbers in content/notes/flash-attention.mdx (online softmax by blocks, memory of the score matrix).
import math

s = [1, 3, 2, 5]
v = [1, 2, 3, 4]

def close(a, b, tol=5e-7):
    assert abs(a - b) < tol, (a, b)

# block 1
m, l, o = -math.inf, 0.0, 0.0
def update(m, l, o, sb, vb):
    m2 = max(m, max(sb))
    scale = math.exp(m - m2) if m != -math.inf else 0.0
    l2 = scale * l + sum(math.exp(x - m2) for x in sb)
    o2 = scale * o + sum(math.exp(x - m2) * y for x, y in zip(sb, vb))
    return m2, l2, o2, scale

m, l, o, _ = update(m, l, o, s[:2], v[:2])
assert m == 3
close(math.exp(-2), 0.135335)
close(l, 1.135335)
close(o, 2.135335)

m, l2, o2, scale = update(m, l, o, s[2:], v[2:])
assert m == 5
close(scale, 0.135335)
close(scale * l, 0.153651)
close(math.exp(-3), 0.049787)
close(l2, 1.203438)
close(scale * o, 0.288986)
close(math.exp(-3) * 3, 0.149361)
close(o2, 4.438347)
close(o2 / l2, 3.688057)

# direct softmax
e = [math.exp(x - 5) for x in s]
for got, want in zip(e, [0.018316, 0.135335, 0.049787, 1]):
    close(got, want)
close(sum(e), 1.203438)
p = [x / sum(e) for x in e]
for got, want in zip(p, [0.0152, 0.1125, 0.0414, 0.8310]):
    assert abs(got - want) < 5e-5, (got, want)
close(sum(a * b for a, b in zip(p, v)), 3.688057)

# memory
N = 4096
assert N * N == 16_777_216
assert N * N * 2 / 2**20 == 32
assert N * N * 2 * 32 / 2**30 == 1
assert 2 * N * 4 / 2**10 == 32
assert 32768**2 * 2 / 2**30 == 2

print("online:", l2, o2, o2 / l2)
print("direct:", sum(e), [round(x, 4) for x in p])
