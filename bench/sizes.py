"""The three forum sizes the benchmarks run at (issue: benchmarks at forum scale)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    name: str
    platforms: int
    participants: int
    proposals: int
    ballots: int


SIZES = {
    "S": Size("S", 7, 200, 700, 3_500),
    "M": Size("M", 20, 2_000, 7_000, 35_000),
    "L": Size("L", 50, 5_000, 20_000, 100_000),
}
