"""How the Programme page names kinds, audiences and wall times, in the window's language."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.common.timezones import NonexistentLocalTime, to_local, to_utc
from app.core.mission_record import MissionRecord
from app.model.enums import AgendaKind, Audience
from app.services.programme import ItemRow

translate = QCoreApplication.translate  # lupdate finds calls named "translate"


def kind_label(kind: AgendaKind) -> str:
    """Plenary, Visit, Ceremony, Meal, Transfer, Free time, Other (B2B for older data)."""
    labels = {
        AgendaKind.PLENARY: translate("Programme", "Plenary"),
        AgendaKind.COMPANY_VISIT: translate("Programme", "Visit"),
        AgendaKind.SIGNING_CEREMONY: translate("Programme", "Ceremony"),
        AgendaKind.DINNER: translate("Programme", "Meal"),
        AgendaKind.TRANSFER: translate("Programme", "Transfer"),
        AgendaKind.FREE: translate("Programme", "Free time"),
        AgendaKind.OTHER: translate("Programme", "Other"),
        AgendaKind.B2B: translate("Programme", "B2B meetings"),
    }
    return labels[kind]


def audience_text(record: MissionRecord, row: ItemRow, lang: str) -> str:
    """Who an item is for, briefly: Everyone, a delegation's name, "3 participants"…"""
    if row.audience is Audience.DELEGATION and row.audience_delegation_id is not None:
        delegation = record.delegations.get(row.audience_delegation_id)
        if delegation is not None:
            return delegation.names.in_(lang)
    if row.audience is Audience.ORGANISATION and row.audience_organisation_id is not None:
        org = record.organisations.get(row.audience_organisation_id)
        if org is not None:
            return translate("Programme", "{organisation}'s delegates").format(
                organisation=organisation_name(org.name, org.name_ja, lang)
            )
    if row.audience is Audience.PARTICIPANTS:
        # no plural form: lupdate reads none from a module-level translate()
        return translate("Programme", "Named participants: {count}").format(
            count=len(row.attendee_ids)
        )
    return translate("Programme", "Everyone")


def organisation_name(name: str, name_ja: str | None, lang: str) -> str:
    return name_ja if lang == "ja" and name_ja else name


def zone_abbreviation(zone: str, day: date, at: time | None = None, later: bool = False) -> str:
    """The zone's abbreviation on ``day`` (at ``at``, else noon): CET, CEST, JST; for an hour
    shown twice, of its first reading (``later``: its second)."""
    wall = datetime.combine(day, at or time(12, 0))
    try:
        instant = to_utc(wall, zone, later=later)
    except NonexistentLocalTime:
        instant = to_utc(datetime.combine(day, time(12, 0)), zone)
    except ValueError:
        return zone
    return to_local(instant, zone).tzname() or zone


def short_time(instant: datetime, zone: str) -> str:
    """'17:30 JST': an instant as a wall time in ``zone``, with its abbreviation."""
    local = to_local(instant, zone)
    return f"{local:%H:%M} {local.tzname()}"


def day_label(day: date, locale: QLocale | None = None) -> str:
    """'Monday 27 March 2028' in the window's locale."""
    return (locale or QLocale()).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )


def short_day(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), "ddd d")
