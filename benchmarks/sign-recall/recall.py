#!/usr/bin/env python3
"""Recall of search by meaning's first step (benchmarks/README.md, "Search by meaning at scale"): for each query, where
the exact ten nearest stored vectors (cosine) rank when the vectors are ordered by the Hamming distance of their sign
bits to the query's (what VectorSnapshot does before comparing its candidates exactly), and the share of them among
the first C. Also for a quarter and a ninth of the vectors, to see how the C needed grows with their number.
Needs numpy (Debian: python3-numpy). Usage: recall.py TEXT_VECTORS QUERY_VECTORS (files written by
Pipeline.EmbeddingBenchmarks measure --vectors)"""
import struct, sys
import numpy as np

def read(path):
    with open(path, "rb") as f:
        n, d = struct.unpack("ii", f.read(8))
        return np.frombuffer(f.read(), dtype=np.float32).reshape(n, d)

texts, queries = read(sys.argv[1]), read(sys.argv[2])
rng = np.random.default_rng(1)
sizes = [len(texts) // 9, len(texts) // 4, len(texts)]
print(f"{len(queries)} queries; C = candidates compared exactly; share of the exact ten found among them")
for n in sizes:
    x = texts[rng.choice(len(texts), n, replace=False)] if n < len(texts) else texts
    signs = x >= 0
    ranks = []
    for q in queries:
        exact = np.argsort(-(x @ q), kind="stable")[:10]
        hamming = (signs != (q >= 0)).sum(1)
        order = np.argsort(hamming, kind="stable")
        position = np.empty(n, int)
        position[order] = np.arange(n)
        ranks.append(position[exact])
    ranks = np.array(ranks)
    cells = " ".join(f"C={c}: {(ranks < c).mean():.3f}" for c in (50, 100, 200, 400, 800) if c < n)
    print(f"{n:>6} vectors  {cells}  (all ten of every query within the first {ranks.max() + 1})")
