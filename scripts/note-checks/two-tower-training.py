# Checks the worked numbers of content/notes/two-tower-training.mdx (freq^0.75 sampling, logQ-corrected softmax).
import math

counts = [1000, 100, 10]
w = [c ** 0.75 for c in counts]
assert [round(x, 1) for x in w] == [177.8, 31.6, 5.6]
q075 = [x / sum(w) for x in w]
q1 = [c / sum(counts) for c in counts]
for got, shown in zip(q075, [0.827, 0.147, 0.026]):
    assert abs(got - shown) < 5e-4, (got, shown)
for got, shown in zip(q1, [0.901, 0.090, 0.009]):
    assert abs(got - shown) < 5e-4, (got, shown)

def softmax(v):
    e = [math.exp(x) for x in v]
    return [x / sum(e) for x in e]
s, p = [2.0, 2.5, 1.0], [0.01, 0.3, 0.05]
raw = softmax(s)
for got, shown in zip(raw, [0.331, 0.547, 0.122]):
    assert abs(got - shown) < 5e-4
assert abs(-math.log(raw[0]) - 1.104) < 5e-4
neglog = [-math.log(x) for x in p]
for got, shown in zip(neglog, [4.605, 1.204, 2.996]):
    assert abs(got - shown) < 5e-4
corr = [a + b for a, b in zip(s, neglog)]
for got, shown in zip(corr, [6.605, 3.704, 3.996]):
    assert abs(got - shown) < 5e-4
fixed = softmax(corr)
for got, shown in zip(fixed, [0.886, 0.049, 0.065]):
    assert abs(got - shown) < 5e-4, (got, shown)
assert abs(-math.log(fixed[0]) - 0.121) < 5e-4
print(f"q^0.75={[round(x, 3) for x in q075]} q^1={[round(x, 3) for x in q1]}; softmax raw={[round(x, 3) for x in raw]} "
      f"corrected={[round(x, 3) for x in fixed]} loss {-math.log(raw[0]):.3f}->{-math.log(fixed[0]):.3f}")
