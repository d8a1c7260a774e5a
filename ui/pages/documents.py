"""The Documents page: choose what to print and for whom, make it in the background with
progress and cancel, preview it inside the window, open the folder it went to."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.model.enums import DocumentLanguage
from app.services.badge_layout_names import layout_choices
from app.services.documents import (
    DEFAULT_LAYOUT,
    DocumentKind,
    DocumentOrder,
    DocumentsCancelled,
    Produced,
    QrContent,
    ReadOrder,
    layout_notes,
    produce,
    read_order,
)
from app.services.participants import ParticipantRow, list_participants
from ui.cancel import CancelFlag
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.models.common import both_scripts
from ui.models.loader import RowsLoader
from ui.pages.base import Page
from ui.widgets.counting_progress import CountingProgressBar
from ui.widgets.people_picker import PeoplePicker


class _ProgressRelay(QObject):
    """Emitted from the compute worker; the queued connection lands on the UI thread."""

    progress = Signal(int, int)


class DocumentsPage(Page):
    """Badges, personal and organisation agendas, table sheets and the master grid."""

    page_id = "documents"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._cancel: CancelFlag | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)

        self.kind = QComboBox(self)
        for kind, text in (
            (DocumentKind.BADGES, self.tr("Badges")),
            (DocumentKind.PERSONAL_AGENDAS, self.tr("Personal agendas")),
            (DocumentKind.ORGANISATION_AGENDAS, self.tr("Organisation agendas")),
            (DocumentKind.SHEETS, self.tr("Table sheets and master grid")),
            (DocumentKind.CALENDARS, self.tr("Calendar files (.ics)")),
            (DocumentKind.BOOKLET, self.tr("Programme booklet (two languages)")),
        ):
            self.kind.addItem(text, kind)

        self.everyone = QRadioButton(self.tr("Everyone"), self)
        self.chosen = QRadioButton(self.tr("The participants selected below"), self)
        self.everyone.setChecked(True)
        self._whom = QButtonGroup(self)
        self._whom.addButton(self.everyone)
        self._whom.addButton(self.chosen)
        self.people_filter = QLineEdit(self)
        self.people_filter.setPlaceholderText(self.tr("Filter by name or organisation…"))
        self.people = PeoplePicker(self)

        self.layout_choice = QComboBox(self)
        language = current_language()
        # what each layout lets and asks: crop marks or not, its printing notes
        self._cuts: dict[str, bool] = {}
        self._per_page: dict[str, int] = {}
        self._notes: dict[str, str] = {}
        for choice in layout_choices():  # "A4 sheet, 10 badges 90 × 54 mm", not "a4-90x54"
            self.layout_choice.addItem(choice.label.text(language), choice.name)
            self.layout_choice.setItemData(
                self.layout_choice.count() - 1, choice.name, Qt.ItemDataRole.ToolTipRole
            )
            self._cuts[choice.name] = choice.cuts
            self._per_page[choice.name] = choice.per_page
            notes = layout_notes(choice.name)
            self._notes[choice.name] = "\n".join(note.text(language) for note in notes)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(DEFAULT_LAYOUT)))
        self.layout_note = QLabel(self)  # how to print the chosen layout (borderless…)
        self.layout_note.setWordWrap(True)
        self.layout_note.setObjectName("layout_note")
        self.qr_choice = QComboBox(self)
        self.qr_choice.addItem(self.tr("As the layout says"), None)
        self.qr_choice.addItem(self.tr("Check-in code"), QrContent.CHECKIN)
        self.qr_choice.addItem(self.tr("Contact card (vCard)"), QrContent.VCARD)
        self.start_at = QSpinBox(self)
        self.start_at.setRange(1, 40)
        self.start_at.setToolTip(self.tr("On a partly used sheet: the first free label."))
        self.crop_marks = QCheckBox(self.tr("Crop marks"), self)
        self._crop_marks_wanted = False  # the coordinator's choice, kept while it cannot apply
        self.paper = QComboBox(self)
        self.paper.addItems(["A4", "A3"])
        self.sheet_language = QComboBox(self)
        for language, text in (
            (DocumentLanguage.EN, self.tr("English")),
            (DocumentLanguage.IT, self.tr("Italian")),
            (DocumentLanguage.JA, self.tr("Japanese")),
        ):
            self.sheet_language.addItem(text, language)
        # the booklet's two columns, left | right: each ordered pair of two languages
        self.booklet_languages = QComboBox(self)
        names = {
            DocumentLanguage.IT: self.tr("Italian"),
            DocumentLanguage.JA: self.tr("Japanese"),
            DocumentLanguage.EN: self.tr("English"),
        }
        for pair in permutations(names, 2):
            self.booklet_languages.addItem(f"{names[pair[0]]} | {names[pair[1]]}", pair)

        self.folder = QLineEdit(str(ctx.paths.documents_dir), self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.generate = QPushButton(self.tr("Make documents"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = CountingProgressBar(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.files = QListWidget(self)
        self.open_folder = QPushButton(self.tr("Open folder"), self)
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self._build_layout()
        self.kind.currentIndexChanged.connect(self._update_options)
        self.layout_choice.currentIndexChanged.connect(self._update_options)
        self.crop_marks.toggled.connect(self._keep_crop_marks_choice)
        self.people_filter.textChanged.connect(self.people.set_filter)
        self.people.selectionModel().selectionChanged.connect(
            lambda *_: self.chosen.setChecked(True)
        )
        self.browse.clicked.connect(self._choose_folder)
        self.generate.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.files.currentItemChanged.connect(self._show_file)
        self.open_folder.clicked.connect(self._open_folder)
        self.loader = RowsLoader(ctx, list_participants, self)
        self.loader.loaded.connect(self._on_people)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self.loader.reload())
        self._update_options()
        self.loader.reload()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.kind)
        whom = QVBoxLayout()
        whom.addWidget(self.everyone)
        whom.addWidget(self.chosen)
        whom.addWidget(self.people_filter)
        whom.addWidget(self.people, 1)
        self.whom_box = QWidget(self)
        self.whom_box.setLayout(whom)
        whom.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("For:"), self.whom_box)
        self.badge_rows = [
            (self.tr("Layout:"), self.layout_choice),
            ("", self.layout_note),
            (self.tr("QR code:"), self.qr_choice),
            (self.tr("Start at label:"), self.start_at),
            ("", self.crop_marks),
        ]
        self.sheet_rows = [
            (self.tr("Master grid paper:"), self.paper),
            (self.tr("Language:"), self.sheet_language),
        ]
        self.booklet_rows = [(self.tr("Columns:"), self.booklet_languages)]
        for text, widget in (*self.badge_rows, *self.sheet_rows, *self.booklet_rows):
            form.addRow(text, widget)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(self.browse)
        form.addRow(self.tr("Folder:"), folder)
        self.form = form

        run = QHBoxLayout()
        run.addWidget(self.generate)
        run.addWidget(self.progress, 1)
        run.addWidget(self.cancel_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form, 1)
        left_layout.addLayout(run)
        left_layout.addWidget(self.message)
        left_layout.addWidget(QLabel(self.tr("Made:"), left))
        left_layout.addWidget(self.files)
        left_layout.addWidget(self.open_folder)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- Page ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Documents")

    def ready(self) -> bool:
        return self.loader.has_loaded() and self._cancel is None

    def is_running(self) -> bool:
        return self._cancel is not None

    def show_example(self) -> None:
        """Personal agendas for two people, and the documents already in the folder listed
        with the first one previewed (screenshots call this)."""
        self.kind.setCurrentIndex(self.kind.findData(DocumentKind.PERSONAL_AGENDAS))
        for row in range(min(2, self.people.count())):
            self.people.choose(row)
        folder = Path(self.folder.text()).expanduser()
        made = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
        self._list_files(made[:20])

    # --- choices ---------------------------------------------------------------------------

    def current_kind(self) -> DocumentKind:
        # Qt hands a StrEnum back as a plain str
        return DocumentKind(self.kind.currentData() or DocumentKind.BADGES)

    def _update_options(self, *_args: object) -> None:
        kind = self.current_kind()
        self.whom_box.setEnabled(kind.per_participant)
        for _text, widget in self.badge_rows:
            self.form.setRowVisible(widget, kind is DocumentKind.BADGES)
        self._update_layout_options(kind is DocumentKind.BADGES)
        for _text, widget in self.sheet_rows:
            self.form.setRowVisible(widget, kind is DocumentKind.SHEETS)
        for _text, widget in self.booklet_rows:
            self.form.setRowVisible(widget, kind is DocumentKind.BOOKLET)

    def _update_layout_options(self, badges: bool) -> None:
        """Crop marks only where the chosen layout has something to cut (the box greyed out,
        saying why, otherwise); a first label among the sheet's; the layout's printing notes
        under it."""
        layout = str(self.layout_choice.currentData() or DEFAULT_LAYOUT)
        cuts = self._cuts.get(layout, True)
        self.crop_marks.blockSignals(True)  # not the coordinator's choice
        self.crop_marks.setChecked(cuts and self._crop_marks_wanted)
        self.crop_marks.blockSignals(False)
        self.crop_marks.setEnabled(cuts)
        self.crop_marks.setToolTip(
            ""
            if cuts
            else self.tr(
                "This layout prints one badge on each sheet, the size of the sheet: there is "
                "nothing to cut, so no crop marks."
            )
        )
        # the first free label: one of the sheet's labels (none to choose on a one-badge card)
        per_page = self._per_page.get(layout, self.start_at.maximum())
        self.start_at.setMaximum(max(1, per_page))
        self.start_at.setEnabled(per_page > 1)
        note = self._notes.get(layout, "")
        self.layout_note.setText(note)
        self.form.setRowVisible(self.layout_note, badges and bool(note))

    def _keep_crop_marks_choice(self, checked: bool) -> None:
        self._crop_marks_wanted = checked

    def _on_people(self, rows: list[ParticipantRow] | None) -> None:
        language = current_language()  # in Japanese, Japanese names first, as the lists show
        people: list[tuple[int, str]] = []
        for row in rows or []:
            name = both_scripts(row.latin_name, row.kanji_name, language)
            org = row.organisation_name or ""
            if language == "ja":
                org = row.organisation_name_ja or org
            people.append((row.id, f"{name} — {org}" if org else name))
        self.people.set_people(people)
        self.everyone.setChecked(True)

    def selected_ids(self) -> tuple[int, ...]:
        return self.people.selected_ids()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the documents"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def order(self) -> DocumentOrder | None:
        """The order the form describes, or None (with a message) when it is incomplete."""
        mission_id = self.ctx.mission_id
        if self.ctx.store is None or mission_id is None:
            self._say(self.tr("Open a mission first."), error=True)
            return None
        folder_text = self.folder.text().strip()
        if not folder_text:
            self._say(self.tr("Choose a folder for the documents."), error=True)
            return None
        kind = self.current_kind()
        ids: tuple[int, ...] | None = None
        if kind.per_participant and self.chosen.isChecked():
            ids = self.selected_ids()
            if not ids:
                self._say(self.tr("Select at least one participant, or choose Everyone."), True)
                return None
        return DocumentOrder(
            kind=kind,
            mission_id=mission_id,
            folder=self._folder(folder_text),
            participant_ids=ids,
            layout=str(self.layout_choice.currentData() or DEFAULT_LAYOUT),
            qr=QrContent(qr) if (qr := self.qr_choice.currentData()) else None,
            start_at=self.start_at.value(),
            crop_marks=self.crop_marks.isEnabled() and self.crop_marks.isChecked(),
            paper=self.paper.currentText(),
            language=DocumentLanguage(self.sheet_language.currentData() or "en"),
            languages=self._booklet_pair(),
        )

    def _booklet_pair(self) -> tuple[DocumentLanguage, DocumentLanguage]:
        """The booklet's left and right languages (Qt hands the enums back as plain str)."""
        left, right = self.booklet_languages.currentData() or ("it", "ja")
        return DocumentLanguage(left), DocumentLanguage(right)

    def _folder(self, text: str) -> Path:
        """A folder typed without a root goes under the documents folder, not wherever
        Ponte happened to be started."""
        folder = Path(text).expanduser()
        return folder if folder.is_absolute() else self.ctx.paths.documents_dir / folder

    # --- making them -----------------------------------------------------------------------

    def start(self) -> None:
        """Read the mission (database worker), then render and write (compute worker)."""
        if self.is_running():
            return
        order, store = self.order(), self.ctx.store
        if order is None or store is None:
            return
        self._cancel = CancelFlag()
        self._set_running(True)
        self.progress.begin()  # busy until the first document is counted
        self._say(self.tr("Reading the mission…"))
        self.ctx.runner.run(
            lambda: read_order(store, order), on_done=self._render, on_error=self._on_error
        )

    def _render(self, read: ReadOrder) -> None:
        cancel = self._cancel
        if cancel is None:
            return
        self._say(self.tr("Making the documents…"))
        self.ctx.compute.run(
            lambda: produce(read, self._relay.progress.emit, cancel),
            on_done=self._on_done,
            on_error=self._on_error,
            cancel=cancel.request,
        )

    def cancel(self) -> None:
        """Stop after the document being written; those already written are complete."""
        if self._cancel is not None:
            self._cancel.request()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel is None:
            return
        self.progress.count(done, total, self.tr("%v of %m"))

    def _on_done(self, made: Produced) -> None:
        paths = list(made.paths)
        self._set_running(False)
        self.progress.finish()
        self._list_files(paths)
        if paths:
            self._say(
                self.tr("Made %n document(s) in {folder}.", "", len(paths)).format(
                    folder=paths[0].parent
                )
            )

    def _on_error(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.finish()  # how far it got before the error or the cancel
        reason = user_message(exc)  # a defect is raised, for the error hook to log and show
        if isinstance(exc, DocumentsCancelled):
            self._say(self.tr("Cancelled. {detail}").format(detail=reason), error=True)
        else:
            self._say(self.tr("Could not make the documents: {reason}").format(reason=reason), True)

    def _set_running(self, running: bool) -> None:
        if not running:
            self._cancel = None
        self.generate.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.kind.setEnabled(not running)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- what was made ---------------------------------------------------------------------

    def _list_files(self, paths: list[Path]) -> None:
        self.files.clear()
        for path in paths:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files.addItem(item)
        if paths:
            self.files.setCurrentRow(0)

    def _show_file(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.pdf.close()
        if item is None or not str(item.data(Qt.ItemDataRole.UserRole)).endswith(".pdf"):
            return  # a calendar file opens in the calendar application, not here
        status = self.pdf.load(str(item.data(Qt.ItemDataRole.UserRole)))
        if status != QPdfDocument.Error.None_:
            self._say(self.tr("Cannot show {name} here.").format(name=item.text()), True)

    def shown_file(self) -> Path | None:
        item = self.files.currentItem()
        return Path(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    def _open_folder(self) -> None:
        folder = self.shown_file()
        target = folder.parent if folder else self._folder(self.folder.text().strip())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.participants or changes.organisations or changes.missions:
            self.loader.reload()
