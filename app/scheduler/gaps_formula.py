"""The idle-gap phase as a weighted partial MaxSAT formula, for any MaxSAT engine.

Variables, for meetings ``m``, teams ``t``, slots ``s`` (indices of ``problem.slots``):

* ``x[m,s]``: meeting ``m`` in slot ``s`` — exactly one per meeting, over its domain (its
  candidate slots: both teams free, allowed, fixed; a locked meeting has one);
* ``z[m,c,s]``: meeting ``m`` in slot ``s`` with an interpreter of class ``c``;
* ``busy[t,s]`` ⇔ some meeting of ``t`` in ``s``;
* ``hole[t,s]``: a break of ``t`` ends at ``s`` — busy at ``s``, idle just before, busy
  earlier in the same session (``pre[t,s]``, a prefix OR, says "busy earlier").

Hard constraints: one slot per meeting; at most ``len(tables)`` meetings per slot; at most
``capacity`` meetings per team and slot; interpreter classes' sizes per slot; two meetings
between the same two teams never in one slot; the fairness bound when asked (every team's
breaks in ``[low, low + d]``).

Implied constraints (redundant, but they let the SAT solver see the counting arguments that
the literature found decisive for this problem — Bofill et al., JAIR 74 (2022), Section 4):

* per team of capacity 1, busy slots = its number of meetings;
* per slot, busy teams ≤ 2 × tables;
* per team and session, busy slots ≥ its meetings that can only be in that session (and
  ≤ those that can be there at all).

Symmetry: meetings between the same two teams with the same domain are interchangeable; the
first takes the earlier slot. Tables are interchangeable too, so they are not in the formula
at all: they are assigned after timing (:mod:`app.scheduler.tables`), which the per-slot
count makes always possible.

Soft constraints: ``¬hole`` with weight ``break_weight``; a published meeting kept in its
published slot with weight ``keep_weight``. The cost of a model is
``break_weight × breaks + keep_weight × published meetings moved``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pysat.card import CardEnc, EncType
from pysat.formula import IDPool

from app.scheduler.gaps_model import GapModel, Placement, same_pair_groups


@dataclass
class GapFormula:
    """Hard clauses and weighted soft literals, and how to read a model back."""

    hard: list[list[int]] = field(default_factory=list)
    soft: list[tuple[int, int]] = field(default_factory=list)  # (literal to make true, weight)
    n_vars: int = 0
    x: dict[tuple[str, int], int] = field(default_factory=dict)
    z: dict[tuple[str, int, int], int] = field(default_factory=dict)
    holes: dict[str, list[int]] = field(default_factory=dict)  # team -> its hole literals

    def cost(self, true: set[int]) -> int:
        """The objective of a model given by its true literals."""
        return sum(w for lit, w in self.soft if not _holds(lit, true))

    def breaks(self, true: set[int]) -> int:
        return sum(1 for hs in self.holes.values() for h in hs if h in true)

    def decode(self, model: GapModel, true: set[int], optimal: bool) -> Placement:
        slot_idx = {
            mid: next(s for s in model.domain[mid] if self.x[mid, s] in true)
            for mid in model.meetings
        }
        class_pick = {}
        for mid, classes in model.eligible.items():
            s = slot_idx[mid]
            class_pick[mid] = next(
                c for c in classes if (mid, c, s) in self.z and self.z[mid, c, s] in true
            )
        return Placement(slot_idx, class_pick, optimal)


def _holds(lit: int, true: set[int]) -> bool:
    return lit in true if lit > 0 else -lit not in true


class _Builder:
    def __init__(self) -> None:
        self.pool = IDPool()
        self.f = GapFormula()

    def var(self, *key: object) -> int:
        return int(self.pool.id(key))

    def hard(self, clause: Iterable[int]) -> None:
        self.f.hard.append(list(clause))

    def _card(self, lits: Sequence[int], bound: int, kind: str) -> None:
        lits = list(lits)
        if kind == "atmost":
            if bound == 1:
                enc = EncType.pairwise if len(lits) <= 6 else EncType.ladder
            else:
                enc = EncType.seqcounter
            cnf = CardEnc.atmost(lits=lits, bound=bound, vpool=self.pool, encoding=enc)
        elif kind == "atleast":
            cnf = CardEnc.atleast(
                lits=lits, bound=bound, vpool=self.pool, encoding=EncType.seqcounter
            )
        else:
            cnf = CardEnc.equals(
                lits=lits, bound=bound, vpool=self.pool, encoding=EncType.seqcounter
            )
        self.f.hard.extend(list(c) for c in cnf.clauses)

    def atmost(self, lits: Sequence[int], bound: int) -> None:
        if len(lits) <= bound:
            return
        if bound <= 0:
            for lit in lits:
                self.hard([-lit])
            return
        self._card(lits, bound, "atmost")

    def atleast(self, lits: Sequence[int], bound: int) -> None:
        if bound <= 0:
            return
        if bound > len(lits):
            self.hard([])  # cannot hold: the formula is unsatisfiable
            return
        if bound == 1:
            self.hard(lits)
            return
        self._card(lits, bound, "atleast")

    def exactly(self, lits: Sequence[int], bound: int) -> None:
        if bound == len(lits):
            for lit in lits:
                self.hard([lit])
        elif bound == 0:
            self.atmost(lits, 0)
        else:
            self._card(lits, bound, "equals")


def encode(model: GapModel, *, implied: bool = True) -> GapFormula:
    """The formula of ``model``. ``implied``: add the implied constraints (module docstring);
    without them the models are the same, only the search differs."""
    b = _Builder()
    f = b.f
    n_slots = len(model.problem.slots)
    f.x = {(mid, s): b.var("x", mid, s) for mid in model.meetings for s in model.domain[mid]}
    x = f.x
    for mid in model.meetings:
        lits = [x[mid, s] for s in model.domain[mid]]
        b.hard(lits)
        b.atmost(lits, 1)
    by_slot: dict[int, list[int]] = defaultdict(list)
    for (_, s), lit in x.items():
        by_slot[s].append(lit)
    for lits in by_slot.values():
        b.atmost(lits, model.n_tables)
    _interpreters(b, model)
    _same_pair(b, model)

    session_of = [0] * n_slots
    for k, ses in enumerate(model.session_slots):
        for s in ses:
            session_of[s] = k
    busy_by_slot: dict[int, list[int]] = defaultdict(list)
    for team, mids in model.team_meetings.items():
        cap = model.problem.team[team].capacity
        busy: dict[int, int] = {}
        for s in range(n_slots):
            lits = [x[mid, s] for mid in mids if (mid, s) in x]
            if not lits:
                continue
            b.atmost(lits, cap)
            on = b.var("busy", team, s)
            busy[s] = on
            b.hard([-on, *lits])
            for lit in lits:
                b.hard([-lit, on])
            busy_by_slot[s].append(on)
        if implied:
            _team_counts(b, model, team, mids, busy, session_of)
        f.holes[team] = _holes(b, team, busy, model.session_slots)
    if implied:
        for lits in busy_by_slot.values():
            b.atmost(lits, 2 * model.n_tables)
    if model.max_spread is not None and f.holes:
        _spread(b, list(f.holes.values()), model.max_spread)

    for holes in f.holes.values():
        f.soft.extend((-h, model.break_weight) for h in holes)
    f.soft.extend((x[mid, s], model.keep_weight) for mid, s in model.preferred.items())
    f.n_vars = int(b.pool.top)
    return f


def _interpreters(b: _Builder, model: GapModel) -> None:
    x, z = b.f.x, b.f.z
    z_by: dict[tuple[int, int], list[int]] = defaultdict(list)
    for mid, classes in model.eligible.items():
        for s in model.domain[mid]:
            zs = []
            for c in classes:
                if model.class_cap[c, s] > 0:
                    lit = b.var("z", mid, c, s)
                    z[mid, c, s] = lit
                    zs.append(lit)
                    z_by[c, s].append(lit)
                    b.hard([-lit, x[mid, s]])
            b.hard([-x[mid, s], *zs])
            b.atmost(zs, 1)
    for (c, s), lits in z_by.items():
        b.atmost(lits, model.class_cap[c, s])


def _same_pair(b: _Builder, model: GapModel) -> None:
    """Two meetings of the same two teams: never in one slot; with equal domains (and no
    published slot to keep) they are interchangeable, so the first takes the earlier slot."""
    x = b.f.x
    for mids in same_pair_groups(model):
        for i, first in enumerate(mids):
            for second in mids[i + 1 :]:
                for s in set(model.domain[first]) & set(model.domain[second]):
                    b.hard([-x[first, s], -x[second, s]])
                same = model.domain[first] == model.domain[second]
                free = not ({first, second} & (set(model.preferred) | set(model.fixed_interp)))
                if same and free and first not in model.eligible and second not in model.eligible:
                    dom = model.domain[first]
                    for k, s in enumerate(dom):  # second in s ⇒ first earlier than s
                        b.hard([-x[second, s], *(x[first, e] for e in dom[:k])])


def _team_counts(
    b: _Builder,
    model: GapModel,
    team: str,
    mids: Sequence[str],
    busy: dict[int, int],
    session_of: Sequence[int],
) -> None:
    """The implied counts of one team's busy slots, overall and per session."""
    cap = model.problem.team[team].capacity
    if cap == 1:
        b.exactly(list(busy.values()), len(mids))
    for k, ses in enumerate(model.session_slots):
        lits = [busy[s] for s in ses if s in busy]
        if not lits:
            continue
        only_here = sum(1 for mid in mids if all(session_of[s] == k for s in model.domain[mid]))
        maybe_here = sum(1 for mid in mids if any(session_of[s] == k for s in model.domain[mid]))
        need = -(-only_here // cap)  # at least this many busy slots in the session
        if 1 < need < len(lits):
            b.atleast(lits, need)
        if cap == 1 and maybe_here < len(lits):
            b.atmost(lits, maybe_here)


def _holes(
    b: _Builder, team: str, busy: dict[int, int], session_slots: Sequence[Sequence[int]]
) -> list[int]:
    holes: list[int] = []
    for ses in session_slots:
        pre: int | None = None  # busy somewhere in the session before the slot
        prev: int | None = None  # busy in the slot just before
        for s in ses:
            cur = busy.get(s)
            if cur is not None and pre is not None:
                h = b.var("hole", team, s)  # busy, idle before, busy earlier
                b.hard([-cur, -pre, h] + ([prev] if prev is not None else []))
                b.hard([-h, cur])
                b.hard([-h, pre])
                if prev is not None:
                    b.hard([-h, -prev])
                holes.append(h)
            nxt: int | None
            if prev is None:
                nxt = pre
            elif pre is None:
                nxt = prev
            else:
                nxt = b.var("pre", team, s)
                b.hard([-nxt, pre, prev])
                b.hard([-pre, nxt])
                b.hard([-prev, nxt])
            pre, prev = nxt, cur
    return holes


def _spread(b: _Builder, team_holes: list[list[int]], d: int) -> None:
    """Every team's breaks within [low, low + d]; ``low`` in unary (lo_1 ≥ lo_2 ≥ …)."""
    top = min(len(h) for h in team_holes)  # the minimum is at most this
    lo = [b.var("lo", k) for k in range(1, top + 1)]
    for k in range(1, len(lo)):
        b.hard([-lo[k], lo[k - 1]])
    for holes in team_holes:
        lits = holes + [-q for q in lo]  # Σ holes + (top − low) within [top, top + d]
        b.atleast(lits, len(lo))
        b.atmost(lits, len(lo) + d)
