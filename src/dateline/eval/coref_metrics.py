"""Cross-document coreference metrics: MUC, B-cubed, CEAF-e and CoNLL F1.

Same definitions and mention matching as the reference scorer ../shared/tools/score_links.py (Pradhan et
al. 2014): predicted mentions are matched one-to-one to gold mentions of the same document by span overlap,
greedily by decreasing Jaccard; unmatched predictions stay as spurious mentions. A test checks that the
two agree on the same files.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from typing import Any

Cluster = set[Hashable]
PRF = tuple[float, float, float]


def match_doc(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """{pred index: gold index}, one-to-one, any overlap, best Jaccard first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            inter = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if inter > 0:
                union = max(g["end"], p["end"]) - min(g["start"], p["start"])
                candidates.append((-inter / union, abs(g["start"] - p["start"]), i, j))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if j not in out and i not in used:
            out[j] = i
            used.add(i)
    return out


def build_clusters(gold: dict[str, list[dict[str, Any]]], pred: dict[str, list[dict[str, Any]]]
                   ) -> tuple[list[Cluster], list[Cluster], tuple[int, int, int]]:
    key: dict[str, Cluster] = defaultdict(set)
    resp: dict[str, Cluster] = defaultdict(set)
    n_gold = n_pred = n_matched = 0
    for doc in set(gold) | set(pred):
        g, p = gold.get(doc, []), pred.get(doc, [])
        n_gold, n_pred = n_gold + len(g), n_pred + len(p)
        for i, m in enumerate(g):
            key[str(m["cluster"])].add(("g", doc, i))
        pairing = match_doc(g, p)
        n_matched += len(pairing)
        for j, m in enumerate(p):
            resp[str(m["cluster"])].add(("g", doc, pairing[j]) if j in pairing else ("p", doc, j))
    return list(key.values()), list(resp.values()), (n_gold, n_pred, n_matched)


def prf(num_r: float, den_r: float, num_p: float, den_p: float) -> PRF:
    r = num_r / den_r if den_r else 0.0
    p = num_p / den_p if den_p else 0.0
    return r, p, (2 * p * r / (p + r) if p + r else 0.0)


def _where(clusters: list[Cluster]) -> dict[Hashable, int]:
    return {m: k for k, c in enumerate(clusters) for m in c}


def muc(key: list[Cluster], resp: list[Cluster]) -> PRF:
    def side(a: list[Cluster], b: list[Cluster]) -> tuple[int, int]:
        where = _where(b)
        num = sum(len(c) - len({where.get(m, ("alone", m)) for m in c}) for c in a)
        return num, sum(len(c) - 1 for c in a)

    return prf(*side(key, resp), *side(resp, key))


def b_cubed(key: list[Cluster], resp: list[Cluster]) -> PRF:
    def side(a: list[Cluster], b: list[Cluster]) -> tuple[float, float]:
        where = _where(b)
        num = sum(sum(n * n for n in Counter(where[m] for m in c if m in where).values()) / len(c) for c in a)
        return num, float(sum(len(c) for c in a))

    return prf(*side(key, resp), *side(resp, key))


def _assignment_max(w: list[list[float]]) -> float:
    """Maximum-weight one-to-one assignment (Hungarian algorithm, rows <= columns)."""
    n, m = len(w), len(w[0])
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -w[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(w[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def ceaf_e(key: list[Cluster], resp: list[Cluster]) -> PRF:
    where: dict[Hashable, list[int]] = defaultdict(list)
    for k, c in enumerate(resp):
        for m in c:
            where[m].append(k)
    adj: dict[int, dict[int, float]] = defaultdict(dict)
    for a, c in enumerate(key):
        for b, n in Counter(k for m in c for k in where.get(m, ())).items():
            adj[a][b] = 2.0 * n / (len(c) + len(resp[b]))
    radj: dict[int, set[int]] = defaultdict(set)
    for a, nb in adj.items():
        for b in nb:
            radj[b].add(a)
    seen: set[int] = set()
    total = 0.0
    for a0 in list(adj):
        if a0 in seen:
            continue
        comp_a, comp_b, stack = set(), set(), [("a", a0)]
        while stack:  # connected component of the key/response similarity graph
            side, x = stack.pop()
            if side == "a" and x not in comp_a:
                comp_a.add(x)
                stack += [("b", b) for b in adj[x] if b not in comp_b]
            elif side == "b" and x not in comp_b:
                comp_b.add(x)
                stack += [("a", a) for a in radj[x] if a not in comp_a]
        seen |= comp_a
        la, lb = sorted(comp_a), sorted(comp_b)
        if len(la) == 1 or len(lb) == 1:
            total += max(adj[a].get(b, 0.0) for a in la for b in lb)
            continue
        mat = [[adj[a].get(b, 0.0) for b in lb] for a in la]
        if len(la) > len(lb):
            mat = [list(col) for col in zip(*mat, strict=True)]
        total += _assignment_max(mat)
    return prf(total, len(key), total, len(resp))


def score(key: list[Cluster], resp: list[Cluster]) -> dict[str, Any]:
    res: dict[str, Any] = {"MUC": muc(key, resp), "B3": b_cubed(key, resp), "CEAF-e": ceaf_e(key, resp)}
    res["CoNLL_F1"] = sum(v[2] for v in res.values()) / 3
    return res


def evaluate(gold: dict[str, list[dict[str, Any]]], pred: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    key, resp, (ng, np_, nm) = build_clusters(gold, pred)
    res = score(key, resp)
    res["mentions"] = {"gold": ng, "pred": np_, "matched": nm,
                       "R": nm / ng if ng else 0.0, "P": nm / np_ if np_ else 0.0}
    res["clusters"] = {"gold": len(key), "pred": len(resp)}
    return res
