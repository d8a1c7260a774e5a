"""The fixed texts of the e-mails in Italian, Japanese and English, and the wording of a
participant's changes (:class:`~app.core.publications.Change`) in those languages.

One table in the style of :mod:`app.core.language`; {placeholders} are filled by
:func:`text`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum

from app.common.timezones import to_local
from app.core.clock_changes import ClockWarning
from app.core.clock_messages import MAIL_HEADING
from app.core.language import format_date, format_time
from app.core.publications import Change, ChangeKind, ItemEntry, MeetingEntry
from app.model import DocumentLanguage

Lang = DocumentLanguage


class Mail(StrEnum):
    SUBJECT = "subject"
    GREETING = "greeting"
    INTRO = "intro"
    CHANGES_SINCE = "changes_since"
    CALENDAR_HINT = "calendar_hint"
    SIGNATURE = "signature"
    MEETING_NEW = "meeting_new"
    MEETING_CANCELLED = "meeting_cancelled"
    MEETING_MOVED = "meeting_moved"
    MEETING_INTERPRETER = "meeting_interpreter"
    ITEM_ADDED = "item_added"
    ITEM_REMOVED = "item_removed"
    ITEM_CHANGED = "item_changed"
    NOBODY = "nobody"


_TEXTS: dict[Mail, dict[Lang, str]] = {
    Mail.SUBJECT: {
        Lang.IT: "{mission}: la sua agenda personale ({version})",
        Lang.JA: "{mission}：個人日程表（{version}）",
        Lang.EN: "{mission}: your personal agenda ({version})",
    },
    Mail.GREETING: {Lang.IT: "Gentile {name},", Lang.JA: "{name} 様", Lang.EN: "Dear {name},"},
    Mail.INTRO: {
        Lang.IT: "in allegato trova la sua agenda personale per la missione «{mission}» "
        "({version}) e il file di calendario da importare nel suo calendario.",
        Lang.JA: "「{mission}」の個人日程表（{version}）とカレンダー用ファイルを添付いたします。",
        Lang.EN: "attached are your personal agenda for the mission “{mission}” ({version}) "
        "and a calendar file to import into your calendar.",
    },
    Mail.CHANGES_SINCE: {
        Lang.IT: "Le modifiche per lei rispetto alla versione {number}:",
        Lang.JA: "第{number}版からの変更点：",
        Lang.EN: "What changed for you since version {number}:",
    },
    Mail.CALENDAR_HINT: {
        Lang.IT: "Importando di nuovo il file .ics, gli appuntamenti già presenti vengono "
        "aggiornati.",
        Lang.JA: ".icsファイルを再度取り込むと、登録済みの予定が更新されます。",
        Lang.EN: "Importing the .ics file again updates the events you imported before.",
    },
    Mail.SIGNATURE: {
        Lang.IT: "Cordiali saluti,\n{organiser}",
        Lang.JA: "よろしくお願いいたします。\n{organiser}",
        Lang.EN: "Kind regards,\n{organiser}",
    },
    Mail.MEETING_NEW: {
        Lang.IT: "Nuovo incontro con {other}: {when}, tavolo {table}.",
        Lang.JA: "新しい商談：{other}、{when}、テーブル {table}。",
        Lang.EN: "New meeting with {other}: {when}, table {table}.",
    },
    Mail.MEETING_CANCELLED: {
        Lang.IT: "Annullato l'incontro con {other} ({when}, tavolo {table}).",
        Lang.JA: "商談中止：{other}（{when}、テーブル {table}）。",
        Lang.EN: "Cancelled: the meeting with {other} ({when}, table {table}).",
    },
    Mail.MEETING_MOVED: {
        Lang.IT: "Spostato l'incontro con {other}: da {was} a {now}.",
        Lang.JA: "商談変更：{other}、{was} → {now}。",
        Lang.EN: "Moved: the meeting with {other}, from {was} to {now}.",
    },
    Mail.MEETING_INTERPRETER: {
        Lang.IT: "Nuovo interprete per l'incontro con {other} ({when}): {was} → {now}.",
        Lang.JA: "通訳変更：{other}との商談（{when}）：{was} → {now}。",
        Lang.EN: "Interpreter changed for the meeting with {other} ({when}): {was} → {now}.",
    },
    Mail.ITEM_ADDED: {
        Lang.IT: "Nuovo nel suo programma: {title}, {when}.",
        Lang.JA: "プログラム追加：{title}、{when}。",
        Lang.EN: "New in your programme: {title}, {when}.",
    },
    Mail.ITEM_REMOVED: {
        Lang.IT: "Tolto dal suo programma: {title} ({when}).",
        Lang.JA: "プログラム削除：{title}（{when}）。",
        Lang.EN: "Removed from your programme: {title} ({when}).",
    },
    Mail.ITEM_CHANGED: {
        Lang.IT: "Modificato: {title}, prima {was}, ora {now}.",
        Lang.JA: "プログラム変更：{title}、{was} → {now}。",
        Lang.EN: "Changed: {title}, was {was}, now {now}.",
    },
    Mail.NOBODY: {Lang.IT: "nessuno", Lang.JA: "なし", Lang.EN: "none"},
}


def text(key: Mail, lang: DocumentLanguage, **values: object) -> str:
    """The text of ``key`` in ``lang``, with its {placeholders} filled from ``values``."""
    template = _TEXTS[key][lang]
    return template.format(**values) if values else template


def clock_paragraph(warnings: Sequence[ClockWarning], lang: DocumentLanguage) -> str | None:
    """The clock changes during the mission, each with its date, as one short paragraph in
    ``lang`` (None when there is none): "Clocks change during the mission: Summer time starts
    on Sunday 26 March 2028: at 02:00 CET the clocks go forward one hour, to 03:00 CEST. …"."""
    if not warnings:
        return None
    return "\n".join([MAIL_HEADING().text(lang), *(w.text(lang) for w in warnings)])


