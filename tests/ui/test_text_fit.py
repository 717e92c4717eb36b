"""Point 8 of the newcomer's list: at 1366x768 the texts a secretariat reads show whole — the
Daftar Hadir's Keterangan, the register's descriptions, the Direktori's institutions and the
officers' positions and ranks in the new-meeting dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip
from text_fit_helpers import CONTENT_HEIGHT, CONTENT_WIDTH, cut_cells
from workspace_helpers import open_workspace, settle

from rapat.services import attendance as att
from rapat.services import directory as d
from rapat.services.actions import add_action
from rapat.ui.attendance_model import INSTITUTION_COLUMN, STATUS_COLUMN
from rapat.ui.directory_view import DirectoryView
from rapat.ui.meeting_form import NewMeetingDialog
from rapat.ui.register_view import RegisterView

LONG_INSTITUTIONS = [
    "Badan Penanggulangan Bencana Daerah Kabupaten Lembah Hijau",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Kepolisian Resor Lembah Hijau",
]


def test_the_keterangan_of_a_representative_reads_whole_at_1366(
    qtbot, context, database, door_meeting
):
    with database.session() as s:
        att.add_walk_in(
            s,
            door_meeting,
            "Kompol Andi Pratama, S.I.K.",
            "Polres Lembah Hijau",
            position="Wakapolres",
            representing="Kapolres Palu",
        )
        att.add_walk_in(
            s,
            door_meeting,
            "Ir. Made Wirawan, M.T.",
            LONG_INSTITUTIONS[0],
            position="Kepala Bidang Pencegahan dan Kesiapsiagaan",
            representing="Kepala Pelaksana BPBD",
        )
    workspace = open_workspace(qtbot, context, door_meeting)
    workspace.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    table = workspace.attendance.participants.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 5)
    qtbot.wait(50)
    statuses = [table.model().index(r, STATUS_COLUMN).data() for r in range(5)]
    assert "Mewakili Kapolres Palu" in statuses
    assert cut_cells(table, [1, 2, INSTITUTION_COLUMN, STATUS_COLUMN]) == []


def test_the_register_shows_a_description_of_a_sentence(qtbot, context, database, example_meeting):
    sentence = "Menyiapkan rencana kontinjensi banjir bandang untuk tiga kecamatan rawan"
    with database.session() as s:
        add_action(s, example_meeting, sentence, LONG_INSTITUTIONS[1], due=date(2025, 1, 15))
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: sentence in [r.description for r in view.model.rows()])
    qtbot.wait(50)
    cut = cut_cells(view.table, [0, 1])
    assert sentence not in cut and LONG_INSTITUTIONS[1] not in cut


def test_the_directory_shows_long_institution_names_whole(qtbot, context, database):
    with database.session() as s:
        for name in LONG_INSTITUTIONS:
            d.save_institution(s, None, name, None)
    view = DirectoryView(context)
    qtbot.addWidget(view)
    view.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.institutions.rowCount() == 3)
    qtbot.wait(50)
    assert cut_cells(view.institution_table, [0]) == []


def test_the_officers_position_and_rank_fit_in_the_new_meeting_dialog(qtbot, context):
    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 707
    chair = dialog.form.officers["chair"]
    samples = {
        chair.name: "Drs. H. Muhammad Ridwan Kamil, M.Si.",
        chair.position: "Kepala Badan Kesatuan Bangsa dan Politik",
        chair.rank: "Pembina Utama Muda (IV/c)",
        chair.nip: "196805121990031007",
    }
    for edit, text in samples.items():
        edit.setText(text)
        room = edit.contentsRect().width() - 8
        assert edit.fontMetrics().horizontalAdvance(text) <= room, text


def test_a_field_too_narrow_shows_its_whole_text_as_tooltip(qtbot, context):
    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    position = dialog.form.officers["secretary"].position
    text = "Kepala Sub Bagian Tata Usaha pada Badan Kesatuan Bangsa dan Politik Kabupaten"
    position.setText(text)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(5, 5), position.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(position, event)
    assert QToolTip.isVisible() and QToolTip.text() == text
    QToolTip.hideText()


def test_the_meeting_list_shows_a_long_title_whole(qtbot, context, database):
    from datetime import time

    from rapat.services.meetings import create_meeting
    from rapat.ui.meeting_list_view import MeetingListView

    title = "Rapat Koordinasi Lintas Sektor Kesiapsiagaan Menghadapi Bencana Hidrometeorologi"
    with database.session() as s:
        create_meeting(
            s,
            title=title,
            date=date(2026, 12, 3),
            start_time=time(9),
            location="Aula Badan Penanggulangan Bencana Daerah Kabupaten Lembah Hijau",
        )
    view = MeetingListView(context)
    qtbot.addWidget(view)
    view.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.wait(50)
    assert cut_cells(view.table, [2, 3]) == []


def _drag_edge(qtbot, table, column: int, by: int) -> None:
    """Drag the right edge of a column's heading by `by` pixels, as a mouse would."""
    head = table.horizontalHeader()
    edge = head.sectionViewportPosition(column) + head.sectionSize(column) - 1
    start = QPoint(edge, head.height() // 2)
    qtbot.mousePress(head.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(start + QPoint(by * step // 4, 0)),
            QPointF(head.viewport().mapToGlobal(start + QPoint(by * step // 4, 0))),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(head.viewport(), move)
    qtbot.mouseRelease(head.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(by, 0))


def _widths(table) -> list[int]:
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def test_a_column_widened_by_hand_keeps_its_width_while_the_table_fits(qtbot, context, database):
    """The meeting list at 1366: the title's edge dragged 150 px wider, the place gives the room
    and the columns still fill the width; the hand-set width outlives a wider window and a
    refresh, gives way when the window becomes too narrow for it, and a double click on the
    edge gives the fitted width back. A cut text still shows whole in its tooltip."""
    from datetime import time

    from rapat.services.meetings import create_meeting
    from rapat.ui.meeting_list_view import MeetingListView

    place = "; ".join(["Aula Badan Penanggulangan Bencana Daerah Kabupaten Lembah Hijau"] * 3)
    with database.session() as s:
        create_meeting(
            s, title="Rakor Bencana", date=date(2026, 12, 3), start_time=time(9), location=place
        )
    view = MeetingListView(context)
    qtbot.addWidget(view)
    view.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    view.show()
    view.refresh()
    table = view.table
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    room = table.viewport().width()
    fitted = _widths(table)
    assert sum(fitted) == room

    _drag_edge(qtbot, table, 2, 150)
    widened = _widths(table)
    assert widened[2] == fitted[2] + 150
    assert widened[3] == fitted[3] - 150 and sum(widened) == room
    assert widened[:2] == fitted[:2] and widened[4:] == fitted[4:]

    view.resize(CONTENT_WIDTH + 200, CONTENT_HEIGHT)
    qtbot.waitUntil(lambda: table.viewport().width() > room)
    assert table.columnWidth(2) == widened[2]  # kept; the place takes the new room
    assert sum(_widths(table)) == table.viewport().width()
    view.refresh()
    settle(qtbot)
    assert table.columnWidth(2) == widened[2]

    view.resize(1024 - 110, CONTENT_HEIGHT)  # the narrowest window: no room for it any more
    qtbot.waitUntil(lambda: table.viewport().width() < room)
    assert sum(_widths(table)) == table.viewport().width()
    assert table.columnWidth(3) >= table.fontMetrics().horizontalAdvance("MMMMMM")

    view.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    qtbot.waitUntil(lambda: table.viewport().width() == room)
    _drag_edge(qtbot, table, 2, 150)
    assert table.columnWidth(2) == fitted[2] + 150
    head = table.horizontalHeader()
    edge = QPoint(head.sectionViewportPosition(2) + head.sectionSize(2) - 1, head.height() // 2)
    qtbot.mouseDClick(head.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert _widths(table) == fitted

    cell = table.visualRect(view.model.index(0, 3)).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.isVisible() and QToolTip.text() == place
    QToolTip.hideText()
