"""The outcome survey as actions: write each organisation's form (one .xlsx each, in its
language) into a folder. A filled form is read back by the import
(:mod:`app.services.importing`: its kind is "outcomes", recognised from its headers in
Italian, Japanese or English), previewed row by row and applied in one transaction."""

from __future__ import annotations

from pathlib import Path

from app.exporting.survey import SurveyForm, SurveysWritten, survey_forms
from app.exporting.survey import write_surveys as _write
from app.store import Store

__all__ = ["SurveyForm", "SurveysWritten", "survey_forms", "write_surveys"]


def write_surveys(
    store: Store, mission_id: int, folder: Path, *, organisation_id: int | None = None
) -> SurveysWritten:
    """Write the survey form of each organisation with held meetings (or of the one asked
    for) into ``folder``: atomically, readable by you only."""
    return _write(store, mission_id, folder, organisation_id)