def when(instant: datetime, zone: str, lang: DocumentLanguage) -> str:
    """'giovedì 16 marzo 2028, 10:00 CET': the date in words and the local time with its zone."""
    local = to_local(instant, zone)
    sep = " " if lang is Lang.JA else ", "
    return f"{format_date(local.date(), lang)}{sep}{format_time(local)}"


def _other(m: MeetingEntry, organisation_id: int | None, names: Mapping[int, str]) -> str:
    """The counterpart (both sides for an interpreter), named in the reader's language."""
    a, b = (names.get(o.id, o.name) for o in m.organisations)
    if organisation_id == m.organisations[0].id:
        return b
    if organisation_id == m.organisations[1].id:
        return a
    return f"{a} ↔ {b}"


def _place(m: MeetingEntry, lang: DocumentLanguage) -> str:
    table = {Lang.IT: ", tavolo", Lang.JA: "、テーブル", Lang.EN: ", table"}[lang]
    return f"{when(m.start_utc, m.timezone, lang)}{table} {m.table.name}"


def _title(i: ItemEntry, lang: DocumentLanguage) -> str:
    return i.titles.in_(lang)


def _interpreter(m: MeetingEntry, lang: DocumentLanguage, people: Mapping[int, str]) -> str:
    """The meeting's interpreter as the reader writes names (kanji for a Japanese reader when
    the interpreter has them), else as published; "none" in ``lang`` when there is none."""
    if m.interpreter is None:
        return text(Mail.NOBODY, lang)
    pid = m.interpreter_participant
    return people.get(pid, m.interpreter.name) if pid is not None else m.interpreter.name


def _item_when(i: ItemEntry, lang: DocumentLanguage, venues: Mapping[int, str]) -> str:
    sep = "、" if lang is Lang.JA else ", "
    venue = f"{sep}{venues.get(i.venue.id, i.venue.name)}" if i.venue else ""
    return f"{when(i.start_utc, i.timezone, lang)}{venue}"


def word_change(
    change: Change,
    organisation_id: int | None,
    lang: DocumentLanguage,
    names: Mapping[int, str] | None = None,
    venues: Mapping[int, str] | None = None,
    people: Mapping[int, str] | None = None,
) -> str:
    """One line saying ``change`` in ``lang`` to a reader of ``organisation_id``; ``names``:
    organisations' names in ``lang`` by id, ``venues``: venues' names in ``lang`` by id,
    ``people``: participants' names as a reader of ``lang`` reads them, by participant id
    (else as published: the snapshot keeps the English names, a record of what was
    published). The English summary for a kind not worded here."""
    names = names or {}
    places = venues or {}
    persons = people or {}
    old, new = change.before, change.after
    kind = change.kind
    if kind is ChangeKind.MEETING_NEW and isinstance(new, MeetingEntry):
        return text(
            Mail.MEETING_NEW, lang, other=_other(new, organisation_id, names),
            when=when(new.start_utc, new.timezone, lang), table=new.table.name,
        )  # fmt: skip
    if kind is ChangeKind.MEETING_CANCELLED and isinstance(old, MeetingEntry):
        return text(
            Mail.MEETING_CANCELLED, lang, other=_other(old, organisation_id, names),
            when=when(old.start_utc, old.timezone, lang), table=old.table.name,
        )  # fmt: skip
    if isinstance(old, MeetingEntry) and isinstance(new, MeetingEntry):
        if kind is ChangeKind.MEETING_MOVED:
            return text(
                Mail.MEETING_MOVED, lang, other=_other(new, organisation_id, names),
                was=_place(old, lang), now=_place(new, lang),
            )  # fmt: skip
        if kind is ChangeKind.MEETING_INTERPRETER:
            return text(
                Mail.MEETING_INTERPRETER, lang, other=_other(new, organisation_id, names),
                when=_place(new, lang),
                was=_interpreter(old, lang, persons), now=_interpreter(new, lang, persons),
            )  # fmt: skip
    if kind is ChangeKind.ITEM_ADDED and isinstance(new, ItemEntry):
        return text(
            Mail.ITEM_ADDED, lang, title=_title(new, lang), when=_item_when(new, lang, places)
        )
    if kind is ChangeKind.ITEM_REMOVED and isinstance(old, ItemEntry):
        return text(
            Mail.ITEM_REMOVED, lang, title=_title(old, lang), when=_item_when(old, lang, places)
        )
    changed = kind is ChangeKind.ITEM_CHANGED
    if changed and isinstance(old, ItemEntry) and isinstance(new, ItemEntry):
        return text(
            Mail.ITEM_CHANGED, lang, title=_title(new, lang),
            was=_item_when(old, lang, places), now=_item_when(new, lang, places),
        )  # fmt: skip
    return change.describe(organisation_id)
