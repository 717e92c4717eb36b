"""Pengaturan › Profil Kantor › Naskah dinas: the invitation number's pattern and the page of the
office's documents (margins, typeface, type size). Each field is stored when it is left; a pattern
the rules refuse is said under it, as it is typed, and is not stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import InvalidInput
from rapat.records.organization import (
    DEFAULT_FONT_SIZE,
    DEFAULT_MARGINS_MM,
    DEFAULT_TYPEFACE,
    MARGIN_FIELDS,
    TYPEFACES,
    ProfileRecord,
)
from rapat.services.naskah_settings import (
    DEFAULT_PATTERN,
    FONT_SIZE_PT,
    MARGIN_MM,
    check_naskah_settings,
    format_number,
    margin_side,
)


class NaskahSettingsBox(QWidget):
    """`store` receives the profile fields to change, already checked."""

    def __init__(self, store: Callable[[dict[str, Any]], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.profile = ProfileRecord()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Naskah dinas"), objectName="sectionTitle"))
        form = QFormLayout()
        box.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(DEFAULT_PATTERN)
        self.pattern.setToolTip(
            self.tr("{n} nomor urut, {bulan} bulan dalam angka Romawi, {tahun} tahun")
        )
        self.pattern.textChanged.connect(self._show_example)
        self.pattern.editingFinished.connect(self._pattern_left)
        self.example = QLabel()
        self.example.setWordWrap(True)
        form.addRow(self.tr("Pola nomor surat undangan"), self.pattern)
        form.addRow("", self.example)
        margins = QHBoxLayout()
        self.margins: dict[str, QDoubleSpinBox] = {}
        for side in MARGIN_FIELDS:
            spin = QDoubleSpinBox()
            spin.setRange(MARGIN_MM[0] / 10, MARGIN_MM[1] / 10)
            spin.setDecimals(1)
            spin.setSingleStep(0.1)
            spin.setSuffix(" cm")
            spin.setMinimumWidth(spin.sizeHint().width())  # "2,5 cm" whole, however narrow the page
            spin.setAccessibleName(self.tr("Margin {side}").format(side=margin_side(side)))
            spin.editingFinished.connect(lambda side=side, spin=spin: self._margin_left(side, spin))
            margins.addWidget(QLabel(margin_side(side).capitalize()))
            margins.addWidget(spin)
            self.margins[side] = spin
        margins.addStretch(1)
        form.addRow(self.tr("Margin"), margins)
        type_row = QHBoxLayout()
        self.typeface = QComboBox()
        labels = {"liberation": self.tr("Liberation Sans (setara Arial)"), "noto": "Noto Sans"}
        for face in TYPEFACES:
            self.typeface.addItem(labels[face], face)
        self.typeface.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.typeface.activated.connect(self._typeface_chosen)
        self.size = QDoubleSpinBox()
        self.size.setRange(*FONT_SIZE_PT)
        self.size.setDecimals(1)
        self.size.setSingleStep(0.5)
        self.size.setSuffix(" pt")
        self.size.setMinimumWidth(self.size.sizeHint().width())
        self.size.setAccessibleName(self.tr("Ukuran huruf"))
        self.size.editingFinished.connect(self._size_left)
        type_row.addWidget(self.typeface)
        type_row.addWidget(self.size)
        type_row.addStretch(1)
        form.addRow(self.tr("Huruf"), type_row)
        self.defaults = QPushButton(self.tr("Kembalikan bawaan"))
        defaults = ", ".join(
            f"{margin_side(side)} {spin.textFromValue(DEFAULT_MARGINS_MM[side] / 10)} cm"
            for side, spin in self.margins.items()
        )
        self.defaults.setToolTip(
            self.tr("Margin {margins}; {face} {size} pt; pola nomor {pattern}").format(
                margins=defaults,
                face=labels[DEFAULT_TYPEFACE],
                size=self.size.textFromValue(DEFAULT_FONT_SIZE),
                pattern=DEFAULT_PATTERN,
            )
        )
        self.defaults.clicked.connect(self._restore_defaults)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.defaults)
        form.addRow(footer)

    def set_read_only(self) -> None:
        self.pattern.setReadOnly(True)
        for widget in (*self.margins.values(), self.typeface, self.size):
            widget.setEnabled(False)
        self.defaults.hide()

    def show_profile(self, profile: ProfileRecord) -> None:
        """Show the profile as read; a field being edited keeps what the person typed."""
        self.profile = profile
        if not self.pattern.hasFocus():
            self.pattern.setText(profile.invitation_pattern or "")
        for side, spin in self.margins.items():
            if not spin.hasFocus():
                spin.setValue(profile.page_margin_mm(side) / 10)
        self.typeface.setCurrentIndex(self.typeface.findData(profile.page_typeface))
        if not self.size.hasFocus():
            self.size.setValue(profile.page_font_size)
        self._show_example()

    def _show_example(self) -> None:
        """The first number of the year the pattern makes, or what is wrong with it."""
        pattern = self.pattern.text().strip() or DEFAULT_PATTERN
        try:
            check_naskah_settings({"invitation_pattern": pattern})
        except InvalidInput as error:
            self._say(str(error), problem=True)
            return
        example = format_number(pattern, 1, date.today())
        self._say(self.tr("Nomor pertama tahun ini: {number}").format(number=example))

    def _say(self, text: str, problem: bool = False) -> None:
        self.example.setText(text)
        self.example.setStyleSheet("color:#b42318;" if problem else "color:#52606d;")

    def _pattern_left(self) -> None:
        pattern = self.pattern.text().strip() or None
        if pattern != self.profile.invitation_pattern:
            self._checked({"invitation_pattern": pattern})

    def _margin_left(self, side: str, spin: QDoubleSpinBox) -> None:
        millimetres = round(spin.value() * 10, 1)
        if millimetres != self.profile.page_margin_mm(side):
            self._checked({MARGIN_FIELDS[side]: millimetres})

    def _typeface_chosen(self) -> None:
        face = self.typeface.currentData()
        if face != self.profile.page_typeface:
            self._checked({"typeface": face})

    def _size_left(self) -> None:
        size = self.size.value()
        if size != self.profile.page_font_size:
            self._checked({"font_size": size})

    def _restore_defaults(self) -> None:
        fields = ("invitation_pattern", *MARGIN_FIELDS.values(), "typeface", "font_size")
        self._checked(dict.fromkeys(fields))

    def _checked(self, changes: dict[str, Any]) -> None:
        """Store the changes if the rules allow them; else say why beside the pattern (the only
        field a person can fill wrongly: the others offer allowed values only)."""
        try:
            check_naskah_settings(changes)
        except InvalidInput as error:
            self._say(str(error), problem=True)
            return
        self._store(changes)
