"""The list of certificates: owner, kind, issuer and validity, ending ones tinted, one row selected."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from rapat.i18n import QT_TR_NOOP, tr
from rapat.models.vocabulary import CertificateKind
from rapat.services.certificates import CertificateRow
from rapat.ui.models import Column, Index, RowsModel
from rapat.ui.text import short_date

WARNING_BACKGROUND = QColor("#fff4d6")
EXPIRED_BACKGROUND = QColor("#fdecea")
KIND_LABELS = {
    CertificateKind.ROOT: QT_TR_NOOP("Akar organisasi"),
    CertificateKind.OFFICER: QT_TR_NOOP("Pejabat penanda tangan"),
    CertificateKind.TRUSTED: QT_TR_NOOP("Tepercaya (pihak lain)"),
}


def validity_text(row: CertificateRow, now: datetime) -> str:
    """How long a certificate still holds, in words: a warning when it ends within 30 days."""
    if row.revoked_at is not None:
        return tr("Dicabut {date}: {reason}").format(
            date=short_date(row.revoked_at.date()), reason=row.revocation_reason
        )
    if row.expired(now):
        return tr("Kedaluwarsa")
    if row.expires_soon(now):
        days = max((row.not_after - now).days, 0)
        return tr("Berakhir dalam {n} hari").format(n=days)
    if row.not_before > now:
        return tr("Belum berlaku")
    return tr("Berlaku")


class CertificateModel(RowsModel):
    """Certificates with their owner, kind, issuer and validity; ending ones tinted."""

    def __init__(self, parent=None) -> None:
        self.now = datetime.now(UTC)
        super().__init__(
            [
                Column(tr("Pemilik"), lambda r: r.owner),
                Column(tr("Jenis"), lambda r: tr(KIND_LABELS.get(r.kind, r.kind))),
                Column(tr("Penerbit"), lambda r: r.issuer),
                Column(tr("Berlaku sejak"), lambda r: short_date(r.not_before.date())),
                Column(tr("Berlaku sampai"), lambda r: short_date(r.not_after.date())),
                Column(tr("Keadaan"), lambda r: validity_text(r, self.now)),
            ],
            parent,
        )

    def set_rows(self, rows) -> None:
        self.now = datetime.now(UTC)
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            if row.expired(self.now) or row.revoked_at is not None:
                return EXPIRED_BACKGROUND
            if row.expires_soon(self.now):
                return WARNING_BACKGROUND
            return None
        return super().data(index, role)


class CertificateTable(QTableView):
    """The certificates in a read-only table where one row at a time is selected."""

    def __init__(self, model: CertificateModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def certificates(self) -> CertificateModel:
        return self.model()

    def selected(self) -> CertificateRow | None:
        rows = self.selectionModel().selectedRows()
        return self.certificates().row_at(rows[0].row()) if rows else None

    def select_certificate(self, certificate_id: int) -> None:
        position = self.certificates().row_of(certificate_id)
        if position >= 0:
            self.selectRow(position)

    def owner_of(self, certificate_id: int) -> str:
        model = self.certificates()
        return model.row_at(model.row_of(certificate_id)).owner
