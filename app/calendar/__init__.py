"""Calendar files (.ics): one per participant, per organisation and for the whole mission.

Headless, like the rest of ``app``: read with :func:`app.calendar.data.load_calendar_data`,
build events with the pure functions of :mod:`app.calendar.events`, serialize with
:mod:`app.calendar.ics`, write with :mod:`app.calendar.cli`.
"""
