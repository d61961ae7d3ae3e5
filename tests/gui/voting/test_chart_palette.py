"""The in-app charts follow the palette: readable on a dark desktop, not a white box."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage, QPalette

from facilitator.gui.voting.chart_data import Bar, Bars
from facilitator.gui.voting.charts import ChartView
from facilitator.gui.voting.colours import HIGH_CONTRAST


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1b1b1b"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Mid, "#555555"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def rendered(view: ChartView) -> QImage:
    view.resize(480, 260)
    return view.grab().toImage()


def test_a_chart_on_a_dark_palette_is_dark_with_light_text(qtbot: Any) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(Bars([Bar("1.1 Roads", 12, "12"), Bar("1.2 Schools", 7, "7")], 12))
    light = rendered(view).pixelColor(2, 2)
    assert light.lightness() > 200  # the default palette: a light chart
    view.setPalette(dark_palette())
    image = rendered(view)
    assert image.pixelColor(2, 2).name() == "#1b1b1b"  # the palette's base, not white
    assert view.colours().text.name() == "#eeeeee"
    texts = {image.pixelColor(x, y).name() for x in range(0, 480, 2) for y in range(0, 260, 2)}
    assert "#eeeeee" in texts or any(QColor(t).lightness() > 200 for t in texts)
    # the projector's own theme still wins over the palette
    view.set_theme(HIGH_CONTRAST)
    assert rendered(view).pixelColor(2, 2).name() == "#000000"
