"""Every model under qtmodeltester, without widgets; sorting, filtering and row updates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.gui import proposal_model as pm
from facilitator.gui.counters import platform_counters
from facilitator.gui.participant_model import COL_PRESENT, ParticipantTableModel
from facilitator.gui.platform_model import COUNTERS_ROLE, PlatformListModel, PlatformTableModel
from facilitator.services import participants, platforms, proposals
from facilitator.services.proposals import ProposalRow


def make_row(number: int, title: str = "", **fields: Any) -> ProposalRow:
    values = dict(
        id=f"id{number}",
        platform_id="p",
        platform_number=3,
        number=number,
        kind="proposal",
        title=title or f"Proposal {number}",
        text="",
        tags="",
        status="draft",
        presenter="",
        organisation="",
        responsible="",
        deadline="",
        updated_at="",
    )
    values.update(fields)
    return ProposalRow(**values)


def loaded_model() -> pm.ProposalTableModel:
    model = pm.ProposalTableModel()
    model.load([make_row(n) for n in (1, 2, 9, 10, 12)])
    return model


def test_proposal_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = loaded_model()
    qtmodeltester.check(model)
    model.put(make_row(13, "Added"))
    model.drop("id2")
    qtmodeltester.check(model)


def test_proposal_model_shows_code_and_labels() -> None:
    model = loaded_model()
    assert model.index(4, pm.COL_NUMBER).data() == "3.12"
    assert model.index(0, pm.COL_KIND).data() == "Proposal"
    assert model.index(0, pm.COL_TITLE).data(pm.ID_ROLE) == "id1"
    assert model.headerData(pm.COL_DEADLINE, Qt.Orientation.Horizontal) == "Deadline"


def test_numbers_sort_numerically() -> None:
    proxy = pm.ProposalFilter()
    proxy.setSourceModel(loaded_model())
    proxy.sort(pm.COL_NUMBER, Qt.SortOrder.DescendingOrder)
    codes = [proxy.index(r, pm.COL_NUMBER).data() for r in range(proxy.rowCount())]
    assert codes == ["3.12", "3.10", "3.9", "3.2", "3.1"]


def test_filter_matches_title_text_presenter_and_tags(qtmodeltester: Any) -> None:
    model = pm.ProposalTableModel()
    model.load(
        [
            make_row(1, "Roads"),
            make_row(2, text="about ROADS"),
            make_row(3, presenter="Roadson"),
            make_row(4, tags="roads, rail"),
            make_row(5, "Schools", kind="problem"),
        ]
    )
    proxy = pm.ProposalFilter()
    proxy.setSourceModel(model)
    proxy.set_text("road")
    assert proxy.rowCount() == 4
    proxy.set_text("")
    proxy.set_kind("problem")
    assert proxy.rowCount() == 1
    proxy.set_kind("")
    proxy.set_status("adopted")
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)


def test_put_keeps_number_order() -> None:
    model = loaded_model()
    model.put(make_row(11))
    assert [row.number for row in model.rows] == [1, 2, 9, 10, 11, 12]


def test_deadline_follows_the_locale() -> None:
    assert pm.format_date("2026-06-05") in ("05/06/2026", "05.06.2026")
    assert pm.format_date("") == ""


def test_participant_model(qtmodeltester: Any, filled: Any, qtbot: Any) -> None:
    model = ParticipantTableModel()
    model.load(participants.list_participants())
    qtmodeltester.check(model)
    index = model.index(0, COL_PRESENT)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(model.presenceToggled) as signal:
        model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == [model.rows[0].id, True]


def test_platform_models(qtmodeltester: Any, filled: Any) -> None:
    entries = platform_counters(filled)
    sidebar = PlatformListModel()
    sidebar.load(entries)
    qtmodeltester.check(sidebar)
    assert sidebar.index(0).data() == "1. First platform"
    assert "Present 0 of 3" in sidebar.index(0).data(COUNTERS_ROLE)
    assert "Problems 1" in sidebar.index(0).data(COUNTERS_ROLE)
    edits: list[tuple[str, str, str]] = []
    table = PlatformTableModel(lambda *edit: edits.append(edit) is None)
    table.load(entries)
    qtmodeltester.check(table)
    assert table.setData(table.index(1, 1), "Renamed", Qt.ItemDataRole.EditRole)
    assert edits == [(entries[1].id, "title", "Renamed")]


def test_counters_follow_the_session(filled: Any) -> None:
    first = platforms.list_platforms()[0]
    person = participants.list_participants(first.id)[0]
    participants.set_present(filled, person.id, first.id, True)
    proposals.add_proposal(filled, first.id, "One more")
    entry = platform_counters(filled)[0]
    assert (entry.present, entry.participants, entry.proposals["proposal"]) == (1, 3, 2)


def test_participant_model_sorts_itself_and_filters_by_any_text(qtmodeltester: Any) -> None:
    from facilitator.gui import participant_model as pmodel
    from facilitator.services.participants import ParticipantRow

    model = pmodel.ParticipantTableModel()
    proxy = pmodel.ParticipantFilter()
    proxy.setSourceModel(model)
    model.load(
        [
            ParticipantRow("a", "Яковлев", "ИРНИТУ", "", "Иркутск", "", None, True),
            ParticipantRow("b", "Андреев", "Завод", "", "Кузбасс", "", None, False),
        ]
    )
    names = lambda: [proxy.index(r, pmodel.COL_NAME).data() for r in range(proxy.rowCount())]  # noqa: E731
    assert names() == ["Андреев", "Яковлев"]
    proxy.sort(pmodel.COL_ORGANISATION, Qt.SortOrder.AscendingOrder)
    assert names() == ["Андреев", "Яковлев"]  # «Завод» before «ИРНИТУ»
    proxy.sort(pmodel.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names() == ["Яковлев", "Андреев"]
    proxy.set_text("кузб")
    assert names() == ["Андреев"]
    qtmodeltester.check(proxy)
