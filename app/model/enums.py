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
    """Where a meeting stands. ``SCHEDULED`` until the day; then what happened, as marked on
    site (since schema 0012: which side did not come). ``CANCELLED`` takes the meeting off
    the grid and the agendas, whether dropped while planning or cancelled late on the day
    (then ``Meeting.status_at`` says when it was marked)."""

    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW_A = "no_show_a"  # organisation_a did not come
    NO_SHOW_B = "no_show_b"  # organisation_b did not come
    NO_SHOW = "no_show"  # neither side came
    CANCELLED = "cancelled"


# The statuses a meeting gets on the day: what happened to a meeting that was planned.
ON_THE_DAY: tuple[MeetingStatus, ...] = (
    MeetingStatus.HELD,
    MeetingStatus.NO_SHOW_A,
    MeetingStatus.NO_SHOW_B,
    MeetingStatus.NO_SHOW,
    MeetingStatus.CANCELLED,
)


# Languages a person may speak: ISO 639-1 codes. Open-ended, but these are offered first.
COMMON_LANGUAGES: tuple[str, ...] = ("it", "ja", "en", "fr", "de", "es", "zh", "ko")


class Outcome(StrEnum):
    """What one side says a held meeting produced (schema 0013), weakest first; the last four
    are a concrete follow-up, of the kind the Memorandum counts."""

    NO_INTEREST = "no_interest"
    INTERESTING = "interesting"  # interesting, no plan yet
    COOPERATION_POSSIBLE = "cooperation_possible"
    SUPPLY = "supply"  # concrete follow-up: a supply agreement
    PARTNERSHIP = "partnership"  # concrete follow-up: a partnership
    INVESTMENT_TURIN = "investment_turin"  # concrete follow-up: investment in Turin
    DISTRIBUTION_JAPAN = "distribution_japan"  # concrete follow-up: distribution in Japan


CONCRETE_FOLLOW_UPS: tuple[Outcome, ...] = (
    Outcome.SUPPLY,
    Outcome.PARTNERSHIP,
    Outcome.INVESTMENT_TURIN,
    Outcome.DISTRIBUTION_JAPAN,
)


class MeetingSide(StrEnum):
    """Which party of a meeting: its organisation_a or its organisation_b."""

    A = "a"
    B = "b"
