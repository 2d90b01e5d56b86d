# Checks the worked numbers of content/notes/word2vec.mdx (costs, Huffman vs balanced tree, path probability, subsampling, shifted PMI).
import heapq
import math


def close(a, b, tol):
    assert abs(a - b) <= tol, (a, b)


close(math.log2(10000), 13.3, 0.05)
freq = {"的": 40, "我": 20, "喜欢": 15, "吃": 10, "苹果": 10, "香蕉": 5}
code = {"的": 1, "我": 3, "喜欢": 3, "苹果": 3, "吃": 4, "香蕉": 4}
huff = sum(freq[w] * code[w] for w in freq) / 100
close(huff, 2.35, 1e-12)
# Huffman's optimal weighted path length is unique whatever the tie-breaking
heap = list(freq.values())
heapq.heapify(heap)
cost = 0
while len(heap) > 1:
    a, b = heapq.heappop(heap), heapq.heappop(heap)
    cost += a + b
    heapq.heappush(heap, a + b)
close(cost / 100, 2.35, 1e-12)
balanced = {"的": 2, "我": 2, "喜欢": 3, "吃": 3, "苹果": 3, "香蕉": 3}
close(sum(freq[w] * balanced[w] for w in freq) / 100, 2.40, 1e-12)
close(sum(balanced.values()) / 6, 2.667, 5e-4)
close(math.log2(6), 2.585, 5e-4)
print("Huffman", huff, "balanced weighted", 2.40, "balanced unweighted", 16 / 6)

close(0.8 * (1 - 0.3) * 0.6, 0.336, 1e-12)

t = 1e-5
drop = lambda f: max(0.0, 1 - math.sqrt(t / f))
close(drop(0.04), 0.984, 5e-4)
close(drop(1e-4), 0.684, 5e-4)
assert drop(1e-5) == 0
print("subsampling drop", drop(0.04), drop(1e-4), drop(1e-5))

D, nco, nc, no, K = 1000, 10, 50, 40, 2
pmi = math.log(nco * D / (nc * no))
close(pmi, math.log(5), 1e-12)
close(pmi, 1.609, 5e-4)
x = pmi - math.log(K)
close(x, math.log(2.5), 1e-12)
close(x, 0.916, 5e-4)
# the optimum of the pair objective is at x
sig = lambda z: 1 / (1 + math.exp(-z))
grad = nco * sig(-x) - K * nc * no / D * sig(x)
close(grad, 0.0, 1e-12)
print("PMI", pmi, "optimal score", x)
