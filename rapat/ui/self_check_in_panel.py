"""Pendaftaran mandiri in the Daftar Hadir: open self check-in, show its QR code, close it.

The panel owns one rapat.kiosk server for its meeting. The server's threads put each stored check-in
on a queue, which a timer drains on the window's thread into the `arrived` signal: PySide6 loses
count of references when many Python objects are sent through signals from threads Qt did not
start, which crashed the application under load. Closing, the panel
going away (finalizing rebuilds the tab, closing the meeting removes it) and quitting stop the server.
"""

from __future__ import annotations

import io
import queue

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.services.attendance_list import AttendanceRow
from rapat.ui.context import Context

QR_SIDE = 240  # pixels of the code in the panel; the projector draws it larger
ARRIVALS_MS = 250  # how often stored check-ins are taken from the server's queue


def qr_pixmap(url: str, side: int) -> QPixmap:
    """The address as a QR code about `side` pixels wide, dark on white with its quiet zone."""
    import segno  # loaded when check-in is opened, not when the window starts

    code = segno.make(url, error="m")
    scale = max(1, side // code.symbol_size(border=4)[0])
    data = io.BytesIO()
    code.save(data, kind="png", scale=scale, border=4, dark="#000", light="#fff")
    pixmap = QPixmap()
    pixmap.loadFromData(data.getvalue(), "PNG")
    return pixmap


class SelfCheckInPanel(QFrame):
    """A button to open self check-in; while open, the QR code, the address and the commands."""

    arrived = Signal(object)  # AttendanceRow of a check-in stored from a phone
    project = Signal(str)  # the address to show on the projector; "" takes it off

    def __init__(
        self, context: Context, meeting_id: int, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.server = None
        self._arrivals: queue.SimpleQueue[AttendanceRow] = queue.SimpleQueue()
        self._drain = QTimer(self, interval=ARRIVALS_MS, timeout=self._take_arrivals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Buka pendaftaran mandiri"))
        self.open_button.setToolTip(
            self.tr(
                "Peserta mengisi daftar hadir dan tanda tangan dari ponselnya, lewat Wi-Fi tempat "
                "rapat atau hotspot laptop ini."
            )
        )
        self.open_button.setEnabled(not read_only)
        self.open_button.clicked.connect(self.open_check_in)
        row.addWidget(self.open_button)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("bannerText")
        row.addWidget(self.problem, 1)
        layout.addLayout(row)
        self.details = QFrame()
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(self.details)
        self.qr = QLabel()
        self.qr.setFixedSize(QR_SIDE + 16, QR_SIDE + 16)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.qr)
        side = QVBoxLayout()
        heading = QLabel(self.tr("Pendaftaran mandiri dibuka"))
        heading.setStyleSheet("font-weight: 600; font-size: 15pt;")
        side.addWidget(heading)
        explain = QLabel(
            self.tr(
                "Peserta memindai kode ini dengan kamera ponsel, lalu mencari namanya dan "
                "bertanda tangan. Ponsel harus tersambung ke jaringan yang sama dengan laptop ini."
            )
        )
        explain.setWordWrap(True)
        side.addWidget(explain)
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("font-family: monospace;")
        self.address.setWordWrap(True)
        side.addWidget(self.address)
        side.addStretch(1)
        buttons = QHBoxLayout()
        self.project_button = QPushButton(self.tr("Tampilkan di layar"))
        self.project_button.clicked.connect(lambda: self.project.emit(self.url))
        buttons.addWidget(self.project_button)
        self.close_button = QPushButton(self.tr("Tutup pendaftaran"))
        self.close_button.clicked.connect(self.close_check_in)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        box.addLayout(side, 1)
        self.details.hide()
        layout.addWidget(self.details)

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def open_check_in(self, host: str | None = None, port: int | None = None) -> bool:
        """Start the server (the LAN address by default) and show its QR code; False if refused."""
        from rapat.kiosk.server import DEFAULT_PORT, KioskServer

        self.close_check_in()
        server = KioskServer(self.context.db, self.meeting_id, self._arrivals.put)
        try:
            url = server.start(host or None, DEFAULT_PORT if port is None else port)
        except RapatError as error:
            self.problem.setText(error.message)
            return False
        self.server = server
        # The server must not outlive its panel, whatever removes the panel, nor the application.
        self.destroyed.connect(server.stop)
        QCoreApplication.instance().aboutToQuit.connect(server.stop)
        self._drain.start()
        self.problem.clear()
        self.qr.setPixmap(qr_pixmap(url, QR_SIDE))
        self.address.setText(url)
        self.open_button.hide()
        self.details.show()
        return True

    def close_check_in(self) -> None:
        """Stop the server: the address stops working and a new opening gets a new one."""
        if self.server is None:
            return
        server, self.server = self.server, None
        server.stop()
        self._drain.stop()
        self._take_arrivals()
        self.details.hide()
        self.open_button.show()
        self.project.emit("")

    def _take_arrivals(self) -> None:
        while True:
            try:
                row = self._arrivals.get_nowait()
            except queue.Empty:
                return
            self.arrived.emit(row)

    def show_arrival(self, row: AttendanceRow) -> str:
        """The message the desk sees when someone checked in from a phone."""
        return self.tr("{name} mengisi daftar hadir dari ponsel.").format(name=row.name)
