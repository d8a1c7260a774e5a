"""What an action changed, so that views can decide what to reload (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Flags for the kinds of data an action touched."""

    missions: bool = False
    organisations: bool = False
    participants: bool = False
    agenda: bool = False
    b2b: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            missions=self.missions or other.missions,
            organisations=self.organisations or other.organisations,
            participants=self.participants or other.participants,
            agenda=self.agenda or other.agenda,
            b2b=self.b2b or other.b2b,
        )

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True)
