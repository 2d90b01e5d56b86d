# Checks the numbers of content/notes/activation-functions.mdx (value table, derivative values, SwiGLU hidden size).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


sig = lambda x: 1 / (1 + math.exp(-x))
gelu = lambda x: x * 0.5 * (1 + math.erf(x / math.sqrt(2)))
elu = lambda x: x if x > 0 else math.exp(x) - 1
table = {
    -2: [0.1192, -0.9640, 0, -0.02, -0.8647, -0.0455, -0.2384],
    -1: [0.2689, -0.7616, 0, -0.01, -0.6321, -0.1587, -0.2689],
    1: [0.7311, 0.7616, 1, 1, 1, 0.8413, 0.7311],
    2: [0.8808, 0.9640, 2, 2, 2, 1.9545, 1.7616],
}
for x, row in table.items():
    got = [sig(x), math.tanh(x), max(0, x), max(0.01 * x, x), elu(x), gelu(x), x * sig(x)]
    for g, w in zip(got, row):
        close(g, w, 5e-5)
    print(x, [round(g, 4) for g in got])

close(sig(0) * (1 - sig(0)), 0.25, 1e-12)
close(sig(4) * (1 - sig(4)), 0.0177, 5e-5)
close(1 - math.tanh(3) ** 2, 0.0099, 5e-5)
close(0.25 ** 10, 1e-6, 5e-7)

d = 4096
dh = 8 * d / 3
close(dh, 10922.7, 0.05)
assert 3 * d * dh == 8 * d * d
assert math.ceil(dh / 256) * 256 == 43 * 256 == 11008
print("SwiGLU hidden 8d/3 =", dh, "-> multiple of 256:", 11008)
