"""What the actions say to a user."""

from __future__ import annotations

from app.common.wording import Wording

SAME_PARTICIPANT = Wording(
    "merging.same_participant",
    en="Choose two different participants to merge.",
    it="Scegliere due partecipanti diversi da unire.",
    ja="統合する参加者を2人選んでください（同じ人は選べません）。",
)
