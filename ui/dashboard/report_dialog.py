""" "Write the report…": the report's language, where the PDF goes and, if wanted, the same
figures as an .xlsx beside it. The dialog only asks; the page writes (off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import DocumentLanguage
from ui.forms.fields import ERROR_STYLE
from ui.models.labels import document_language_label


@dataclass(frozen=True)
class ReportChoice:
    """What the coordinator asked for: the PDF, its language, and the .xlsx (or None)."""

    pdf: Path
    language: str  # it | ja | en
    xlsx: Path | None


class ReportDialog(QDialog):
    """Asks for a :class:`ReportChoice`; ``choice()`` after it was accepted."""

    def __init__(self, folder: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Write the report"))
        self.language = QComboBox(self)
        for code in (DocumentLanguage.IT, DocumentLanguage.JA, DocumentLanguage.EN):
            self.language.addItem(document_language_label(code), code.value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.pdf = QLineEdit(str(folder / "mission-report.pdf"), self)
        self.pdf_browse = QPushButton(self.tr("Choose…"), self)
        self.with_xlsx = QCheckBox(self.tr("Also the figures as a spreadsheet (.xlsx)"), self)
        self.xlsx = QLineEdit(str(folder / "mission-figures.xlsx"), self)
        self.xlsx_browse = QPushButton(self.tr("Choose…"), self)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf, 1)
        pdf_row.addWidget(self.pdf_browse)
        xlsx_row = QHBoxLayout()
        xlsx_row.addWidget(self.xlsx, 1)
        xlsx_row.addWidget(self.xlsx_browse)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Report (PDF):"), pdf_row)
        form.addRow("", self.with_xlsx)
        form.addRow(self.tr("Spreadsheet:"), xlsx_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

        self.pdf_browse.clicked.connect(self._choose_pdf)
        self.xlsx_browse.clicked.connect(self._choose_xlsx)
        self.with_xlsx.toggled.connect(self._xlsx_toggled)
        self._xlsx_toggled(False)

    def _xlsx_toggled(self, on: bool) -> None:
        self.xlsx.setEnabled(on)
        self.xlsx_browse.setEnabled(on)

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the report"), self.pdf.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.pdf.setText(path)

    def _choose_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("The figures"), self.xlsx.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.xlsx.setText(path)

    def choice(self) -> ReportChoice | None:
        """The choice the fields describe, or None (with the reason shown) when incomplete."""
        pdf = self.pdf.text().strip()
        if not pdf:
            self._refuse(self.tr("Say where the report goes."))
            return None
        xlsx: Path | None = None
        if self.with_xlsx.isChecked():
            text = self.xlsx.text().strip()
            if not text:
                self._refuse(self.tr("Say where the spreadsheet goes, or untick it."))
                return None
            xlsx = self._path(text, ".xlsx")
        language = str(self.language.currentData() or "en")
        return ReportChoice(self._path(pdf, ".pdf"), language, xlsx)

    def _path(self, text: str, suffix: str) -> Path:
        """A file typed without a folder goes in the documents folder, not wherever Ponte
        was started; the suffix added when it is missing."""
        path = Path(text).expanduser()
        path = path if path.is_absolute() else self.folder / path
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _accept(self) -> None:
        if self.choice() is not None:
            self.accept()
