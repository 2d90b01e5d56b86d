# Checks the worked numbers of content/notes/position-bias-ultr.mdx (IPS-corrected CTR, swap estimate, cascade, PAL).
theta = {1: 1.0, 2: 0.6, 3: 0.3}
ctr1, ctr3 = 20 / 100, 6 / 100
assert (ctr1, ctr3) == (0.20, 0.06)
assert abs(ctr1 / theta[1] - 0.20) < 1e-12 and abs(ctr3 / theta[3] - 0.20) < 1e-12

swap = 0.045 / 0.15
assert abs(swap - 0.3) < 1e-12

w3 = 1 / theta[3]
assert abs(w3 - 3.33) < 5e-3
assert abs(1 / 0.02 - 50) < 1e-9 and abs(1 / max(0.02, 0.1) - 10) < 1e-9

r = [0.5, 0.4, 0.3]
def cascade(k):
    p = r[k]
    for i in range(k):
        p *= 1 - r[i]
    return p
clicks = [cascade(k) for k in range(3)]
assert [round(c, 6) for c in clicks] == [0.5, 0.2, 0.09]

assert abs(0.2 * 0.3 - 0.06) < 1e-12
print(f"corrected CTR {ctr1/theta[1]:.2f}/{ctr3/theta[3]:.2f}, swap theta3={swap:.2f}, w3={w3:.2f}, cascade={clicks}")
