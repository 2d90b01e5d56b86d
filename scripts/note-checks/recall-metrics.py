# Checks the worked numbers of content/notes/recall-metrics.mdx (Recall@5, HitRate@5, MRR, coverage for 3 users).
T = {"A": {"a", "b", "c"}, "B": {"d"}, "C": {"i", "j"}}
R = {"A": ["a", "x", "b", "y", "z"], "B": ["e", "f", "d", "g", "h"], "C": ["a", "x", "e", "m", "n"]}
K, catalog = 5, 20

hits = {u: len(set(R[u][:K]) & T[u]) for u in T}
assert hits == {"A": 2, "B": 1, "C": 0}
recall = {u: hits[u] / len(T[u]) for u in T}
macro = sum(recall.values()) / 3
micro = sum(hits.values()) / sum(len(t) for t in T.values())
hitrate = sum(h > 0 for h in hits.values()) / 3
prec = sum(h / K for h in hits.values()) / 3
def rr(u):
    for i, x in enumerate(R[u], 1):
        if x in T[u]:
            return 1 / i
    return 0.0
mrr = sum(rr(u) for u in T) / 3
union = set().union(*map(set, R.values()))
cov = len(union) / catalog

assert abs(macro - 0.556) < 5e-4
assert micro == 0.5
assert abs(hitrate - 0.667) < 5e-4 and hitrate >= macro
assert abs(prec - 0.2) < 1e-12
assert abs(mrr - 0.444) < 5e-4
assert len(union) == 12 and cov == 0.6
assert len(set(R["C"]) & (set(R["A"]) | set(R["B"]))) == 3
assert 9 / 10 == 0.9
print(f"macro={macro:.3f} micro={micro} hitrate={hitrate:.3f} P@5={prec:.1f} MRR={mrr:.3f} coverage={cov}")
