"""A vote's chart drawn with QPainter: horizontal bars, or the effect × feasibility matrix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.gui.voting.chart_data import Bars, Chart, Matrix
from facilitator.gui.voting.colours import Theme, palette_theme

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
ELIDE = Qt.TextElideMode.ElideRight


class ChartView(QWidget):
    """Draws whatever chart it is given; `text_px` sets the type size (big on the projector)."""

    def __init__(self, parent: Any = None, text_px: int = 14) -> None:
        super().__init__(parent)
        self.chart: Chart = None
        self.theme: Theme | None = None  # None: the colours of the application's palette
        self.text_px = text_px
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def colours(self) -> Theme:
        """The theme set (the projector's), else one made of the palette: a dark desktop
        gets a dark chart."""
        return self.theme or palette_theme(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.background)
        font = QFont(self.font())
        font.setPixelSize(self.text_px)
        painter.setFont(font)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if isinstance(self.chart, Bars) and self.chart.bars:
            BarPainter(painter, theme, self.text_px).draw(self.chart, area)
        elif isinstance(self.chart, Matrix):
            self._matrix(painter, theme, self.chart, area)
        else:
            painter.setPen(theme.faint)
            painter.drawText(area, CENTRE, self.empty_text)
        painter.end()

    def _matrix(self, painter: QPainter, theme: Theme, chart: Matrix, area: QRectF) -> None:
        """The matrix; its side bars (means per criterion) to the right when there is room."""
        side = chart.side if chart.side and chart.side.bars else None
        if side is None or area.width() < area.height() * 1.4:
            MatrixPainter(painter, theme, self.text_px).draw(chart, area)
            return
        width = min(area.width() * 0.55, area.height() + self.text_px * 3)
        MatrixPainter(painter, theme, self.text_px).draw(
            chart, QRectF(area.left(), area.top(), width, area.height())
        )
        gap = self.text_px * 1.5
        right = QRectF(area.left() + width + gap, area.top(), area.width() - width - gap, 0)
        right.setBottom(area.bottom())
        BarPainter(painter, theme, self.text_px).draw(side, right)


class BarPainter:
    def __init__(self, painter: QPainter, theme: Theme, px: int) -> None:
        self.p, self.theme, self.px = painter, theme, px

    def draw(self, chart: Bars, area: QRectF) -> None:
        line = self.px * 1.5
        if chart.note:
            self._note(chart.note, QRectF(area.left(), area.top(), area.width(), line * 1.4))
            area = area.adjusted(0, line * 1.6, 0, 0)
        if chart.marker is not None:
            area = area.adjusted(0, 0, 0, -line)  # room for the marker's label below
        metrics = self.p.fontMetrics()
        label_w = min(area.width() * 0.4, self._widest(chart) + self.px)
        value_w = max(metrics.horizontalAdvance(bar.text) for bar in chart.bars) + self.px
        bars = QRectF(
            area.left() + label_w, area.top(), area.width() - label_w - value_w, area.height()
        )
        step = min(area.height() / len(chart.bars), line * 2.4)
        for row, bar in enumerate(chart.bars):
            top = area.top() + row * step
            self._bar(
                bar, chart.maximum, QRectF(area.left(), top, area.width(), step), label_w, bars
            )
        if chart.marker is not None:
            self._marker(chart, bars, area.top() + step * len(chart.bars))

    def _widest(self, chart: Bars) -> float:
        metrics = self.p.fontMetrics()
        return max(metrics.horizontalAdvance(bar.label) for bar in chart.bars)

    def _note(self, text: str, rect: QRectF) -> None:
        font = QFont(self.p.font())
        font.setBold(True)
        font.setPixelSize(round(self.px * 1.3))  # the outcome is the news: larger than the bars
        self.p.save()
        self.p.setFont(font)
        self.p.setPen(self.theme.text)
        self.p.drawText(rect, ALIGN_LEFT, text)
        self.p.restore()

    def _bar(self, bar: Any, maximum: float, row: QRectF, label_w: float, bars: QRectF) -> None:
        label = QRectF(row.left(), row.top(), label_w - self.px * 0.5, row.height())
        self.p.setPen(self.theme.highlight if bar.highlight else self.theme.text)
        elided = self.p.fontMetrics().elidedText(bar.label, ELIDE, int(label.width()))
        self.p.drawText(label, ALIGN_RIGHT, elided)
        length = bars.width() * (bar.value / maximum if maximum else 0)
        body = QRectF(bars.left(), row.top() + row.height() * 0.15, length, row.height() * 0.7)
        colour = bar.colour or self.theme.bar
        self.p.fillRect(body, colour)
        if bar.highlight:
            self.p.setPen(QPen(self.theme.highlight, max(2.0, self.px / 8)))
            self.p.drawRect(body)
        self.p.setPen(self.theme.text)
        value = QRectF(body.right() + self.px * 0.4, row.top(), self.px * 20, row.height())
        self.p.drawText(value, ALIGN_LEFT, bar.text)

    def _marker(self, chart: Bars, bars: QRectF, bottom: float) -> None:
        assert chart.marker is not None
        x = bars.left() + bars.width() * min(chart.marker / chart.maximum, 1.0)
        self.p.setPen(QPen(self.theme.text, 2, Qt.PenStyle.DashLine))
        self.p.drawLine(QPointF(x, bars.top()), QPointF(x, bottom))
        rect = QRectF(x - self.px * 8, bottom, self.px * 16, self.px * 1.5)
        self.p.drawText(rect, CENTRE, chart.marker_text)


class MatrixPainter:
    QUADRANTS = (  # (id, column, row) with row 0 at the top: high effect
        ("major_project", 0, 0),
        ("quick_win", 1, 0),
        ("time_sink", 0, 1),
        ("fill_in", 1, 1),
    )

    def __init__(self, painter: QPainter, theme: Theme, px: int) -> None:
        self.p, self.theme, self.px = painter, theme, px

    def draw(self, chart: Matrix, area: QRectF) -> None:
        side = min(area.width() - self.px * 3, area.height() - self.px * 3)
        plot = QRectF(area.left() + self.px * 2.5, area.top(), side, side)
        plot.moveLeft(area.center().x() - side / 2 + self.px)
        self._grid(chart, plot)
        self._axes(chart, plot)
        span = (chart.high - chart.low) or 1.0
        for point in sorted(chart.points, key=lambda p: p.highlight):
            x = plot.left() + plot.width() * (point.x - chart.low) / span
            y = plot.bottom() - plot.height() * (point.y - chart.low) / span
            self._point(point.label, QPointF(x, y), point.highlight)

    def _grid(self, chart: Matrix, plot: QRectF) -> None:
        half = plot.width() / 2
        muted = QColor(self.theme.text)
        muted.setAlpha(150)  # quadrant titles: readable, yet quieter than the points
        self.p.save()
        font = QFont(self.p.font())
        if half < self.px * 12:  # a narrow cell (the projector's, beside bars): smaller titles
            font.setPixelSize(max(10, round(self.px * 0.8)))
        self.p.setFont(font)
        for key, column, row in self.QUADRANTS:
            cell = QRectF(plot.left() + column * half, plot.top() + row * half, half, half)
            self.p.setPen(QPen(self.theme.faint, 1))
            self.p.drawRect(cell)
            self.p.setPen(muted)
            self.p.drawText(
                cell.adjusted(6, 4, -6, -4),
                Qt.AlignmentFlag.AlignTop
                | Qt.AlignmentFlag.AlignHCenter
                | Qt.TextFlag.TextWordWrap,
                chart.quadrants.get(key, ""),
            )
        self.p.restore()

    def _axes(self, chart: Matrix, plot: QRectF) -> None:
        self.p.setPen(self.theme.text)
        below = QRectF(plot.left(), plot.bottom() + 2, plot.width(), self.px * 1.5)
        self.p.drawText(below, CENTRE, f"{chart.x_title} \u2192")
        self.p.save()
        self.p.translate(plot.left() - self.px * 0.6, plot.center().y())
        self.p.rotate(-90)
        self.p.drawText(
            QRectF(-plot.height() / 2, -self.px * 1.5, plot.height(), self.px * 1.5),
            CENTRE,
            f"{chart.y_title} \u2192",
        )
        self.p.restore()

    def _point(self, label: str, at: QPointF, highlight: bool) -> None:
        radius = self.px * (0.55 if highlight else 0.4)
        colour = self.theme.highlight if highlight else self.theme.bar
        self.p.setPen(QPen(self.theme.background, 1.5))
        self.p.setBrush(QColor(colour))
        self.p.drawEllipse(at, radius, radius)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.setPen(self.theme.highlight if highlight else self.theme.text)
        self.p.drawText(QPointF(at.x() + radius + 3, at.y() + self.px * 0.35), label)
