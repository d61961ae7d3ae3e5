"""The voting GUI: vote dialog, results view, projector window and timer, for the main window."""

from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.dialog import VoteDialog
from facilitator.gui.voting.panel import VotePanel
from facilitator.gui.voting.projector import ProjectorWindow
from facilitator.gui.voting.results_view import ResultsView
from facilitator.gui.voting.texts import result_text, result_tooltip
from facilitator.gui.voting.timer import Timer
from facilitator.gui.voting.timer_widget import TimerWidget

__all__ = [
    "ProjectorWindow",
    "ResultsView",
    "Timer",
    "TimerWidget",
    "VoteControl",
    "VoteDialog",
    "VotePanel",
    "result_text",
    "result_tooltip",
]
