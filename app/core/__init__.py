"""The core: what the features and the actions share about a mission, above the store.

Checking what a coordinator typed (:mod:`.validation`, :mod:`.participant_record`,
:mod:`.organisation_record`), what an action changed (:mod:`.changes`), the key of a pair's
meeting (:mod:`.pairs`), the slots of a B2B session (:mod:`.slots`), publications and their
differences (:mod:`.publications`), the mission read once for every export
(:mod:`.agenda_data`), the words and formats of the three languages (:mod:`.language`,
:mod:`.text`, :mod:`.file_names`), and the records that are not there (:mod:`.errors`).
"""
