"""Tampilkan di layar: the room's screen — agenda, the item under discussion, decisions, actions.

A second top-level window in large, high-contrast type with nothing but the meeting's content. It
follows the note-taker's editor and comes to the front full screen on the chosen screen: a second
monitor when there is one (the editor keeps the keyboard), else the laptop's own, where Esc or the
"Kembali" button goes back to the editor. It can be frozen ("Bekukan") while something is corrected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from rapat.ui.text import meeting_state

if TYPE_CHECKING:
    from rapat.records.meeting import MeetingRecord

BACKGROUND, TEXT, ACCENT, MUTED = "#0b1320", "#ffffff", "#ffd166", "#c9d3df"
SHOWN_POINTS, SHOWN_DECISIONS, SHOWN_ACTIONS = 3, 5, 4
LONGEST = 320  # characters of a point on screen; the room reads the start, the minutes keep it all
LONGEST_WAIT = 6 * 3600 * 1000  # ms: the meeting's state is looked at again at least this often


@dataclass
class ProjectorContent:
    meeting: MeetingRecord  # its title, and its time and status for the state shown while empty
    agenda: list[str] = field(default_factory=list)
    current: int = -1
    points: list[tuple[str, str]] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LONGEST else text[:LONGEST].rsplit(" ", 1)[0] + " …"


class ProjectorView(QWidget):
    """The window for the projector; `show_content` is ignored while frozen, shown on thaw."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Rapat — tampilan layar"))
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)  # typing goes on
        self.setStyleSheet(
            f"QWidget#projector {{ background: {BACKGROUND}; }}"
            f"QLabel {{ color: {TEXT}; background: transparent; }}"
            f"QToolButton {{ color: {MUTED}; background: #1c2a3d; border: 1px solid #34465e;"
            " border-radius: 4px; padding: 4px 10px; }"
            f"QToolButton:checked {{ background: {ACCENT}; color: {BACKGROUND}; }}"
        )
        self._content: ProjectorContent | None = None
        self._state = ""  # the meeting's state, said while there is nothing else to show
        self._state_changes = QTimer(self, singleShot=True, timeout=self._state_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.freeze = QToolButton()
        self.freeze.setText(self.tr("Bekukan"))
        self.freeze.setCheckable(True)
        self.freeze.setToolTip(self.tr("Bekukan tampilan selagi notula diperbaiki (Ctrl+B)"))
        self.freeze.setShortcut(QKeySequence("Ctrl+B"))
        self.freeze.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.freeze.toggled.connect(self._frozen)
        top.addWidget(self.freeze, 0, Qt.AlignmentFlag.AlignTop)
        self.screen_button = QToolButton()
        self.screen_button.setText(self.tr("Layar"))
        self.screen_button.setToolTip(self.tr("Pilih layar untuk tampilan ini"))
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.screen_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_button.setMenu(QMenu(self.screen_button))
        self.screen_button.menu().aboutToShow.connect(self._list_screens)
        top.addWidget(self.screen_button, 0, Qt.AlignmentFlag.AlignTop)
        self.back = QToolButton()
        self.back.setText(self.tr("Kembali (Esc)"))
        self.back.setToolTip(self.tr("Tutup tampilan layar dan kembali ke notula"))
        self.back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(self.close)
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.setSpacing(36)
        self.agenda = QLabel()
        self.agenda.setWordWrap(True)
        self.agenda.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.agenda, 3)
        self.main = QLabel()
        self.main.setWordWrap(True)
        self.main.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.main, 7)
        self.check_in = QWidget()
        column = QVBoxLayout(self.check_in)
        column.setContentsMargins(0, 0, 0, 0)
        self.check_in_caption = QLabel(self.tr("Isi daftar hadir dari ponsel: pindai kode ini"))
        self.check_in_code = QLabel()
        self.check_in_address = QLabel()
        for label in (self.check_in_caption, self.check_in_code, self.check_in_address):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        column.addStretch(1)
        self.check_in.hide()
        body.addWidget(self.check_in, 0)
        self._check_in_url = ""
        layout.addLayout(body, 1)
        for label in (self.title, self.agenda, self.main):
            label.setTextFormat(Qt.TextFormat.RichText)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        self._size_type()

    @property
    def frozen(self) -> bool:
        return self.freeze.isChecked()

    def show_content(self, content: ProjectorContent) -> None:
        self._content = content
        if not self.frozen:
            self._render()

    def show_check_in(self, url: str) -> None:
        """Self check-in's QR code beside the content, large enough to scan across a room; ""
        takes it off. Shown even while frozen: it is not part of the minutes."""
        self._check_in_url = url
        self.check_in.setVisible(bool(url))
        if url:
            self._render_check_in()

    def _render_check_in(self) -> None:
        from rapat.ui.self_check_in_panel import qr_pixmap

        side = max(160, min(self.height() // 2, self.width() // 4))
        self.check_in_code.setPixmap(qr_pixmap(self._check_in_url, side))
        self.check_in_caption.setStyleSheet(f"color: {ACCENT}; font-size: {int(self._px * 0.8)}px;")
        self.check_in_address.setStyleSheet(f"color: {MUTED}; font-size: {int(self._px * 0.5)}px;")
        self.check_in_address.setText(self._check_in_url)
        self.check_in.setFixedWidth(side + 40)

    def _frozen(self, on: bool) -> None:
        self.freeze.setText(self.tr("Dibekukan") if on else self.tr("Bekukan"))
        if not on and self._content is not None:
            self._render()

    def place(self, editor: QWidget | None = None) -> bool:
        """Full screen, in front, on the chosen screen: the one picked last time if it is there,
        else one other than the editor's, else the editor's own. True when it shares the
        editor's screen (then it has the keyboard, and Esc goes back)."""
        own = editor.screen() if editor is not None else QGuiApplication.primaryScreen()
        screen = self.chosen_screen(own)
        shared = screen is own
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not shared)
        self.screen_button.setVisible(len(QGuiApplication.screens()) > 1)
        self._show_on(screen)
        if shared:
            self.activateWindow()
        return shared

    @staticmethod
    def chosen_screen(own: QScreen) -> QScreen:
        screens = QGuiApplication.screens()
        remembered = QSettings().value("projector/screen", "")
        for screen in screens:
            if screen.name() == remembered:
                return screen
        others = [s for s in screens if s is not own]
        return others[0] if others else own

    def _show_on(self, screen: QScreen) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()

    def _list_screens(self) -> None:
        menu = self.screen_button.menu()
        menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            text = self.tr("Layar {n}: {name} ({w}×{h})").format(
                n=number, name=screen.name(), w=size.width(), h=size.height()
            )
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(screen is self.screen())
            action.triggered.connect(lambda _on, screen=screen: self._choose(screen))

    def _choose(self, screen: QScreen) -> None:
        QSettings().setValue("projector/screen", screen.name())
        self._show_on(screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_type()

    def _size_type(self) -> None:
        self._px = max(18, min(self.height() // 24, self.width() // 40))
        if self._content is not None and not self.frozen:
            self._render()
        if self._check_in_url:
            self._render_check_in()

    def _state_changed(self) -> None:
        if self._content is not None and not self.frozen:
            self._render()

    def _render(self) -> None:
        """Show the content in the largest type (down to 60 %) that lets everything fit."""
        now = datetime.now(UTC)
        self._state, changes = meeting_state(self._content.meeting, now)
        if changes is None:
            self._state_changes.stop()
        else:  # "belum dimulai" becomes "sedang berlangsung" on time, typing or not
            wait = int((changes - now).total_seconds() * 1000) + 1
            self._state_changes.start(min(LONGEST_WAIT, wait))  # early: it is armed again
        px = self._px
        while True:
            self._render_at(px)
            room = self.main.height()
            if px <= self._px * 0.6 or room <= 0:
                return
            if self.main.heightForWidth(self.main.width()) <= room:
                return
            px = int(px * 0.9)

    def _render_at(self, px: int) -> None:
        c = self._content
        self.title.setText(
            f"<div style='font-size:{int(px * 1.25)}px; font-weight:700'>"
            f"{escape(c.meeting.title)}</div>"
        )
        items = []
        for i, title in enumerate(c.agenda):
            if i == c.current:
                items.append(
                    f"<p style='color:{ACCENT}; font-weight:700'>▶ {i + 1}. {escape(title)}</p>"
                )
            else:
                items.append(f"<p style='color:{MUTED}'>{i + 1}. {escape(title)}</p>")
        self.agenda.setText(
            f"<div style='font-size:{int(px * 0.8)}px'>"
            f"<p style='color:{MUTED}; font-weight:700'>{self.tr('ACARA')}</p>{''.join(items)}</div>"
        )
        self.main.setText(f"<div style='font-size:{px}px'>{''.join(self._main_parts(c))}</div>")

    def _main_parts(self, c: ProjectorContent) -> list[str]:
        parts = []
        if 0 <= c.current < len(c.agenda):
            parts.append(
                f"<p style='color:{ACCENT}; font-weight:700'>"
                f"{escape(self.tr('Sedang dibahas'))}: {escape(c.agenda[c.current])}</p>"
            )
        for speaker, text in c.points[-SHOWN_POINTS:]:
            who = f"<b>{escape(speaker)}</b>: " if speaker.strip() else ""
            parts.append(f"<p>{who}{escape(_short(text))}</p>")
        if c.decisions:
            parts.append(self._list(self.tr("Keputusan"), c.decisions, SHOWN_DECISIONS))
        if c.actions:
            parts.append(self._list(self.tr("Tindak lanjut"), c.actions, SHOWN_ACTIONS))
        if not parts:
            parts.append(f"<p style='color:{MUTED}'>{escape(self._state)}</p>")
        return parts

    def _list(self, heading: str, lines: list[str], shown: int) -> str:
        start = max(0, len(lines) - shown)
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{start + i + 1}.</td>"
            f"<td>{escape(_short(line))}</td></tr>"
            for i, line in enumerate(lines[start:])
        )
        return (
            f"<p style='color:{ACCENT}; font-weight:700; margin-top:12px'>{escape(heading)}</p>"
            f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
        )
