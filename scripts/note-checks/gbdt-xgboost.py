# Checks the numbers in content/notes/gbdt-xgboost.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

sig = lambda z: 1 / (1 + math.exp(-z))
lam, eta = 1.0, 0.3

# Small leaf example: 3 samples at p = 0.5, labels 1, 1, 0.
G = sum(0.5 - y for y in (1, 1, 0))
H = 3 * 0.25
close(G, -0.5, 1e-12); close(H, 0.75, 1e-12)
w = -G / (H + lam)
close(w, 0.286, 5e-4); close(eta * w, 0.086, 5e-4)

# GBDT classification, first round.
y = [1, 1, 0]
ybar = sum(y) / len(y)
F0 = math.log(ybar / (1 - ybar))
close(F0, 0.6931, 5e-5)
p = sig(F0)
close(p, 2 / 3, 1e-12)
g = [p - t for t in y]
h = p * (1 - p)
close(h, 2 / 9, 1e-12)
GL, HL = g[0] + g[1], 2 * h
GR, HR = g[2], h
close(GL, -2 / 3, 1e-12); close(HL, 4 / 9, 1e-12); close(GR, 2 / 3, 1e-12); close(HR, 2 / 9, 1e-12)
wL, wR = -GL / (HL + lam), -GR / (HR + lam)
close(wL, 0.4615, 5e-5); close(wR, -0.5455, 5e-5)
gain = 0.5 * (GL ** 2 / (HL + lam) + GR ** 2 / (HR + lam) - (GL + GR) ** 2 / (HL + HR + lam))
close(gain, 0.3357, 5e-5)
FL, FR = F0 + eta * wL, F0 + eta * wR
close(FL, 0.8316, 5e-5); close(sig(FL), 0.6967, 5e-5)
close(FR, 0.5295, 5e-5); close(sig(FR), 0.6294, 5e-5)
print("F0", round(F0, 4), "wL", round(wL, 4), "wR", round(wR, 4), "gain", round(gain, 4), "p", round(sig(FL), 4), round(sig(FR), 4))

# Completing the square: g f + 1/2 h f^2 = 1/2 h (f + g/h)^2 - g^2/(2h).
for gi, hi, f in [(0.3, 0.21, 0.7), (-1.2, 1.0, -0.4)]:
    close(gi * f + 0.5 * hi * f * f, 0.5 * hi * (f + gi / hi) ** 2 - gi * gi / (2 * hi), 1e-12)
