# Checks the numbers in content/notes/em-gmm.mdx.
import math

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

X = [1, 2, 4, 5]
N = lambda x, m, v: math.exp(-(x - m) ** 2 / (2 * v)) / math.sqrt(2 * math.pi * v)

def loglik(pi, mu, var):
    return sum(math.log(sum(pi[k] * N(x, mu[k], var[k]) for k in range(2))) for x in X)

def em_step(pi, mu, var):
    g = [[pi[k] * N(x, mu[k], var[k]) for k in range(2)] for x in X]
    g = [[a / sum(r) for a in r] for r in g]
    Nk = [sum(r[k] for r in g) for k in range(2)]
    pi = [nk / len(X) for nk in Nk]
    mu = [sum(r[k] * x for r, x in zip(g, X)) / Nk[k] for k in range(2)]
    var = [sum(r[k] * (x - mu[k]) ** 2 for r, x in zip(g, X)) / Nk[k] for k in range(2)]
    return g, Nk, pi, mu, var

pi, mu, var = [0.5, 0.5], [1.0, 4.0], [1.0, 1.0]
lls = [loglik(pi, mu, var)]
close(lls[0], -7.2243, 5e-5)
g, Nk, pi, mu, var = em_step(pi, mu, var)
for got, want in zip([r[0] for r in g], [0.9890, 0.8176, 0.0110, 0.0006]):
    close(got, want, 5e-5)
close(g[1][0], 1 / (1 + math.exp(-1.5)), 1e-12)
close(Nk[0], 1.8181, 5e-5); close(Nk[1], 2.1819, 5e-5)
close(pi[0], 0.4545, 5e-5); close(pi[1], 0.5455, 5e-5)
close(mu[0], 1.4690, 5e-5); close(mu[1], 4.2757, 5e-5)
close(var[0], 0.2889, 5e-5); close(var[1], 0.7618, 5e-5)
lls.append(loglik(pi, mu, var))
close(lls[1], -6.1737, 5e-5)
_, _, pi, mu, var = em_step(pi, mu, var)
lls.append(loglik(pi, mu, var))
close(lls[2], -5.7480, 5e-5)
for _ in range(50):
    _, _, pi, mu, var = em_step(pi, mu, var)
    lls.append(loglik(pi, mu, var))
assert all(b >= a - 1e-12 for a, b in zip(lls, lls[1:])), "likelihood decreased"
close(mu[0], 1.5, 1e-3); close(mu[1], 4.5, 1e-3)
close(var[0], 0.25, 1e-3); close(var[1], 0.25, 1e-3)
close(pi[0], 0.5, 1e-3)
print("log-likelihood", [round(v, 4) for v in lls[:3]], "final mu", [round(m, 4) for m in mu], "var", [round(v, 4) for v in var])
