# Checks the worked numbers of content/notes/electra.mdx (discriminator BCE on a 6-token example, supervised-token counts).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


original = ["我", "今天", "吃", "了", "苹果", "。"]
corrupt = ["我", "今天", "喝", "了", "苹果", "。"]
labels = [int(a != b) for a, b in zip(original, corrupt)]
assert labels == [0, 0, 1, 0, 0, 0]
d = [0.1, 0.2, 0.7, 0.1, 0.4, 0.05]
losses = [-math.log(p if y else 1 - p) for p, y in zip(d, labels)]
for got, want in zip(losses, [0.105361, 0.223144, 0.356675, 0.105361, 0.510826, 0.051293]):
    close(got, want, 5e-7)
close(sum(losses), 1.352658, 5e-7)
close(sum(losses) / 6, 0.225443, 5e-7)
print("per-token BCE", [round(v, 6) for v in losses], "sum", sum(losses), "mean", sum(losses) / 6)

mlm = 512 * 0.15
close(mlm, 76.8, 1e-9)
assert round(mlm) == 77
close(512 / 77, 6.6, 0.05)
print("supervised tokens MLM", round(mlm), "RTD", 512, "ratio", 512 / 77)
