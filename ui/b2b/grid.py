"""The schedule grid: slots (grouped by session) × tables; drag a meeting to move or swap it.

The model never writes: a drop emits ``move_requested`` and the page runs the move as an
undoable command; the grid reloads when the bus announces the change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.core.language import format_date
from app.model.enums import DocumentLanguage, MeetingStatus
from app.services.b2b_grid import (
    Conflict,
    ConflictKind,
    GridBreak,
    GridData,
    GridMeeting,
    GridSession,
    GridSlot,
    conflicts,
    conflicts_by_meeting,
)
from ui.b2b.status_marks import GLYPHS, INKS, KEYS, TINTS, action_text, labelled
from ui.i18n import current_language

translate = QCoreApplication.translate

MEETING_ROLE = Qt.ItemDataRole.UserRole + 20  # the GridMeeting of a cell (the first one)
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 21  # True when a meeting of the cell is in conflict
PAIR_ROLE = Qt.ItemDataRole.UserRole + 22  # "A ↔ B" of a cell with one meeting
INTERPRETER_ROLE = Qt.ItemDataRole.UserRole + 23  # "Interpreter: name" of that meeting, or None
STATUS_ROLE = Qt.ItemDataRole.UserRole + 24  # that meeting's status (its value) if marked, or None
MIME_TYPE = "application/x-ponte-meeting"
PAIR_LINES = 2  # the organisations' names wrap onto two lines at most

CONFLICT_COLOUR = QColor("#f4b6b6")
LOCKED_COLOUR = QColor("#dde6f5")
SESSION_COLOUR = QColor("#e6e6e6")
BREAK_COLOUR = QColor("#f3ecd9")  # a break row: no meeting there, named

_Index = QModelIndex | QPersistentModelIndex
MARKED = frozenset(s.value for s in MeetingStatus if s is not MeetingStatus.SCHEDULED)


def conflict_text(c: Conflict) -> str:
    """A conflict, worded for the coordinator."""
    n = len(c.meeting_ids)
    if c.kind is ConflictKind.TEAM_DOUBLE_BOOKED:
        return translate(
            "B2BGrid", "{team} has {count} meetings at once (at most {capacity})."
        ).format(team=c.subject, count=n, capacity=c.capacity)
    if c.kind is ConflictKind.INTERPRETER_DOUBLE_BOOKED:
        return translate(
            "B2BGrid", "The interpreter {name} is in {count} meetings at once."
        ).format(name=c.subject, count=n)
    if c.kind is ConflictKind.TEAM_AWAY:
        return translate("B2BGrid", "{team} is unavailable in this slot.").format(team=c.subject)
    if c.kind is ConflictKind.INTERPRETER_AWAY:
        return translate("B2BGrid", "The interpreter {name} is unavailable in this slot.").format(
            name=c.subject
        )
    if c.kind is ConflictKind.OFF_SLOT:
        return translate(
            "B2BGrid",
            "No longer on a slot or table of {session} (the session was changed): run the "
            "scheduler to place it again (unlock it first if it is locked).",
        ).format(session=c.subject)
    return translate("B2BGrid", "Table {table} has {count} meetings in this slot.").format(
        table=c.subject, count=n
    )


def lock_icon() -> QIcon:
    """A small padlock (drawn: no icon font is guaranteed on coordinators' machines)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#333333"), 1.6))
    p.drawArc(QRectF(3.5, 1.5, 7, 8), 0, 180 * 16)
    p.drawLine(QPointF(3.5, 5.5), QPointF(3.5, 7))
    p.drawLine(QPointF(10.5, 5.5), QPointF(10.5, 7))
    p.setBrush(QBrush(QColor("#333333")))
    p.drawRoundedRect(QRectF(2, 6.5, 10, 7), 1.5, 1.5)
    p.end()
    return QIcon(pixmap)


class ScheduleGridModel(QAbstractTableModel):
    """Rows: a heading row per session, then its slots; columns: the tables (by name)."""

    move_requested = Signal(int, object, int)  # meeting id, slot start (UTC), table id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: GridData | None = None
        self._rows: list[GridSession | GridSlot | GridBreak] = []
        self._tables: list[str] = []
        self._table_id: dict[tuple[int, str], int] = {}
        self._cells: dict[tuple[str, int], list[GridMeeting]] = {}
        self._conflicts: dict[int, list[Conflict]] = {}
        self._all_conflicts: list[Conflict] = []
        self._lock = lock_icon()

    # --- content ---------------------------------------------------------------------------

    def set_grid(self, grid: GridData | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self._rows, self._tables, self._table_id, self._cells = [], [], {}, {}
        if grid is not None:
            for session in grid.sessions:
                self._rows.append(session)
                self._rows.extend(session.rows())  # slots and breaks in time order
                for t in session.tables:
                    if t.name not in self._tables:
                        self._tables.append(t.name)
                    self._table_id[(session.id, t.name)] = t.id
            cells: dict[tuple[str, int], list[GridMeeting]] = defaultdict(list)
            for m in grid.meetings:
                if m.slot_id is not None:
                    cells[(m.slot_id, m.table_id)].append(m)
            self._cells = dict(cells)
            self._all_conflicts = conflicts(grid)
        else:
            self._all_conflicts = []
        self._conflicts = conflicts_by_meeting(self._all_conflicts)
        self.endResetModel()

    def grid(self) -> GridData | None:
        return self._grid

    def all_conflicts(self) -> list[Conflict]:
        return list(self._all_conflicts)

    def session_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, GridSession)]

    def break_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, GridBreak)]

    def crowded_rows(self) -> list[int]:
        """Rows with a cell holding more than one meeting."""
        crowded = {slot_id for (slot_id, _t), ms in self._cells.items() if len(ms) > 1}
        return [i for i, r in enumerate(self._rows) if isinstance(r, GridSlot) and r.id in crowded]

    def slot_at(self, row: int) -> GridSlot | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, GridSlot) else None

    def table_id_at(self, index: _Index) -> int | None:
        slot = self.slot_at(index.row())
        if slot is None or not 0 <= index.column() < len(self._tables):
            return None
        return self._table_id.get((slot.session_id, self._tables[index.column()]))

    def meetings_at(self, index: _Index) -> list[GridMeeting]:
        slot, table = self.slot_at(index.row()), self.table_id_at(index)
        if slot is None or table is None:
            return []
        return self._cells.get((slot.id, table), [])

    def index_of_meeting(self, meeting_id: int) -> QModelIndex:
        for (slot_id, table_id), meetings in self._cells.items():
            if any(m.id == meeting_id for m in meetings):
                for row, item in enumerate(self._rows):
                    if isinstance(item, GridSlot) and item.id == slot_id:
                        for col, name in enumerate(self._tables):
                            if self._table_id.get((item.session_id, name)) == table_id:
                                return self.index(row, col)
        return QModelIndex()

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tables)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._tables[section] if 0 <= section < len(self._tables) else None
        item = self._rows[section] if 0 <= section < len(self._rows) else None
        if isinstance(item, GridBreak):
            return item.span
        return item.label if isinstance(item, GridSlot) else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if isinstance(item, GridBreak):
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{item.names.in_(current_language())} ({item.span})"
            if role == Qt.ItemDataRole.BackgroundRole:
                return BREAK_COLOUR
            return None
        if isinstance(item, GridSession):
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                lang = current_language()
                name = item.names.in_(lang) if item.names else item.name
                day = format_date(item.start_local.date(), DocumentLanguage(lang))
                return f"{name} — {day} ({item.timezone})"
            if role == Qt.ItemDataRole.BackgroundRole:
                return SESSION_COLOUR
            return None
        meetings = self.meetings_at(index)
        if role == MEETING_ROLE:
            return meetings[0] if meetings else None
        if not meetings:
            if role == Qt.ItemDataRole.BackgroundRole and self.table_id_at(index) is None:
                return SESSION_COLOUR  # this session has no such table
            return None
        in_conflict = any(m.id in self._conflicts for m in meetings)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self._cell_text(m) for m in meetings)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._lock if any(m.locked for m in meetings) else None
        marked = meetings[0].status if len(meetings) == 1 else MeetingStatus.SCHEDULED
        if role == Qt.ItemDataRole.BackgroundRole:
            if in_conflict:
                return CONFLICT_COLOUR
            if marked in TINTS:
                return TINTS[marked]  # what happened on the day (the glyph says it too)
            return LOCKED_COLOUR if any(m.locked for m in meetings) else None
        if role == STATUS_ROLE:
            return marked if marked is not MeetingStatus.SCHEDULED else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(self._tooltip(m) for m in meetings)
        if role == CONFLICT_ROLE:
            return in_conflict
        if role == PAIR_ROLE:
            return self._pair_text(meetings[0]) if len(meetings) == 1 else None
        if role == INTERPRETER_ROLE:
            return self._interpreter_text(meetings[0]) if len(meetings) == 1 else None
        return None

    def _pair_text(self, m: GridMeeting) -> str:
        if current_language() == "ja":  # a Japanese window: the names a Japanese reader knows
            return f"{m.org_a_name_ja or m.org_a_name} ↔ {m.org_b_name_ja or m.org_b_name}"
        return f"{m.org_a_name} ↔ {m.org_b_name}"

    def _side_names(self, m: GridMeeting) -> tuple[str, str]:
        if current_language() == "ja":
            return m.org_a_name_ja or m.org_a_name, m.org_b_name_ja or m.org_b_name
        return m.org_a_name, m.org_b_name

    def _interpreter_text(self, m: GridMeeting) -> str | None:
        if not m.interpreter_name:
            return None
        name = m.interpreter_name
        known = (
            self._grid.interpreters.get(m.interpreter_id)
            if self._grid and m.interpreter_id
            else None
        )
        if current_language() == "ja" and known is not None and known.name_ja:
            name = known.name_ja  # a Japanese window: the name in kanji
        return translate("B2BGrid", "Interpreter: {name}").format(name=name)

    def _cell_text(self, m: GridMeeting) -> str:
        interpreter = self._interpreter_text(m)
        return self._pair_text(m) + (f"\n{interpreter}" if interpreter else "")

    def _tooltip(self, m: GridMeeting) -> str:
        def named(name: str, ja: str | None) -> str:
            return f"{name} ({ja})" if ja else name

        lines = [f"{named(m.org_a_name, m.org_a_name_ja)} ↔ {named(m.org_b_name, m.org_b_name_ja)}"]
        if m.interpreter_name:
            lines.append(
                translate("B2BGrid", "Interpreter: {name}").format(name=m.interpreter_name)
            )
        if m.locked:
            lines.append(translate("B2BGrid", "Locked: the scheduler and moves leave it here."))
        if m.status is not MeetingStatus.SCHEDULED:
            a, b = self._side_names(m)
            lines.append(labelled(m.status, a, b))
        if m.status_note:
            lines.append(translate("B2BGrid", "Note: {note}").format(note=m.status_note))
        lines += ["⚠ " + conflict_text(c) for c in self._conflicts.get(m.id, [])]
        return "\n".join(lines)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self.table_id_at(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self.meetings_at(index):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # --- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            meetings = self.meetings_at(index)
            if meetings:
                data.setData(MIME_TYPE, QByteArray(str(meetings[0].id).encode()))
                break
        return data

    def _target(self, row: int, column: int, parent: _Index) -> tuple[datetime, int] | None:
        index = parent if parent.isValid() else self.index(row, column)
        slot, table = self.slot_at(index.row()), self.table_id_at(index)
        if slot is None or table is None:
            return None
        return slot.start_utc, table

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and self._target(row, column, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        target = self._target(row, column, parent)
        if not data.hasFormat(MIME_TYPE) or target is None:
            return False
        meeting_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        self.move_requested.emit(meeting_id, target[0], target[1])
        # False: the view must not clear the source cell; the reload shows the truth.
        return False


def small_font(font: QFont) -> QFont:
    """The interpreter's line: a size smaller than the cell's font, in italics."""
    small = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(6.0, size * 0.85))
    else:
        small.setPixelSize(max(8, int(font.pixelSize() * 0.85)))
    small.setItalic(True)
    return small


def badge_font(font: QFont) -> QFont:
    """The status mark's font: the cell's, bold."""
    bold = QFont(font)
    bold.setBold(True)
    return bold


def wrapped_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """``text`` wrapped at ``width`` pixels into at most ``most`` lines; only the last line
    shown is elided ("…"), and only when the text is longer still."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    if len(lines) > most:
        rest = "".join(lines[most - 1 :])
        lines = [
            *lines[: most - 1],
            QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return [line.rstrip() for line in lines]


class MeetingCellDelegate(QStyledItemDelegate):
    """A meeting's cell: the organisations on up to two lines, then the interpreter on a line
    of their own in a smaller font, so neither hides the other behind "…". Without an
    interpreter, long names take a third line where the row's height holds one."""

    PADDING = 3
    TIGHT = 1  # the padding left above and below three lines of names

    def cell_lines(
        self, index: _Index, font: QFont, width: int, height: int | None = None
    ) -> list[tuple[str, QFont]]:
        """The lines drawn in a cell ``width`` × ``height`` pixels (height None: the two lines
        of names every row has room for), each with its font."""
        pair = index.data(PAIR_ROLE)
        if not isinstance(pair, str):
            return []
        inner = max(
            10, width - 2 * self.PADDING - self._icon_width(index) - self._badge_width(index, font)
        )
        interpreter = index.data(INTERPRETER_ROLE)
        small = small_font(font)
        most = PAIR_LINES
        if height is not None:  # as many lines of names as the cell holds besides the rest
            room = height - 2 * self.TIGHT  # paint() narrows the padding for a third line
            if isinstance(interpreter, str):
                room -= QFontMetrics(small).lineSpacing()
            most = max(PAIR_LINES, self._lines_in(room, QFontMetrics(font)))
        lines = [(line, font) for line in wrapped_lines(pair, font, inner, most)]
        if isinstance(interpreter, str):
            lines += [(line, small) for line in wrapped_lines(interpreter, small, inner, 1)]
        return lines

    @staticmethod
    def _block_height(lines: list[tuple[str, QFont]]) -> int:
        """The height ``lines`` take as paint() draws them (the last without its leading)."""
        if not lines:
            return 0
        *above, (_text, last) = lines
        return sum(QFontMetrics(f).lineSpacing() for _t, f in above) + QFontMetrics(last).height()

    @staticmethod
    def _lines_in(room: int, metrics: QFontMetrics) -> int:
        """How many lines fit in ``room`` pixels (the last needs its height, not its spacing,
        as :meth:`paint` draws them)."""
        if room < metrics.height():
            return 0
        return 1 + (room - metrics.height()) // max(1, metrics.lineSpacing())

    @staticmethod
    def _icon_width(index: _Index) -> int:
        return 18 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0

    @staticmethod
    def _badge(index: _Index) -> tuple[str, QColor] | None:
        """The status mark drawn at the cell's right (a glyph, never colour alone)."""
        value = index.data(STATUS_ROLE)  # a str: Qt hands an enum back as its value
        if not isinstance(value, str) or value not in MARKED:
            return None
        status = MeetingStatus(value)
        return (GLYPHS[status], INKS[status]) if status in INKS else None

    def _badge_width(self, index: _Index, font: QFont) -> int:
        badge = self._badge(index)
        if badge is None:
            return 0
        return QFontMetrics(badge_font(font)).horizontalAdvance(badge[0]) + self.PADDING

    @staticmethod
    def row_height(font: QFont) -> int:
        """Room for two lines of names and the interpreter's line."""
        return (
            PAIR_LINES * QFontMetrics(font).lineSpacing()
            + QFontMetrics(small_font(font)).lineSpacing()
            + 2 * MeetingCellDelegate.PADDING
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not isinstance(index.data(PAIR_ROLE), str):
            super().paint(painter, option, index)  # empty, heading, break or crowded cells
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setPen(colour)
        rect = opt.rect.adjusted(
            self.PADDING + self._icon_width(index), self.PADDING, -self.PADDING, -self.PADDING
        )
        lines = self.cell_lines(index, opt.font, opt.rect.width(), opt.rect.height())
        # the top padding, narrowed (down to TIGHT) only when three lines of names need it
        spare = opt.rect.height() - self._block_height(lines)
        y = opt.rect.top() + max(self.TIGHT, min(self.PADDING, spare - self.TIGHT))
        for text, font in lines:
            metrics = QFontMetrics(font)
            if y + metrics.height() > opt.rect.bottom() + 1:
                break
            painter.setFont(font)
            painter.drawText(rect.left(), y + metrics.ascent(), text)
            y += metrics.lineSpacing()
        badge = self._badge(index)
        if badge is not None:
            glyph, ink = badge
            bold = badge_font(opt.font)
            painter.setFont(bold)
            painter.setPen(colour if selected else ink)
            width = QFontMetrics(bold).horizontalAdvance(glyph)
            top = opt.rect.top() + self.PADDING + QFontMetrics(bold).ascent()
            painter.drawText(opt.rect.right() - self.PADDING - width, top, glyph)
        painter.restore()


class ScheduleGridView(QTableView):
    """The grid with drag and drop, session heading rows spanning the width, and a menu."""

    lock_requested = Signal(int, bool)  # meeting id, lock?
    status_requested = Signal(int, object)  # meeting id, MeetingStatus (H, A, B, N, C, S keys)
    note_requested = Signal(int)  # meeting id: ask for its note (Enter, or the menu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(190)
        self.cell_delegate = MeetingCellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.verticalHeader().setDefaultSectionSize(MeetingCellDelegate.row_height(self.font()))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, ScheduleGridModel):
            model.modelReset.connect(self._spans)

    def _spans(self) -> None:
        model = self.model()
        if not isinstance(model, ScheduleGridModel):
            return
        self.clearSpans()
        for row in [*model.session_rows(), *model.break_rows()]:
            if model.columnCount() > 1:
                self.setSpan(row, 0, 1, model.columnCount())
            self.setRowHeight(row, 26)
        for row in model.crowded_rows():
            self.resizeRowToContents(row)  # a double booking shows every meeting of the cell

    def current_meeting(self) -> GridMeeting | None:
        meeting = self.currentIndex().data(MEETING_ROLE)
        return meeting if isinstance(meeting, GridMeeting) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """H, A, B, N, C, S mark the current meeting (held, A or B or neither did not come,
        cancelled, scheduled again); Enter asks for its note."""
        meeting = self.current_meeting()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if meeting is not None and plain and event.key() in KEYS:
            self.status_requested.emit(meeting.id, KEYS[event.key()])
            return
        if meeting is not None and plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.note_requested.emit(meeting.id)
            return
        super().keyPressEvent(event)

    def _menu(self, pos: QPoint) -> None:
        meeting = self.indexAt(pos).data(MEETING_ROLE)
        if not isinstance(meeting, GridMeeting):
            return
        self.setCurrentIndex(self.indexAt(pos))
        menu = self.meeting_menu(meeting)
        menu.exec(self.viewport().mapToGlobal(pos))

    def meeting_menu(self, meeting: GridMeeting) -> QMenu:
        """Lock or unlock; mark what happened on the day (with the key of each); the note."""
        menu = QMenu(self)
        if meeting.locked:
            action = menu.addAction(translate("B2BGrid", "Unlock"))
        else:
            action = menu.addAction(translate("B2BGrid", "Lock"))
        action.triggered.connect(lambda: self.lock_requested.emit(meeting.id, not meeting.locked))
        marks = menu.addMenu(translate("B2BGrid", "Mark on the day"))
        marks.setObjectName("mark_menu")
        for key, status in KEYS.items():
            item = marks.addAction(f"{GLYPHS[status]} {action_text(status)}".strip())
            item.setShortcut(QKeySequence(key))
            item.setCheckable(True)
            item.setChecked(meeting.status is status)
            item.setData(status)
            item.triggered.connect(
                lambda _checked=False, s=status: self.status_requested.emit(meeting.id, s)
            )
        note = menu.addAction(translate("B2BGrid", "Note…"))
        note.setObjectName("note_action")
        note.triggered.connect(lambda: self.note_requested.emit(meeting.id))
        return menu
