"""The pages of the main window, in navigation order (later issues add theirs here)."""

from __future__ import annotations

from ui.pages.base import Page


def page_classes() -> list[type[Page]]:
    from ui.pages.b2b import B2BPage
    from ui.pages.documents import DocumentsPage
    from ui.pages.interpreters import InterpretersPage
    from ui.pages.mission import MissionPage
    from ui.pages.organisations import OrganisationsPage
    from ui.pages.participants import ParticipantsPage
    from ui.pages.programme import ProgrammePage
    from ui.pages.publish import PublishPage
    from ui.pages.requests import RequestsPage
    from ui.pages.sessions import SessionsPage

    return [
        MissionPage,
        SessionsPage,
        ProgrammePage,
        OrganisationsPage,
        ParticipantsPage,
        InterpretersPage,
        RequestsPage,
        B2BPage,
        DocumentsPage,
        PublishPage,
    ]
