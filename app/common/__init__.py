"""The ground floor of ``app``: what every floor above may use and which knows none of them.

Where Ponte keeps its files (:mod:`.paths`) and the user's settings (:mod:`.settings`), its
log, time zones, the one atomic file writer (:mod:`.files`) and the one error type that a
user sees (:mod:`.errors`) with the wording of its messages in Italian, Japanese and English.
"""
