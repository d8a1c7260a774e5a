"""Organisations, participants and interpreters."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Versioned, enum_column
from app.model.enums import BadgeCategory, DocumentLanguage, NameOrder, Sector, Side
from app.model.tokens import new_check_in_token
from app.model.types import UTCDateTime

if TYPE_CHECKING:
    from app.model.b2b import Unavailability
    from app.model.mission import Delegation, Mission


class Organisation(Versioned, Base):
    """A company or institution, named in Latin script and, where it has one, in Japanese."""

    __tablename__ = "organisation"
    __table_args__ = (
        UniqueConstraint("mission_id", "name"),
        CheckConstraint("max_meetings IS NULL OR max_meetings > 0", name="max_meetings_positive"),
        CheckConstraint("parallel_meetings >= 1", name="parallel_meetings_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    # SET NULL, not RESTRICT: SQLite checks RESTRICT in the middle of a mission's cascade.
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    name_ja: Mapped[str | None] = mapped_column(String(200))
    name_kana: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str | None] = mapped_column(String(300))
    profile: Mapped[str] = mapped_column(Text, default="")
    profile_ja: Mapped[str | None] = mapped_column(Text)
    max_meetings: Mapped[int | None] = mapped_column()
    parallel_meetings: Mapped[int] = mapped_column(default=1)

    mission: Mapped[Mission] = relationship(back_populates="organisations")
    delegation: Mapped[Delegation | None] = relationship(back_populates="organisations")
    sector_links: Mapped[list[OrganisationSector]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="OrganisationSector.sector"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def side(self) -> Side | None:
        return self.delegation.side if self.delegation else None

    @property
    def sectors(self) -> list[Sector]:
        return [link.sector for link in self.sector_links]

    @sectors.setter
    def sectors(self, sectors: list[Sector]) -> None:
        wanted = list(dict.fromkeys(Sector(s) for s in sectors))
        self.sector_links = [OrganisationSector(sector=s) for s in wanted]


class OrganisationSector(Versioned, Base):
    __tablename__ = "organisation_sector"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    sector: Mapped[Sector] = mapped_column(enum_column(Sector, "sector"), primary_key=True)


class Participant(Versioned, Base):
    """A person. Latin-script names always; kanji and kana names for Japanese people."""

    __tablename__ = "participant"
    __table_args__ = (CheckConstraint("family_name <> ''", name="family_name_present"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), index=True
    )
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100))
    given_name_kanji: Mapped[str | None] = mapped_column(String(100))
    family_name_kanji: Mapped[str | None] = mapped_column(String(100))
    given_name_kana: Mapped[str | None] = mapped_column(String(100))
    family_name_kana: Mapped[str | None] = mapped_column(String(100))
    name_order: Mapped[NameOrder] = mapped_column(
        enum_column(NameOrder, "name_order"), default=NameOrder.GIVEN_FIRST
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    title_ja: Mapped[str | None] = mapped_column(String(200))  # since schema 0002
    document_language: Mapped[DocumentLanguage] = mapped_column(
        enum_column(DocumentLanguage, "document_language"), default=DocumentLanguage.EN
    )
    badge_category: Mapped[BadgeCategory] = mapped_column(
        enum_column(BadgeCategory, "badge_category"), default=BadgeCategory.DELEGATE
    )
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    # when they were checked in at the venue (None: not yet); since schema 0009
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The secret printed in the badge's check-in QR code (since 0012): unique in the database,
    # never derived from an id, so that no code can be guessed from another.
    check_in_token: Mapped[str] = mapped_column(String(16), default=new_check_in_token, unique=True)

    mission: Mapped[Mission] = relationship(back_populates="participants")
    organisation: Mapped[Organisation | None] = relationship(back_populates="participants")
    delegation: Mapped[Delegation | None] = relationship(foreign_keys=[delegation_id])
    language_links: Mapped[list[ParticipantLanguage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ParticipantLanguage.position"
    )
    unavailability: Mapped[list[Unavailability]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def languages(self) -> list[str]:
        """Languages spoken, most fluent first (ISO 639-1 codes)."""
        return [link.language for link in self.language_links]

    @languages.setter
    def languages(self, codes: list[str]) -> None:
        wanted = list(dict.fromkeys(c.strip().lower() for c in codes if c.strip()))
        self.language_links = [
            ParticipantLanguage(language=code, position=i) for i, code in enumerate(wanted)
        ]

    @property
    def side(self) -> Side | None:
        if self.delegation is not None:
            return self.delegation.side
        return self.organisation.side if self.organisation else None

    def latin_name(self) -> str:
        """The name in Latin script, in the person's own order."""
        if self.name_order is NameOrder.FAMILY_FIRST:
            return f"{self.family_name} {self.given_name}".strip()
        return f"{self.given_name} {self.family_name}".strip()

    def kanji_name(self) -> str | None:
        """The name in kanji (family name first, as Japanese writes it), if known."""
        if not self.family_name_kanji:
            return None
        return f"{self.family_name_kanji} {self.given_name_kanji or ''}".strip()

    def kana_name(self) -> str | None:
        if not self.family_name_kana:
            return None
        return f"{self.family_name_kana} {self.given_name_kana or ''}".strip()


# One e-mail address, whatever its case, belongs to one person of a mission.
Index(
    "uq_participant_mission_email",
    Participant.mission_id,
    func.lower(Participant.email),
    unique=True,
)


class ParticipantLanguage(Versioned, Base):
    __tablename__ = "participant_language"
    __table_args__ = (
        CheckConstraint("length(language) BETWEEN 2 AND 8", name="language_code_length"),
    )

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class Interpreter(Versioned, Base):
    """A participant who interprets; the languages are the participant's."""

    __tablename__ = "interpreter"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    mission: Mapped[Mission] = relationship(back_populates="interpreters")
    participant: Mapped[Participant] = relationship()
    # The B2B sessions the interpreter works (0006); none listed: every session.
    session_links: Mapped[list[InterpreterSession]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def languages(self) -> list[str]:
        return self.participant.languages


class InterpreterSession(Versioned, Base):
    """A B2B session an interpreter works (their breaks are their unavailability)."""

    __tablename__ = "interpreter_session"

    interpreter_id: Mapped[int] = mapped_column(
        ForeignKey("interpreter.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_session.id", ondelete="CASCADE"), primary_key=True, index=True
    )
