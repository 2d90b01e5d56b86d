# Checks the worked numbers in content/notes/length-extrapolation.mdx (sinusoid direction, RoPE wavelengths, PI/NTK/YaRN for s = 4, ALiBi).
import math

# sinusoidal PE with d = 4: frequencies 1 and 1/100
def pe(pos):
    return [math.sin(pos), math.cos(pos), math.sin(pos / 100), math.cos(pos / 100)]
def dot(a, b):
    return sum(x * y for x, y in zip(a, b))
left, right = dot(pe(1), pe(0)), dot(pe(1), pe(2))
assert abs(left - right) < 1e-12
assert abs(left - 1.540252) < 5e-7

# RoPE wavelengths, head dim 128, base 10000, train length 4096
d, b, L = 128, 10000, 4096
lam = [2 * math.pi * b ** (2 * k / d) for k in range(d // 2)]
assert abs(lam[0] - 6.28) < 0.005
assert round(L / lam[0]) == 652
assert round(lam[63]) == 54410
assert round(L / lam[63] * 100, 1) == 7.5
long = [k for k in range(64) if lam[k] > L]
assert long == list(range(46, 64)) and len(long) == 18
assert round(lam[45]) == 4080

# s = 4
s = 4
assert 12000 / s == 3000
assert 1 / s == 0.25
b2 = b * s ** (d / (d - 2))
assert round(b2) == 40890
theta = lambda base, k: base ** (-2 * k / d)
assert abs(theta(b2, 63) / theta(b, 63) - 1 / s) < 1e-12
assert theta(b2, 0) == 1
temp = 0.1 * math.log(s) + 1
assert round(temp, 4) == 1.1386
assert round(temp ** 2, 4) == 1.2965

# ALiBi, 8 heads: slopes 2^(-8h/H)
H = 8
slopes = [2 ** (-8 * h / H) for h in range(1, H + 1)]
assert slopes[0] == 0.5 and slopes[-1] == 1 / 256
assert slopes[0] * 10 == 5
assert round(slopes[-1] * 10, 3) == 0.039

print("PE1.PE0 = PE1.PE2 =", round(left, 6))
print("lambda_0", round(lam[0], 2), "lambda_63", round(lam[63]), "pairs longer than 4096:", len(long))
print("NTK base s=4:", round(b2), "YaRN temp", round(temp, 4), round(temp ** 2, 4))
