"""The projector window: the current item, the timer and the live result, readable from afar."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.voting import texts
from facilitator.gui.voting.chart_data import Bars, vote_chart
from facilitator.gui.voting.charts import ChartView
from facilitator.gui.voting.colours import DARK, HIGH_CONTRAST, RESULT_COLOURS, Theme
from facilitator.gui.voting.lookups import latest_vote_of, vote_rows
from facilitator.gui.voting.timer import Timer
from facilitator.gui.voting.timer_widget import TimerDisplay
from facilitator.gui.widgets import Retranslating
from facilitator.messages import FacilitatorError
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.services.vote_results import attendance, evaluate, settings

MIN_TITLE_PX = 40  # the smallest title still read from the back row of a hall
SMALLEST_TITLE_PX = 18  # a very long title shrinks this far rather than push the result off
TITLE_SHARE = 0.22  # of the window's height, at most, for the title
ZOOM_KEYS = {  # Ctrl+plus, Ctrl+minus, Ctrl+0: larger or smaller text for the room
    Qt.Key.Key_Plus: lambda zoom: min(zoom * 1.15, 2.5),
    Qt.Key.Key_Equal: lambda zoom: min(zoom * 1.15, 2.5),
    Qt.Key.Key_Minus: lambda zoom: max(zoom / 1.15, 0.5),
    Qt.Key.Key_0: lambda _zoom: 1.0,
}


def set_pixel_size(label: QWidget, px: int, bold: bool) -> None:
    font = label.font()
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)


def title_height(label: QLabel, px: int, width: int) -> int:
    """The height `label`'s text takes, wrapped at `width`, in a bold font of `px` pixels."""
    font = QFont(label.font())
    font.setPixelSize(px)
    font.setBold(True)
    flags = int(Qt.TextFlag.TextWordWrap)
    return (
        QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, label.text()).height()
    )


