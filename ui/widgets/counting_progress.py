"""A progress bar that counts things ("agenda 3 of 155") and, when the work ends, keeps the
count it reached: "2 of 2" after two agendas, never a leftover "1 of 1"."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget


class CountingProgressBar(QProgressBar):
    """``begin()`` (busy until the first count), ``count(done, total, text)`` as the work goes,
    ``finish()`` when it ends: the last count stays, full when the work reached its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counted: tuple[int, int] | None = None
        self.setRange(0, 1)
        self.setValue(0)

    def begin(self) -> None:
        self._counted = None
        self.setTextVisible(True)
        self.setFormat("")
        self.setRange(0, 0)  # busy until the first thing is counted

    def count(self, done: int, total: int, text: str) -> None:
        """``done`` of ``total``; ``text`` is a format with %v (done) and %m (total)."""
        self._counted = (done, total)
        self.setRange(0, max(total, 1))
        self.setValue(done)
        self.setFormat(text)

    def finish(self, done: int | None = None) -> None:
        """The work ended: show how far it counted (``done``, when the caller knows better,
        e.g. the files written); nothing counted leaves an empty, idle bar."""
        if self._counted is None and done is None:
            self.setRange(0, 1)
            self.setValue(0)
            self.setFormat("")
            return
        last_done, total = self._counted or (done or 0, done or 0)
        reached = last_done if done is None else done
        total = max(total, reached, 1)
        self.setRange(0, total)
        self.setValue(reached)

    def counted(self) -> tuple[int, int] | None:
        """The last (done, total), if anything was counted."""
        return self._counted
