"""A cancel flag that a worker polls between two steps of a long job (documents, messages,
rows): the window sets it, the job stops where it is safe to."""

from __future__ import annotations


class CancelFlag:
    def __init__(self) -> None:
        self.requested = False

    def __call__(self) -> bool:
        return self.requested

    def request(self) -> None:
        self.requested = True
