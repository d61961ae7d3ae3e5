"""The voting engine: pure functions over immutable ballots and tallies; no Qt, no storage."""

from facilitator.voting.borda import BordaResult, BordaRow, borda
from facilitator.voting.count import CountTally, Outcome, Result, decide_count
from facilitator.voting.dots import (
    DotBallot,
    DotResult,
    DotRow,
    DotRules,
    DotTally,
    check_dot_tallies,
    rank_dot_ballots,
    rank_dots,
)
from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError
from facilitator.voting.labels import (
    CHOICE_TITLES,
    CRITERION_TITLES,
    MAJORITY_TITLES,
    METHOD_TITLES,
    QUADRANT_TITLES,
    RANKING_ALGORITHM_TITLES,
    RESULT_TITLES,
    Method,
)
from facilitator.voting.named import Ballot, Choice, NamedOutcome, decide_named
from facilitator.voting.rank_ballots import RankBallot
from facilitator.voting.ranking import RankingResult, rank
from facilitator.voting.rating import (
    Rating,
    RatingAverage,
    RatingResult,
    RatingRow,
    rate,
    rate_averages,
)
from facilitator.voting.rating_rules import Quadrant, RatingRules, quadrant
from facilitator.voting.rules import (
    Base,
    Majority,
    MajorityKind,
    VoteRules,
    as_fraction,
    quorum_needed,
)
from facilitator.voting.schulze import SchulzeResult, SchulzeRow, schulze

__all__ = [
    "CHOICE_TITLES",
    "CRITERION_TITLES",
    "MAJORITY_TITLES",
    "METHOD_TITLES",
    "QT_TRANSLATE_NOOP",
    "QUADRANT_TITLES",
    "RANKING_ALGORITHM_TITLES",
    "RESULT_TITLES",
    "Ballot",
    "Base",
    "BordaResult",
    "BordaRow",
    "Choice",
    "CountTally",
    "DotBallot",
    "DotResult",
    "DotRow",
    "DotRules",
    "DotTally",
    "Majority",
    "MajorityKind",
    "Method",
    "NamedOutcome",
    "Outcome",
    "Quadrant",
    "RankBallot",
    "RankingResult",
    "Rating",
    "RatingAverage",
    "RatingResult",
    "RatingRow",
    "RatingRules",
    "Result",
    "SchulzeResult",
    "SchulzeRow",
    "VoteError",
    "VoteRules",
    "as_fraction",
    "borda",
    "decide_count",
    "decide_named",
    "quadrant",
    "quorum_needed",
    "rank",
    "rank_dot_ballots",
    "rank_dots",
    "check_dot_tallies",
    "rate",
    "rate_averages",
    "schulze",
]
