# Checks the worked numbers of content/notes/cnn-basics.mdx (output sizes, parameters, MACs, receptive fields, 1x1 bottleneck, depthwise-separable ratio).
def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


def out_size(n, k, s=1, p=0, d=1):
    k_eff = k + (k - 1) * (d - 1)
    return (n + 2 * p - k_eff) // s + 1


# one cross-correlation
x = [[1, 2, 0], [0, 1, 3], [2, 1, 0]]
w = [[1, 0], [0, -1]]
n_out = out_size(3, 2)
assert n_out == 2
y = [[sum(x[i + a][j + b] * w[a][b] for a in range(2) for b in range(2)) for j in range(n_out)] for i in range(n_out)]
assert y == [[0, -1], [-1, 1]], y
print("conv output", y)

# ResNet stem
assert (224 + 6 - 7) / 2 == 111.5
assert out_size(224, 7, s=2, p=3) == 112
assert out_size(112, 3, s=2, p=1) == 56
print("ResNet stem", out_size(224, 7, 2, 3), out_size(112, 3, 2, 1))

# parameters and MACs
params = 3 * 3 * 64 * 128 + 128
assert params == 73856
macs = 56 * 56 * 3 * 3 * 64 * 128
assert 3 * 3 * 64 * 128 == 73728 and macs == 231211008
close(macs / 1e8, 2.31, 0.005)
close(2 * macs / 1e9, 0.46, 0.005)
fc_in, fc_out = 56 * 56 * 64, 56 * 56 * 128
assert fc_in == 200704 and fc_out == 401408
close(fc_in * fc_out / 1e10, 8.06, 0.005)
assert fc_in * fc_out / params > 1e6
print("conv params", params, "MACs", macs, "FC weights", fc_in * fc_out, "ratio", fc_in * fc_out / params)


def receptive(layers):
    r, j, out = 1, 1, []
    for k, s in layers:
        r += (k - 1) * j
        j *= s
        out.append((r, j))
    return out


three = receptive([(3, 1)] * 3)
assert three[-1][0] == 7
assert 3 * 9 == 27
table = receptive([(3, 1), (2, 2), (3, 1), (3, 1)])
assert table == [(3, 1), (4, 2), (8, 2), (12, 2)], table
print("receptive field table", table)

k_eff = [3 + (3 - 1) * (d - 1) for d in (1, 2, 4)]
assert k_eff == [3, 5, 9]
dil = receptive([(k, 1) for k in k_eff])
assert dil[-1][0] == 15 == 1 + 2 + 4 + 8
print("dilated effective kernels", k_eff, "receptive field", dil[-1][0])

bottleneck = 256 * 64 + 9 * 64 * 64 + 64 * 256
assert (256 * 64, 9 * 64 * 64) == (16384, 36864) and bottleneck == 69632
plain = 9 * 256 * 256
assert plain == 589824
close(plain / bottleneck, 8.5, 0.05)
print("bottleneck", bottleneck, "plain 3x3", plain, "ratio", plain / bottleneck)

std = 9 * 128 * 128
sep = 9 * 128 + 128 * 128
assert std == 147456 and sep == 17536 and 9 * 128 == 1152 and 128 * 128 == 16384
close(sep / std, 0.1189, 5e-5)
close(sep / std, 1 / 128 + 1 / 9, 1e-12)
close(sep / std, 0.119, 5e-4)
print("depthwise separable", sep, "standard", std, "ratio", sep / std)
