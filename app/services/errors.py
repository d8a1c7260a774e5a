"""The errors a user can meet, for the one handler of each front end (the CLI's group, the
window's :func:`ui.errors.user_message`). Each is a :class:`UserError`, worded in it/ja/en,
or one of the older classes still worded in English only, until they all are."""

from __future__ import annotations

from app.common.errors import UserError
from app.core.validation import ValidationError
from app.services.b2b_grid import MoveRefused
from app.services.database import StoreError
from app.services.documents import DocumentError
from app.services.exporting import ExportError
from app.services.importing import ImportFileError, ImportRefused, MappingError
from app.services.mail import MailError
from app.services.missions import MissionInvalid
from app.services.publications import PublicationError
from app.services.scheduling import SchedulingError

USER_ERRORS: tuple[type[Exception], ...] = (
    UserError,
    DocumentError,
    ExportError,
    ImportFileError,
    ImportRefused,
    MailError,
    MappingError,
    MissionInvalid,
    MoveRefused,
    PublicationError,
    SchedulingError,
    StoreError,
    ValidationError,
)
