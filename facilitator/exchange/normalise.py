"""Russian-aware text normalisation for finding similar proposals: case, ё, punctuation, endings.

Endings are cut by the Snowball stemmers (PyStemmer): Russian for Cyrillic words, English for
Latin ones; digits stay as they are.
"""

from __future__ import annotations

import re

import Stemmer

_WORD = re.compile(r"[0-9a-zа-я]+")
_CYRILLIC = re.compile(r"[а-я]")
STOP_WORDS = frozenset(
    "и в во на по с со к ко о об обо от для из за до при не ни а но или как что это "
    "его ее их все так же бы ли то а также чтобы том том числе the of and to in for a an".split()
)
_RUSSIAN = Stemmer.Stemmer("russian")
_ENGLISH = Stemmer.Stemmer("english")


def stem(word: str) -> str:
    """The Snowball stem of one lower-case word (Russian or English by its letters)."""
    if _CYRILLIC.search(word):
        return str(_RUSSIAN.stemWord(word))
    return str(_ENGLISH.stemWord(word)) if not word.isdigit() else word


def normalise(text: str) -> str:
    """Casefolded, ё→е, words only, stop-words dropped, each word stemmed."""
    words = _WORD.findall(text.casefold().replace("ё", "е"))
    return " ".join(stem(w) for w in words if w not in STOP_WORDS)
