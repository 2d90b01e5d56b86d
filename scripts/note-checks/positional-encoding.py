# Checks the worked numbers of content/notes/positional-encoding.mdx (sinusoidal table and dot products, direction blindness, RoPE).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


def pe(pos, d=4):
    out = []
    for k in range(d // 2):
        w = 10000 ** (-2 * k / d)
        out += [math.sin(pos * w), math.cos(pos * w)]
    return out


dot = lambda a, b: sum(x * y for x, y in zip(a, b))
close(10000 ** (-2 / 4), 0.01, 1e-15)
assert pe(0) == [0.0, 1.0, 0.0, 1.0]
for g, w in zip(pe(1), [0.841471, 0.540302, 0.0099998, 0.99995]):
    close(g, w, 5e-6)
for g, w in zip(pe(2), [0.909297, -0.416147, 0.019999, 0.999800]):
    close(g, w, 5e-6)
close(dot(pe(0), pe(1)), 1.540252, 5e-7)
close(dot(pe(1), pe(2)), 1.540252, 5e-7)
close(dot(pe(1), pe(3)), 0.583653, 5e-7)
# direction blindness: the dot product is even in the offset
close(dot(pe(5), pe(7)), dot(pe(5), pe(3)), 1e-12)
close(dot(pe(5), pe(7)), math.cos(2) + math.cos(0.02), 1e-12)
close(dot(pe(5), pe(7)), 0.5837, 5e-5)
print("PE dots", dot(pe(0), pe(1)), dot(pe(1), pe(3)), "left/right", dot(pe(5), pe(3)), dot(pe(5), pe(7)))


def rope(v, pos, theta=1.0):
    c, s = math.cos(pos * theta), math.sin(pos * theta)
    return [v[0] * c - v[1] * s, v[0] * s + v[1] * c]


q, k = [1, 2], [3, -1]
for m, n in ((3, 1), (5, 3), (10, 8)):
    close(dot(rope(q, m), rope(k, n)), -6.781229, 5e-7)
print("RoPE score", dot(rope(q, 3), rope(k, 1)))
