"""Work off the UI thread. Two runners: one for the database (SQLite has a single writer, so
every read and write goes through one worker) and one for long computations that touch no
database (the scheduler), so that a solve never holds the pages' loads behind it."""

from __future__ import annotations

import threading
import traceback
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, Slot

T = TypeVar("T")


class _Delivery(QObject):
    """Carries a finished job's result back to the main thread via a queued signal."""

    done = Signal(object, object, object)  # callback, result, error


class DbRunner(QObject):
    """Runs callables on one background thread and calls back on the UI thread.

    ``busy_changed`` lets the shell show a busy indicator; errors reach ``on_error`` (or the
    ``failed`` signal) with the exception, never as a crash of the UI thread. A job may come
    with a ``cancel`` callable: :meth:`shutdown` calls it so that a long job ends early, and
    after shutdown no callback runs (the widgets they belong to are going away).
    """

    busy_changed = Signal(bool)
    failed = Signal(object)  # the exception of a job that had no on_error

    def __init__(self, parent: QObject | None = None, *, name: str = "ponte-db") -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._delivery = _Delivery()
        self._delivery.done.connect(self._deliver)
        self._pending = 0
        self._cancels: set[Callable[[], object]] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Jobs wait here, not in the pool's queue, so that one may go ahead of the others
        # (``first=True``); the pool runs one "take the next job" step per job queued.
        self._queue: deque[tuple[Future[object], Callable[[], None]]] = deque()

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        *,
        cancel: Callable[[], object] | None = None,
        first: bool = False,
    ) -> Future[T]:
        """Run ``job`` in the worker; ``on_done(result)`` or ``on_error(exc)`` on the UI thread.

        ``first``: run it before the jobs already waiting (after the one running), as the
        read of a row the coordinator just saved, which must not wait for pages' reloads."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if cancel is not None:
            with self._lock:
                self._cancels.add(cancel)

        def wrapped() -> T:
            try:
                result = job()
            except BaseException as exc:  # handed to the UI thread, not swallowed
                exc.__ponte_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._delivery.done.emit(on_error, None, exc)
                raise
            finally:
                if cancel is not None:
                    with self._lock:
                        self._cancels.discard(cancel)
            self._delivery.done.emit(on_done, result, None)
            return result

        future: Future[T] = Future()

        def step() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(wrapped())
            except BaseException as exc:
                future.set_exception(exc)

        with self._lock:
            waiting = (future, step)
            if first:
                self._queue.appendleft(waiting)  # type: ignore[arg-type]
            else:
                self._queue.append(waiting)  # type: ignore[arg-type]
        self._pool.submit(self._next)
        return future

    def _next(self) -> None:
        """On the worker: run the job at the head of the queue."""
        with self._lock:
            waiting = self._queue.popleft() if self._queue else None
        if waiting is not None:
            waiting[1]()

    def waiting(self) -> int:
        """How many jobs wait for the worker (not counting the one running)."""
        with self._lock:
            return len(self._queue)

    def call(self, job: Callable[[], T]) -> T:
        """Run ``job`` on this worker and wait for its result, from *another* worker's thread
        (an action running on the compute worker that reads and writes through this one).
        Never from this worker itself, nor from the UI thread, which must not wait."""
        return self._pool.submit(job).result()

    @Slot(object, object, object)
    def _deliver(
        self,
        callback: Callable[..., object] | None,  # on_done or on_error: which one, error says
        result: object,
        error: BaseException | None,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if self._closed:
            return
        if error is not None:
            if callback is not None:
                callback(error)
            else:
                self.failed.emit(error)
            return
        if callback is not None:
            callback(result)

    @property
    def closing(self) -> bool:
        """Whether :meth:`shutdown` has begun: a job still running should drop its result."""
        return self._closed

    def is_busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Cancel what can be cancelled, wait for the worker; no callback runs afterwards."""
        self._closed = True
        with self._lock:
            cancels = list(self._cancels)
        for cancel in cancels:
            cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            left, self._queue = list(self._queue), deque()
        for future, _step in left:  # never run: nobody waits for them in vain
            future.cancel()
