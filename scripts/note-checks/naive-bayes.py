# Checks the numbers in content/notes/naive-bayes.mdx.
from collections import Counter
from fractions import Fraction as F

def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)

train = [("免费 中奖", "垃圾"), ("免费 优惠 免费", "垃圾"), ("会议 时间", "正常"), ("免费 会议", "正常")]
V = ["免费", "中奖", "优惠", "会议", "时间"]
counts = {c: Counter() for c in ("垃圾", "正常")}
docs = Counter()
for text, c in train:
    counts[c].update(text.split())
    docs[c] += 1
assert sum(counts["垃圾"].values()) == 5 and sum(counts["正常"].values()) == 4
assert counts["垃圾"]["免费"] == 3 and counts["正常"]["会议"] == 2
prior = {c: F(docs[c], len(train)) for c in docs}
assert prior["垃圾"] == F(1, 2)

def cond(c, w, alpha):
    total = sum(counts[c].values())
    return F(counts[c][w] + alpha, total + alpha * len(V))

assert [cond("垃圾", w, 1) for w in V] == [F(4, 10), F(2, 10), F(2, 10), F(1, 10), F(1, 10)]
assert [cond("正常", w, 1) for w in V] == [F(2, 9), F(1, 9), F(1, 9), F(3, 9), F(2, 9)]

def score(c, text, alpha):
    s = prior[c]
    for w in text.split():
        s *= cond(c, w, alpha)
    return s

s_spam, s_ham = score("垃圾", "免费 中奖", 1), score("正常", "免费 中奖", 1)
assert s_spam == F(4, 100)
close(float(s_ham), 0.012346, 5e-7)
post = s_spam / (s_spam + s_ham)
close(float(post), 0.7642, 5e-5)
# Without smoothing both classes score 0 on "中奖 会议".
assert score("垃圾", "中奖 会议", 0) == 0 and score("正常", "中奖 会议", 0) == 0
s_spam2, s_ham2 = score("垃圾", "中奖 会议", 1), score("正常", "中奖 会议", 1)
assert s_spam2 == F(1, 100)
close(float(s_ham2), 0.018519, 5e-7)
close(float(s_spam2 / (s_spam2 + s_ham2)), 0.3506, 5e-5)
print("P(spam | 免费 中奖) =", round(float(post), 4), "; P(spam | 中奖 会议) =", round(float(s_spam2 / (s_spam2 + s_ham2)), 4))