class ProjectorWindow(Retranslating, QWidget):
    """A top-level window; `set_item` follows the moderator, `refresh` follows every edit."""

    def __init__(self, platform_id: str, timer: Timer, parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.platform_id = platform_id
        self.item_id = ""
        self.high_contrast = True
        self.zoom = 1.0  # the text size the moderator chose, over the size the window gives
        self.revealed: set[str] = set()  # open votes whose result the moderator let the room see
        self.shown_vote = ""  # the vote of the item on screen
        self.outcome = self._label("projector outcome")
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = self._label("projector code")
        self.title = self._label("projector title")
        self.title.setWordWrap(True)
        self.presenter = self._label("projector presenter")
        self.vote_line = self._label("projector vote")
        self.timer_display = TimerDisplay(timer, self)
        self.chart = ChartView(self, text_px=24)
        self.chart.setAccessibleName("projector chart")
        self.full_button = self._button("projector full screen", self.toggle_full_screen)
        self.contrast_button = self._button("projector contrast", self.toggle_contrast)
        self._layout()
        self.resize(1280, 720)
        self.retranslate()
        self.set_theme(HIGH_CONTRAST)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        self.content = QWidget(self)
        self.blank = QWidget(self)  # the screen shown while the room should look at the speaker
        self.blank.setAccessibleName("projector blank")
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.blank)
        top = QHBoxLayout()
        top.addWidget(self.code, 1)
        top.addWidget(self.timer_display)
        buttons = QHBoxLayout()
        buttons.addWidget(self.vote_line, 1)
        buttons.addWidget(self.contrast_button)
        buttons.addWidget(self.full_button)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(40, 24, 40, 16)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.presenter)
        layout.addWidget(self.outcome)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.full_button.setText(self.tr("Full screen (F11)"))
        self.contrast_button.setText(self.tr("Contrast"))
        self.refresh()

    # --- following the moderator -------------------------------------------------------------
    def set_platform(self, platform_id: str) -> None:
        self.platform_id = platform_id
        self.set_item("")

    def set_item(self, proposal_id: str | None) -> None:
        self.item_id = proposal_id or ""
        self.refresh()

    def on_changed(self, *_change: Any) -> None:
        """Connect to Operations.changed and VoteControl.changed: any edit may show here."""
        self.refresh()

    def refresh(self) -> None:
        rows = {row.id: row for row in list_proposals(self.platform_id)} if self.platform_id else {}
        row = rows.get(self.item_id)
        self._show_item(row)
        self._show_vote(row)

    def _show_item(self, row: ProposalRow | None) -> None:
        shown = f"{row.code} {row.title}" if row else self.tr("no entry")
        self.setWindowTitle(self.tr("Projector: %1").replace("%1", shown))
        self.code.setText(row.code if row else "")
        self.title.setText(row.title if row else "")
        presenter = (row.presenter or row.responsible) if row else ""
        self.presenter.setText(presenter)
        self.presenter.setVisible(bool(presenter))
        self._fit_title()

    def _show_vote(self, row: ProposalRow | None) -> None:
        vote = latest_vote_of(self.platform_id, row.id) if row else None
        self.shown_vote = vote.id if vote is not None else ""
        self.outcome.clear()
        self.outcome.hide()
        if vote is None:
            self.vote_line.setText("")
            self.chart.empty_text = self.tr("No votes yet")
            self.chart.set_chart(None)
            return
        people = attendance(vote)
        self.vote_line.setText(self._vote_text(vote, people.present))
        if vote.status == "open" and vote.id not in self.revealed:
            # a running count must not announce an outcome: 5 of 15 hands are not a decision
            self.chart.empty_text = self.tr("Voting in progress")
            self.chart.set_chart(None)
            return
        try:
            results = evaluate(vote, people=people)
        except FacilitatorError:  # the moderator sees why; the room sees no chart
            results = {}
        self._show_outcome(vote.method, results.get(self.item_id), final=vote.status != "open")
        items, rows = vote_rows(vote)
        chart = vote_chart(
            vote.method,
            settings(vote),
            [r.id for r in items],
            results,
            rows,
            people.present,
            current=self.item_id,
        )
        if isinstance(chart, Bars) and not self.outcome.isHidden():
            chart = replace(chart, note="")  # said once, in large letters above
        self.chart.set_chart(chart)

    def _show_outcome(self, method: str, figures: dict[str, Any] | None, final: bool) -> None:
        """Adopted or rejected, in the largest letters on the screen; a revealed vote that is
        still running says its outcome is provisional (only a closed vote decides)."""
        if method not in texts.DECIDING or not figures or "result" not in figures:
            return
        title = texts.result_title(figures["result"])
        if not final:
            title = self.tr("So far: %1").replace("%1", title[:1].lower() + title[1:])
        self.outcome.setText(title)
        self.outcome.setStyleSheet(f"color: {RESULT_COLOURS[figures['result']].name()};")
        self.outcome.show()

    # --- what the room sees --------------------------------------------------------------------
    def reveal(self, vote_id: str = "") -> None:
        """Let the room see a running vote's result (the vote on screen when not named)."""
        vote_id = vote_id or self.shown_vote
        if vote_id:
            self.revealed.add(vote_id)
            self.refresh()

    def toggle_blank(self) -> None:
        """An empty screen (the room looks at the speaker), and back."""
        blank = self.pages.currentWidget() is not self.blank
        self.pages.setCurrentWidget(self.blank if blank else self.content)

    def is_blank(self) -> bool:
        return self.pages.currentWidget() is self.blank

    def _vote_text(self, vote: Any, present: int) -> str:
        status = self.tr("voting") if vote.status == "open" else self.tr("closed")
        text = self.tr("%1, round %2: %3 · present %4")
        for key, value in (
            ("%1", texts.method_title(vote.method)),
            ("%2", str(vote.round)),
            ("%3", status),
            ("%4", str(present)),
        ):
            text = text.replace(key, value)
        return text

    # --- looks ---------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setStyleSheet(
            f"ProjectorWindow {{ background: {theme.background.name()}; }}"
            f"QLabel {{ color: {theme.text.name()}; }}"
            f"QPushButton {{ color: {theme.faint.name()}; background: transparent;"
            f" border: 1px solid {theme.faint.name()}; padding: 4px 10px; }}"
        )
        self.setAutoFillBackground(True)
        self.code.setStyleSheet(f"color: {theme.highlight.name()};")
        self.chart.set_theme(theme)
        self.timer_display.refresh()

    def toggle_contrast(self) -> None:
        self.high_contrast = not self.high_contrast
        self.set_theme(HIGH_CONTRAST if self.high_contrast else DARK)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts(event.size().height())

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._scale_fonts(self.height())

    def _scale_fonts(self, window_height: int) -> None:
        height = int(window_height * self.zoom)
        for label, px, bold in (
            (self.code, max(48, height // 10), True),
            (self.outcome, max(72, height // 7), True),  # the largest: the room reads it first
            (self.presenter, max(28, height // 24), False),
            (self.vote_line, max(22, height // 32), False),
            (self.timer_display, max(64, height // 7), True),
        ):
            set_pixel_size(label, px, bold)
        self.chart.text_px = max(20, height // 30)
        self._fit_title()

    def _fit_title(self) -> None:
        """As large as a short title reads best; a long one shrinks to its share of the height."""
        height = max(self.height(), 1)
        width = max(self.content.width() - 80, 200)
        room = int(height * TITLE_SHARE)  # of the real window: zoom does not push the result off
        px = max(MIN_TITLE_PX, int(height * self.zoom) // 14)
        while px > SMALLEST_TITLE_PX and title_height(self.title, px, width) > room:
            px -= 2
        set_pixel_size(self.title, px, True)

    # --- screens and full screen -------------------------------------------------------------
    def show_on_projector(self) -> None:
        """Full screen on a second screen when there is one; else a normal window here."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            other = next(s for s in screens if s is not primary)
            self.setGeometry(other.availableGeometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period):  # as presentation programs do
            self.toggle_blank()
        elif event.key() == Qt.Key.Key_R:
            self.reveal()
        elif event.key() == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in ZOOM_KEYS:
            self.set_zoom(ZOOM_KEYS[Qt.Key(event.key())](self.zoom))
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.WindowStateChange:
            # the room should not see the controls; the moderator needs them in a window
            full = self.isFullScreen()
            self.full_button.setVisible(not full)
            self.contrast_button.setVisible(not full)
