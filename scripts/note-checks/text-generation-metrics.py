# Checks the worked numbers in content/notes/text-generation-metrics.mdx (perplexity, BLEU with clipping and brevity penalty, ROUGE-1/2/L).
import math
from collections import Counter

# perplexity
probs = [0.5, 0.25, 0.125, 0.5]
loss = -sum(math.log(p) for p in probs) / len(probs)
assert abs(loss - 1.75 * math.log(2)) < 1e-12 and abs(loss - 1.2130) < 5e-5
ppl = math.exp(loss)
assert abs(ppl - 2 ** 1.75) < 1e-12 and abs(ppl - 3.3636) < 5e-5
assert abs(math.exp(1.8) - 6.0496) < 5e-5
assert abs(math.exp(2.0) - 7.39) < 5e-3 and abs(math.exp(1.8) - 6.05) < 5e-3

def ngrams(words, n):
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))

def clipped_precision(cand, ref, n):
    c, r = ngrams(cand, n), ngrams(ref, n)
    hit = sum(min(cnt, r[g]) for g, cnt in c.items())
    return hit, sum(c.values())

ref = "the cat is on the mat".split()
cand = "the cat is on mat".split()
ps = []
for n, want in zip(range(1, 5), [(5, 5), (3, 4), (2, 3), (1, 2)]):
    got = clipped_precision(cand, ref, n)
    assert got == want, (n, got)
    ps.append(got[0] / got[1])
geo = math.exp(sum(math.log(p) for p in ps) / 4)
assert abs(geo - 0.7071) < 5e-5
bp = math.exp(1 - len(ref) / len(cand))
assert abs(bp - 0.8187) < 5e-5
bleu = bp * geo
assert abs(bleu - 0.5789) < 5e-5

# clipping
spam = ["the"] * 7
assert clipped_precision(spam, ref, 1) == (2, 7)

# sentence-level zero
cand2 = "the cat sat on the mat".split()
assert [clipped_precision(cand2, ref, n) for n in range(1, 5)] == [(5, 6), (3, 5), (1, 4), (0, 3)]

# ROUGE
def rouge_n(cand, ref, n):
    c, r = ngrams(cand, n), ngrams(ref, n)
    return sum(min(c[g], cnt) for g, cnt in r.items()), sum(r.values())
assert rouge_n(cand, ref, 1) == (5, 6) and abs(5 / 6 - 0.8333) < 5e-5
assert rouge_n(cand, ref, 2) == (3, 5)

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp[-1][-1]
L = lcs(cand, ref)
assert L == 5
R, P = L / len(ref), L / len(cand)
F = 2 * R * P / (R + P)
assert abs(F - 10 / 11) < 1e-12 and abs(F - 0.9091) < 5e-5

print("loss", round(loss, 4), "ppl", round(ppl, 4))
print("p_n", ps, "BP", round(bp, 4), "BLEU", round(bleu, 4))
print("ROUGE-L F", round(F, 4))
