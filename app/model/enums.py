"""The closed vocabularies of the domain. Values are stored as the lower-case strings below."""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    """Which city a delegation (and its organisations) comes from."""

    TURIN = "turin"
    NAGOYA = "nagoya"


class NameOrder(StrEnum):
    """How a person's name is written: "Mario Rossi" or "TANAKA Hiroshi"."""

    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class DocumentLanguage(StrEnum):
    """Languages Ponte writes documents in."""

    IT = "it"
    JA = "ja"
    EN = "en"


class BadgeCategory(StrEnum):
    DELEGATE = "delegate"
    SPEAKER = "speaker"
    VIP = "vip"
    STAFF = "staff"
    PRESS = "press"
    INTERPRETER = "interpreter"


class Sector(StrEnum):
    """Sectors of the matchmaking catalogue (automotive first, aerospace second)."""

    AUTOMOTIVE = "automotive"
    AEROSPACE = "aerospace"
    ROBOTICS = "robotics"
    MACHINERY = "machinery"
    MATERIALS = "materials"
    ELECTRONICS = "electronics"
    GREEN_TRANSITION = "green_transition"
    DIGITAL = "digital"
    ENERGY = "energy"
    DESIGN = "design"
    FOOD = "food"
    FINANCE = "finance"
    INSTITUTION = "institution"
    SERVICES = "services"


class AgendaKind(StrEnum):
    PLENARY = "plenary"
    COMPANY_VISIT = "company_visit"
    SIGNING_CEREMONY = "signing_ceremony"
    DINNER = "dinner"
    TRANSFER = "transfer"
    B2B = "b2b"  # older data: B2B sessions are their own records now, shown from set-up
    OTHER = "other"
    FREE = "free"  # free time: on the programme, but nobody is held by it (migration 0007)


class Audience(StrEnum):
    """Who an agenda item is for."""

    EVERYONE = "everyone"
    DELEGATION = "delegation"
    PARTICIPANTS = "participants"
    ORGANISATION = "organisation"  # one organisation's delegates (migration 0007)


class InterpreterNeed(StrEnum):
    """Whether a meeting needs an interpreter: decided from languages, or forced either way."""

    AUTO = "auto"
    REQUIRED = "required"
    NONE = "none"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


# Languages a person may speak: ISO 639-1 codes. Open-ended, but these are offered first.
COMMON_LANGUAGES: tuple[str, ...] = ("it", "ja", "en", "fr", "de", "es", "zh", "ko")
