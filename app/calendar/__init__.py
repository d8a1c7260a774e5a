"""Calendar files (.ics): one per participant, per organisation and for the whole mission.

Headless, like the rest of ``app``: the mission read once (:mod:`app.calendar.export`), events
from the pure functions of :mod:`app.calendar.events`, files serialized by
:mod:`app.calendar.ics` and written by :mod:`app.calendar.files`.
"""
