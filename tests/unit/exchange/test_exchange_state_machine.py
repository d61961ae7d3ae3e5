"""Laptops and the secretariat edit, delete, vote, export and import in any order and repetition;
the secretariat's session always agrees with a simple model of what it has received."""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from exchange_world import World
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from facilitator.exchange import conflicts
from facilitator.services import participants, proposals, records
from facilitator.store.exchange_models import Conflict
from facilitator.store.models import Proposal, Tally, Vote

LAPTOPS = st.sampled_from([1, 2])
Seen = tuple[str, str, bool]  # version, title, deleted


def laptop_state(sf: Any, platform: str) -> dict[str, Seen]:
    query = Proposal.select().where(Proposal.platform == platform)
    return {p.id: (p.version, p.title, bool(p.deleted)) for p in query}


class ExchangeMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.world = World(self.folder)
        self.counter = 0
        self.created: dict[int, list[str]] = {1: [], 2: []}  # laptop → proposal ids it made
        self.bundles: list[tuple[bytes, dict[str, Seen], int]] = []
        self.received: dict[str, Seen] = {}  # newest row received per laptop-made proposal
        self.touched: dict[str, tuple[str, str]] = {}  # id → (secretariat's title, base then)
        self.tally_ids: set[str] = set()

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def name(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    @initialize()
    def start(self) -> None:
        for n in (1, 2):
            self.add(n)
            self.export(n)

    # --- on the laptops --------------------------------------------------------------------
    @rule(n=LAPTOPS)
    def add(self, n: int) -> None:
        title = self.name("L")
        made = self.world.on_laptop(n, lambda sf, p: proposals.add_proposal(sf, p, title).id)
        self.created[n].append(made)

    @rule(n=LAPTOPS, pick=st.integers(0, 50), delete=st.booleans())
    def change(self, n: int, pick: int, delete: bool) -> None:
        if not self.created[n]:
            return
        target, title = self.created[n][pick % len(self.created[n])], self.name("L")

        def act(sf: Any, _: str) -> None:
            if Proposal.get_by_id(target).deleted:
                return
            if delete:
                proposals.delete_proposal(sf, target)
            else:
                proposals.edit_proposal(sf, target, title=title)

        self.world.on_laptop(n, act)

    @rule(n=LAPTOPS, pick=st.integers(0, 50), votes=st.integers(0, 30))
    def vote(self, n: int, pick: int, votes: int) -> None:
        if not self.created[n]:
            return
        target = self.created[n][pick % len(self.created[n])]
        self.tally_ids.add(self.world.on_laptop(n, lambda sf, p: tally(sf, p, target, votes)))

    @rule(n=LAPTOPS)
    def export(self, n: int) -> None:
        bundle = self.world.export(n)
        state = self.world.on_laptop(n, laptop_state)
        self.bundles.append((bundle, state, n))

    # --- on the secretariat's ---------------------------------------------------------------
    @precondition(lambda self: bool(self.bundles))
    @rule(pick=st.integers(0, 100), newest=st.booleans())
    def merge(self, pick: int, newest: bool) -> None:
        bundle, state, n = self.bundles[-1 if newest else pick % len(self.bundles)]
        self.world.merge(bundle)
        for record, seen in state.items():
            if record in self.created[n] and seen[0] > self.received.get(record, ("",))[0]:
                self.received[record] = seen

    @rule(pick=st.integers(0, 100))
    def secretariat_edits(self, pick: int) -> None:
        live = [r for r, seen in sorted(self.received.items()) if not self._master_deleted(r)]
        if not live:
            return
        target, title = live[pick % len(live)], self.name("M")
        with self.world.master() as sf:
            proposals.edit_proposal(sf, target, title=title)
        # the base that counts is the one when it was first changed here (until resolved)
        base = self.touched.get(target, ("", self.received[target][0]))[1]
        self.touched[target] = (title, base)

    @rule()
    def resolve_taking_theirs(self) -> None:
        with self.world.master() as sf:
            for c in conflicts.list_conflicts(sf):
                conflicts.resolve(sf, c["id"], conflicts.THEIRS)
                self.touched.pop(c["record"], None)

    def _master_deleted(self, record: str) -> bool:
        with self.world.master():
            return bool(Proposal.get_by_id(record).deleted)

    # --- what must always hold ---------------------------------------------------------------
    @invariant()
    def master_agrees_with_the_model(self) -> None:
        with self.world.master():
            rows = {p.id: (p.version, p.title, bool(p.deleted)) for p in Proposal.select()}
            open_ids = {c.record for c in Conflict.select().where(Conflict.resolution == "")}
            pairs = [(t.id, t.vote_id, t.proposal_id) for t in Tally.select()]
        made = {r for ids in self.created.values() for r in ids}
        assert {r for r in rows if r in made} == set(self.received)  # none lost, none extra
        for record, seen in self.received.items():
            if record in self.touched:
                title, base = self.touched[record]
                assert rows[record][1] == title  # never silently overwritten
                assert (record in open_ids) == (seen[0] > base)
            else:
                assert rows[record] == seen  # the newest received, never reverted
                assert record not in open_ids
        assert {t[0] for t in pairs} <= self.tally_ids  # facts made on laptops, nothing else
        assert len({t[1:] for t in pairs}) == len(pairs)  # one row per (vote, item), ever


def tally(sf: Any, platform: str, proposal_id: str, votes: int) -> str:
    """A dot tally, possible with the platform's people present (the merge checks so)."""
    vote = Vote.get_or_none(Vote.platform == platform)
    if vote is None:
        for person in participants.list_participants(platform):
            participants.set_present(sf, person.id, platform, True)
        vote = records.create(
            sf,
            Vote,
            platform=platform,
            method="dots",
            items="[]",
            settings='{"dots": 1000}',
            opened_at="2026-06-05",
        )
    listed = json.loads(vote.items)
    if proposal_id not in listed:  # a tally counts an item of its vote
        records.update(sf, vote, items=json.dumps([*listed, proposal_id]))
    record = Tally.get_or_none((Tally.vote == vote.id) & (Tally.proposal == proposal_id))
    figures = json.dumps({"dots": votes})
    if record is None:
        key = uuid.uuid5(uuid.NAMESPACE_OID, f"{vote.id}/{proposal_id}").hex
        return records.create(
            sf, Tally, id=key, vote=vote.id, proposal=proposal_id, figures=figures
        ).id
    records.update(sf, record, figures=figures)
    return str(record.id)


ExchangeMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestExchange = ExchangeMachine.TestCase
