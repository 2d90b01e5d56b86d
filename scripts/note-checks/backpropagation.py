# Checks the worked numbers of content/notes/backpropagation.mdx (2-layer MLP, softmax + cross-entropy, finite-difference gradient check).
import copy
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


x = [1.0, 2.0]
W1 = [[0.1, 0.2], [0.3, -0.4]]
b1 = [0.0, 0.1]
W2 = [[0.5, -0.3, 0.2], [0.4, 0.1, -0.6]]
b2 = [0.0, 0.0, 0.0]
y = [1.0, 0.0, 0.0]


def forward(W1, W2):
    z1 = [sum(x[i] * W1[i][j] for i in range(2)) + b1[j] for j in range(2)]
    a1 = [max(0.0, v) for v in z1]
    z2 = [sum(a1[j] * W2[j][k] for j in range(2)) + b2[k] for k in range(3)]
    m = max(z2)
    e = [math.exp(v - m) for v in z2]
    p = [v / sum(e) for v in e]
    loss = -sum(yk * math.log(pk) for yk, pk in zip(y, p))
    return z1, a1, z2, p, loss


z1, a1, z2, p, loss = forward(W1, W2)
for g, w in zip(z1, [0.7, -0.5]):
    close(g, w, 1e-12)
assert a1 == [0.7, 0.0]
for g, w in zip(z2, [0.35, -0.21, 0.14]):
    close(g, w, 1e-12)
for g, w in zip(p, [0.4199, 0.2398, 0.3403]):
    close(g, w, 5e-5)
close(loss, 0.8679, 5e-5)
print("z1", z1, "a1", a1, "z2", z2, "p", p, "L", loss)

dz2 = [pk - yk for pk, yk in zip(p, y)]
for g, w in zip(dz2, [-0.5801, 0.2398, 0.3403]):
    close(g, w, 5e-5)
close(sum(dz2), 0.0, 1e-12)
dW2 = [[a1[j] * dz2[k] for k in range(3)] for j in range(2)]
for g, w in zip(dW2[0], [-0.4061, 0.1679, 0.2382]):
    close(g, w, 5e-5)
assert all(v == 0 for v in dW2[1])
da1 = [sum(dz2[k] * W2[j][k] for k in range(3)) for j in range(2)]
for g, w in zip(da1, [-0.2940, -0.4123]):
    close(g, w, 5e-5)
dz1 = [da1[j] * (1.0 if z1[j] > 0 else 0.0) for j in range(2)]
close(dz1[0], -0.2940, 5e-5)
assert dz1[1] == 0
dW1 = [[x[i] * dz1[j] for j in range(2)] for i in range(2)]
close(dW1[0][0], -0.2940, 5e-5)
close(dW1[1][0], -0.5879, 5e-5)
assert dW1[0][1] == 0 and dW1[1][1] == 0
print("dz2", dz2, "dW2", dW2, "da1", da1, "dz1", dz1, "dW1", dW1)

# the card's rounded version
close(2 * -0.294, -0.588, 1e-12)

# central-difference check of all 12 weights
eps = 1e-5
for name, W, analytic in (("W1", W1, dW1), ("W2", W2, dW2)):
    for i, row in enumerate(W):
        for j, _ in enumerate(row):
            plus, minus = copy.deepcopy(W), copy.deepcopy(W)
            plus[i][j] += eps
            minus[i][j] -= eps
            if name == "W1":
                lp, lm = forward(plus, W2)[4], forward(minus, W2)[4]
            else:
                lp, lm = forward(W1, plus)[4], forward(W1, minus)[4]
            numeric = (lp - lm) / (2 * eps)
            close(numeric, analytic[i][j], 1e-9)
            if (i, j) == (0, 0):
                close(numeric, -0.293956 if name == "W1" else -0.406104, 5e-7)
                print(name, "[1,1] numeric", numeric, "analytic", analytic[i][j])
print("all 12 weights pass the finite-difference check")
