"""The interpreter edit form: names in both scripts, languages, the sessions worked."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.model.enums import DocumentLanguage, NameOrder
from app.services.interpreters import InterpreterData, SessionChoice
from ui.forms.fields import EnumCombo, RecordForm, optional_text
from ui.forms.participant import split_languages
from ui.i18n import current_language
from ui.models.labels import document_language_label, name_order_label


class InterpreterForm(RecordForm[InterpreterData]):
    """Who the interpreter is and which B2B sessions they work (none ticked: every one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.family_name_kanji = QLineEdit(self)
        self.given_name_kanji = QLineEdit(self)
        self.family_name_kana = QLineEdit(self)
        self.given_name_kana = QLineEdit(self)
        self.name_order = EnumCombo(NameOrder, self)
        self.languages = QLineEdit(self)
        self.sessions = QListWidget(self)
        self.sessions.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.sessions.setMaximumHeight(110)
        self.sessions_hint = QLabel(self.tr("None ticked: works every session."), self)
        self.sessions_hint.setStyleSheet("color: palette(mid);")
        self.document_language = EnumCombo(DocumentLanguage, self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)

        self.name_order.set_items([(o, name_order_label(o)) for o in NameOrder])
        self.document_language.set_items(
            [(d, document_language_label(d)) for d in DocumentLanguage]
        )
        self.languages.setPlaceholderText(self.tr("e.g. it, ja, en (at least two)"))
        self.email.setPlaceholderText("name@example.com")
        self.add_pair(
            self.tr("Name (Latin script)"),
            ("given_name", self.given_name, self.tr("Given name")),
            ("family_name", self.family_name, self.tr("Family name")),
        )
        self.add_pair(
            self.tr("Name in kanji"),
            ("family_name_kanji", self.family_name_kanji, self.tr("Family name")),
            ("given_name_kanji", self.given_name_kanji, self.tr("Given name")),
        )
        self.add_pair(
            self.tr("Reading (kana)"),
            ("family_name_kana", self.family_name_kana, self.tr("Family name")),
            ("given_name_kana", self.given_name_kana, self.tr("Given name")),
        )
        self.add_field("name_order", self.tr("Name order"), self.name_order)
        self.add_field("languages", self.tr("Languages spoken"), self.languages)
        self.add_field("session_ids", self.tr("Sessions worked"), self.sessions)
        self.form.addRow("", self.sessions_hint)
        self.add_field("document_language", self.tr("Documents in"), self.document_language)
        self.add_field("email", self.tr("E-mail"), self.email)
        self.add_field("phone", self.tr("Phone"), self.phone)
        self.add_field("notes", self.tr("Notes"), self.notes)

    def set_sessions(self, sessions: Sequence[SessionChoice]) -> None:
        """The mission's sessions as checkboxes, keeping what is ticked."""
        ticked = set(self.session_ids())
        with self.loading():
            self.sessions.clear()
            lang = current_language()
            for choice in sessions:
                local = choice.start_utc.astimezone(ZoneInfo(choice.timezone))
                end = choice.end_utc.astimezone(ZoneInfo(choice.timezone))
                label = f"{choice.names.in_(lang)} — {local:%d/%m %H:%M}–{end:%H:%M}"
                item = QListWidgetItem(label, self.sessions)
                item.setData(Qt.ItemDataRole.UserRole, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.Checked if choice.id in ticked else Qt.CheckState.Unchecked
                item.setCheckState(state)
        self.sessions.setVisible(bool(sessions))
        self.sessions_hint.setText(
            self.tr("None ticked: works every session.")
            if sessions
            else self.tr("The mission has no B2B session yet.")
        )

    def session_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.sessions.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.sessions.count())
            if self.sessions.item(i).checkState() == Qt.CheckState.Checked
        )

    def load(self, data: InterpreterData) -> None:
        with self.loading():
            self.clear_errors()
            self.given_name.setText(data.given_name)
            self.family_name.setText(data.family_name)
            self.family_name_kanji.setText(data.family_name_kanji or "")
            self.given_name_kanji.setText(data.given_name_kanji or "")
            self.family_name_kana.setText(data.family_name_kana or "")
            self.given_name_kana.setText(data.given_name_kana or "")
            self.name_order.set_value(data.name_order)
            self.languages.setText(", ".join(data.languages))
            wanted = set(data.session_ids)
            for i in range(self.sessions.count()):
                item = self.sessions.item(i)
                ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.document_language.set_value(data.document_language)
            self.email.setText(data.email or "")
            self.phone.setText(data.phone or "")
            self.notes.setPlainText(data.notes)

    def value(self) -> InterpreterData:
        return InterpreterData(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            family_name_kanji=optional_text(self.family_name_kanji),
            given_name_kanji=optional_text(self.given_name_kanji),
            family_name_kana=optional_text(self.family_name_kana),
            given_name_kana=optional_text(self.given_name_kana),
            name_order=self.name_order.value(),
            languages=split_languages(self.languages.text()),
            session_ids=self.session_ids(),
            email=optional_text(self.email),
            phone=optional_text(self.phone),
            document_language=self.document_language.value(),
            notes=self.notes.toPlainText(),
        )
