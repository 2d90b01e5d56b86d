# Checks the worked numbers of content/notes/bart-t5.mdx (T5 span-corruption lengths for 512 tokens, Poisson(3) zero-length spans).
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


length, density, mean_span = 512, 0.15, 3
close(length * density, 76.8, 1e-9)
noise = round(length * density)
assert noise == 77
close(noise / mean_span, 25.67, 5e-3)
spans = round(noise / mean_span)
assert spans == 26
assert length - noise == 435
inputs = length - noise + spans
targets = noise + spans
assert inputs == 461 and targets == 103
close(targets / length, 1 / 5, 0.005)
print("noise tokens", noise, "spans", spans, "input", inputs, "target", targets)

p0 = math.exp(-3)
close(p0, 0.0498, 5e-5)
print("P(Poisson(3) = 0)", p0)

# the worked example in the note: 12 characters, spans 明天 and 图书馆
orig = list("我们明天下午去图书馆借书")
inp = ["我", "们", "<X>", "下", "午", "去", "<Y>", "借", "书"]
tgt = ["<X>", "明", "天", "<Y>", "图", "书", "馆", "<Z>"]
rebuilt, i = [], 0
spans_by_sentinel = {"<X>": ["明", "天"], "<Y>": ["图", "书", "馆"]}
for tok in inp:
    rebuilt.extend(spans_by_sentinel.get(tok, [tok]))
assert rebuilt == orig
flat = [t for s, toks in spans_by_sentinel.items() for t in [s] + toks] + ["<Z>"]
assert flat == tgt
