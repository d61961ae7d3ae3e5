"""Similar proposals across platforms: normalised titles, fuzzy matching, groups by union-find."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.exchange.normalise import normalise
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.vocabulary import MERGED

THRESHOLD = 90.0
BLOCK = 512  # rows compared at a time: memory stays at BLOCK × n scores


@dataclass
class SimilarGroup:
    """Proposals offered for merging, from at least two platforms; score is the best pair's."""

    proposals: list[ProposalRow]
    score: float

    @property
    def platforms(self) -> list[int]:
        return sorted({p.platform_number for p in self.proposals})


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def candidates() -> list[ProposalRow]:
    return [p for p in list_proposals() if p.status != MERGED]


def find_similar(threshold: float = THRESHOLD) -> list[SimilarGroup]:
    """Groups of live proposals from different platforms whose titles match closely."""
    import numpy as np  # here, not at the top: the app starts ~0.1 s faster without them
    from rapidfuzz import fuzz, process

    rows = candidates()
    texts = [normalise(p.title) for p in rows]
    platform = np.array([p.platform_number for p in rows])
    groups, best = _UnionFind(len(rows)), {}
    for start in range(0, len(rows), BLOCK):
        scores = process.cdist(
            texts[start : start + BLOCK],
            texts,
            scorer=fuzz.token_set_ratio,
            score_cutoff=threshold,
            workers=-1,
        )
        for i, j in zip(*np.nonzero(scores >= threshold), strict=True):
            a, b = start + int(i), int(j)
            if a < b and platform[a] != platform[b] and texts[a]:
                groups.union(a, b)
                best[(a, b)] = float(scores[i, j])
    return _collect(rows, groups, best)


def _collect(
    rows: list[ProposalRow], groups: _UnionFind, best: dict[tuple[int, int], float]
) -> list[SimilarGroup]:
    score: dict[int, float] = {}
    for (a, _), value in best.items():
        root = groups.find(a)
        score[root] = max(score.get(root, 0.0), value)
    members: dict[int, list[ProposalRow]] = {root: [] for root in score}
    for i, row in enumerate(rows):
        root = groups.find(i)
        if root in members:
            members[root].append(row)
    found = [SimilarGroup(members[root], score[root]) for root in members]
    return sorted(
        found, key=lambda g: (-g.score, g.proposals[0].platform_number, g.proposals[0].number)
    )
