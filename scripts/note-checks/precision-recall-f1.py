# Checks the numbers in content/notes/precision-recall-f1.mdx.
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

TP, FP, FN, TN = 40, 10, 40, 910
acc = (TP + TN) / (TP + FP + FN + TN)
P, R = TP / (TP + FP), TP / (TP + FN)
f = lambda b: (1 + b * b) * P * R / (b * b * P + R)
close(acc, 0.95, 1e-12); close(P, 0.8, 1e-12); close(R, 0.5, 1e-12)
close(f(1), 0.61538, 5e-6); close(f(2), 0.5405, 5e-5); close(f(0.5), 0.7143, 5e-5)
close(2 * TP / (2 * TP + FP + FN), f(1), 1e-12)
close(80 / 130, 0.61538, 5e-6)
close((TP + 9910) / (TP + FP + FN + 9910), 0.995, 5e-4)
close(920 / 1000, 0.92, 1e-12)
# Two classes: A 90 all right; B 10, 5 right, 5 predicted as A.
tpA, fpA, fnA = 90, 5, 0
tpB, fpB, fnB = 5, 0, 5
f1A = 2 * tpA / (2 * tpA + fpA + fnA)
f1B = 2 * tpB / (2 * tpB + fpB + fnB)
close(f1A, 0.973, 5e-4); close(f1B, 0.667, 5e-4)
close((f1A + f1B) / 2, 0.820, 5e-4)
micro = 2 * (tpA + tpB) / (2 * (tpA + tpB) + fpA + fpB + fnA + fnB)
close(micro, 0.95, 1e-12)
print("F1", round(f(1), 5), "F2", round(f(2), 4), "F0.5", round(f(0.5), 4), "macro", round((f1A + f1B) / 2, 4), "micro", micro)
