# Checks the worked numbers of content/notes/rnn-basics.mdx (memory decay, parameter counts, scheduled-sampling decay).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


h, hs = 0.0, []
for x in (1, 0, 0):
    h = math.tanh(0.5 * h + x)
    hs.append(h)
for g, w in zip(hs, [0.7616, 0.3634, 0.1797]):
    close(g, w, 5e-5)
close(0.5 * hs[0], 0.3808, 5e-5)
close(0.5 * hs[1], 0.1817, 5e-5)
print("h", hs)

rnn = 128 * 100 + 128 * 128 + 128
assert rnn == 29312 and 4 * rnn == 117248
print("RNN params", rnn, "LSTM", 4 * rnn)

k = 1000
eps = lambda i: k / (k + math.exp(i / k))
close(eps(0), 0.999, 5e-4)
close(eps(5000), 0.871, 5e-4)
close(eps(10000), 0.043, 5e-4)
print("inverse-sigmoid decay", eps(0), eps(5000), eps(10000))
