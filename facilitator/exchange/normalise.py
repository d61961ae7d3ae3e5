"""Russian-aware text normalisation for finding similar proposals: case, ё, punctuation, endings."""

from __future__ import annotations

import re

_WORD = re.compile(r"[0-9a-zа-я]+")
STOP_WORDS = frozenset(
    "и в во на по с со к ко о об обо от для из за до при не ни а но или как что это "
    "его ее их все так же бы ли то а также чтобы том том числе the of and to in for a an".split()
)
# Common inflection endings, longest first; a stem keeps at least MIN_STEM letters.
ENDINGS = tuple(
    sorted(
        "иями ями ами ость ости остью ого его ому ему ыми ими ым им ых их иях ях ах ия ие ий ой "
        "ей ый ая яя "
        "ое ее ые ов ев ом ем ам ям ую юю ться ть ся ет ют ит ат ят ешь ишь ение ения ению "
        "ании ание ания а я ы и о е у ю ь".split(),
        key=len,
        reverse=True,
    )
)
MIN_STEM = 3


def stem(word: str) -> str:
    """A light stemmer: cut the longest common ending that leaves a stem of MIN_STEM letters."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def normalise(text: str) -> str:
    """Casefolded, ё→е, words only, stop-words dropped, each word stemmed."""
    words = _WORD.findall(text.casefold().replace("ё", "е"))
    return " ".join(stem(w) for w in words if w not in STOP_WORDS)
