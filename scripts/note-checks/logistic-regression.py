# Checks the numbers in content/notes/logistic-regression.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

sig = lambda z: 1 / (1 + math.exp(-z))
X = [0, 1, 2, 3]
Y = [0, 1, 0, 1]

def loss(w, b):
    return -sum(y * math.log(sig(w * x + b)) + (1 - y) * math.log(1 - sig(w * x + b)) for x, y in zip(X, Y))

def grad_hess(w, b):
    p = [sig(w * x + b) for x in X]
    gw = sum((pi - y) * x for pi, y, x in zip(p, Y, X))
    gb = sum(pi - y for pi, y in zip(p, Y))
    s = [pi * (1 - pi) for pi in p]
    hww = sum(si * x * x for si, x in zip(s, X))
    hwb = sum(si * x for si, x in zip(s, X))
    hbb = sum(s)
    return gw, gb, hww, hwb, hbb

def newton(w, b):
    gw, gb, hww, hwb, hbb = grad_hess(w, b)
    det = hww * hbb - hwb * hwb
    dw = -(hbb * gw - hwb * gb) / det
    db = -(-hwb * gw + hww * gb) / det
    return w + dw, b + db

close(loss(0, 0), 2.7726, 5e-5)
gw, gb, hww, hwb, hbb = grad_hess(0, 0)
assert (gw, gb) == (-1.0, 0.0)
assert (hww, hwb, hbb) == (3.5, 1.5, 1.0)
close(hww * hbb - hwb * hwb, 1.25, 1e-12)
w, b = newton(0, 0)
close(w, 0.8, 1e-12); close(b, -1.2, 1e-12)
p = [sig(w * x + b) for x in X]
for got, want in zip(p, [0.2315, 0.4013, 0.5987, 0.7685]):
    close(got, want, 5e-5)
close(loss(w, b), 2.3526, 5e-5)
print("after one Newton step", w, b, [round(v, 4) for v in p], round(loss(w, b), 4))
for _ in range(20):
    w, b = newton(w, b)
close(w, 0.9082, 5e-5); close(b, -1.3623, 5e-5); close(loss(w, b), 2.3475, 5e-5)
close(sum(sig(w * x + b) for x in X), 2.0, 5e-5)
print("converged", round(w, 4), round(b, 4), round(loss(w, b), 4))

# Negative down-sampling shifts the log-odds by -log(w).
p_true, keep = 0.01, 0.1
odds = p_true / (1 - p_true) / keep
p_s = odds / (1 + odds)
close(p_s, 0.1 / 1.09, 1e-12); close(p_s, 0.0917, 5e-5)
logit = lambda q: math.log(q / (1 - q))
close(logit(p_true), -4.5951, 5e-5); close(logit(p_s), -2.2925, 5e-5)
close(logit(p_s) - logit(p_true), 2.3026, 5e-5)
p_s4 = round(p_s, 4)
corrected = p_s4 / (p_s4 + (1 - p_s4) / keep)
close(corrected, 0.0100, 5e-5)
print("down-sampling", round(p_s, 4), round(logit(p_s) - logit(p_true), 4), round(corrected, 4))
