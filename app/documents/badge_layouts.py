"""Badge layouts as data: a label sheet and the elements of one badge, in millimetres.

Each layout is a JSON file in ``resources/badges``; its file name (without ``.json``) is the
name ``ponte badges --layout`` takes. The loader checks every field and says which file and
which field is wrong, so a coordinator who edits a layout learns what to fix. Element
positions are measured from the top-left corner of the badge, as on a ruler laid on paper.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A6

from app.common.paths import resources_dir
from app.common.wording import Message
from app.documents import messages as msg
from app.documents.errors import DocumentError

MM = 72 / 25.4  # points per millimetre
DEFAULT_LAYOUT = "a4-90x54"
# What an office printer leaves blank along each edge of the paper (4–5 mm on the lasers and
# inkjets of an office): nothing is drawn there unless a layout says its printer prints to
# the edge (``"unprintable_margin_mm": 0``).
UNPRINTABLE_MARGIN = 5.0
# A label edge closer than this to the paper's edge is the paper's edge: nothing to cut there.
PAPER_EDGE = 1.0

# Named page sizes a layout may use, in millimetres (width, height), portrait.
PAGES: dict[str, tuple[float, float]] = {
    "A4": (A4[0] / MM, A4[1] / MM),
    "A6": (A6[0] / MM, A6[1] / MM),
}


class ElementKind(StrEnum):
    """What a badge element shows; the renderer knows how to draw each."""

    BAND = "band"  # a rectangle in the delegation side's colour, with an optional legend
    NAME = "name"  # the name in the person's own script (kanji for a Japanese person)
    SECOND_NAME = "second_name"  # the name in the other script
    ORGANISATION = "organisation"  # the organisation in the script of the name
    ORGANISATION_OTHER = "organisation_other"  # the organisation in the other script
    TITLE = "title"
    CATEGORY = "category"  # "Delegate · 代表団"
    QR = "qr"


class BandText(StrEnum):
    """The legend a band carries."""

    NONE = "none"
    SIDE = "side"  # "TORINO · トリノ"
    CATEGORY = "category"  # "DELEGATE · 代表団"


class Cut(StrEnum):
    """Where text that still does not fit at its smallest size loses characters."""

    END = "end"  # "Tokai Regional Federation of Automotive Parts Manufactur…"
    MIDDLE = "middle"  # names: "Maria Vittoria … Dell'Acqua Bianchi" keeps both name parts


class Align(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"


class QrContent(StrEnum):
    """What the QR code holds: a contact card, or an id the check-in desk scans."""

    VCARD = "vcard"
    CHECKIN = "checkin"


@dataclass(frozen=True)
class Sheet:
    """Where the labels sit on a page (mm; labels are numbered row by row from the top left)."""

    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    margin_left: float
    margin_top: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    unprintable_margin: float = UNPRINTABLE_MARGIN

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cut_lines(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """Where the sheet is cut (mm from the page's left and top): the labels' edges, less
        those that are the paper's edge. None at all: one label fills the page."""
        xs = {self.label_origin(c)[0] for c in range(self.columns)} | {
            self.label_origin(c)[0] + self.label_width for c in range(self.columns)
        }
        ys = {self.label_origin(r * self.columns)[1] for r in range(self.rows)} | {
            self.label_origin(r * self.columns)[1] + self.label_height for r in range(self.rows)
        }
        return (
            tuple(sorted(x for x in xs if PAPER_EDGE <= x <= self.page_width - PAPER_EDGE)),
            tuple(sorted(y for y in ys if PAPER_EDGE <= y <= self.page_height - PAPER_EDGE)),
        )

    def label_origin(self, index: int) -> tuple[float, float]:
        """Top-left corner of label ``index`` (0-based, row by row), from the page's top left."""
        row, column = divmod(index % self.per_page, self.columns)
        return (
            self.margin_left + column * (self.label_width + self.gap_x),
            self.margin_top + row * (self.label_height + self.gap_y),
        )


@dataclass(frozen=True)
class Element:
    """One thing drawn on a badge, in a box (mm from the badge's top left).

    Text elements start at ``size`` points and shrink down to ``min_size`` to fit the box;
    then they wrap to ``lines`` lines, then they lose characters at ``cut`` (an ellipsis).
    """

    kind: ElementKind
    x: float
    y: float
    width: float
    height: float
    size: float = 10.0
    min_size: float = 6.0
    lines: int = 1
    align: Align = Align.LEFT
    bold: bool = False
    colour: str = "#1a1a1a"
    band_text: BandText = BandText.NONE
    cut: Cut = Cut.END


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    sheet: Sheet
    qr: QrContent
    elements: tuple[Element, ...]

    @property
    def needs_borderless(self) -> bool:
        """Whether something is drawn within ``UNPRINTABLE_MARGIN`` of the paper's edge (a
        layout whose sheet declares a smaller unprintable margin, for a borderless printer):
        an office printer would leave it out."""
        return any(
            _edge_distance(self.sheet, element) < UNPRINTABLE_MARGIN - 0.05
            for element in self.elements
        )


def _edge_distance(sheet: Sheet, element: Element) -> float:
    """How close ``element`` comes to the paper's edge on any label of the sheet (mm)."""
    first_left, first_top = sheet.label_origin(0)
    last_left, last_top = sheet.label_origin(sheet.per_page - 1)
    return min(
        first_left + element.x,
        first_top + element.y,
        sheet.page_width - (last_left + element.x + element.width),
        sheet.page_height - (last_top + element.y + element.height),
    )


def layouts_dir() -> Path:
    return resources_dir() / "badges"


def layout_names(folder: Path | None = None) -> list[str]:
    """The layouts there are, sorted (the names ``--layout`` takes)."""
    folder = folder or layouts_dir()
    return sorted(p.stem for p in folder.glob("*.json"))


def load_layout(name: str, folder: Path | None = None) -> Layout:
    """The layout called ``name``; a :class:`DocumentError` listing the layouts if unknown."""
    folder = folder or layouts_dir()
    path = folder / f"{name}.json"
    if not path.is_file():
        known: str | Message = ", ".join(layout_names(folder)) or msg.NO_LAYOUTS()
        raise DocumentError(msg.NO_LAYOUT(name=name, known=known))
    return load_layout_file(path)


def load_layout_file(path: Path) -> Layout:
    """Read and check one layout file; every problem names the file and the field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(msg.LAYOUT_UNREADABLE(path=path, reason=str(exc))) from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(
            msg.LAYOUT_NOT_JSON(path=path, line=exc.lineno, reason=exc.msg)
        ) from exc
    return _Reader(path).layout(raw)


class _Reader:
    """Turns the JSON of one file into a :class:`Layout`, naming the file in every error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str | Message, problem: Message) -> DocumentError:
        """``field`` is as the file names it (``elements[2].type``); ``problem`` one of the
        ``messages`` that say what is wrong with it."""
        return DocumentError(msg.LAYOUT_FIELD(path=self.path, field=field, problem=problem))

    def obj(self, value: Any, field: str | Message) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, msg.MUST_BE_OBJECT())
        return value

    def number(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        default: float | None = None,
        minimum: float = 0.0,
        positive: bool = False,
    ) -> float:
        field = f"{where}.{key}" if where else key
        if key not in data:
            if default is None:
                raise self.fail(field, msg.IS_MISSING())
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, msg.MUST_BE_NUMBER(value=value))
        if value < minimum or (positive and value <= 0):
            said = msg.MUST_BE_ABOVE if positive else msg.MUST_BE_AT_LEAST
            raise self.fail(field, said(minimum=minimum))
        return float(value)

    def integer(self, data: dict[str, Any], key: str, where: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(f"{where}.{key}", msg.MUST_BE_WHOLE(value=value))
        return value

    def choice(
        self, data: dict[str, Any], key: str, where: str, kind: type[StrEnum], default: str
    ) -> Any:
        value = data.get(key, default)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(k.value for k in kind)
            raise self.fail(
                f"{where}.{key}", msg.NOT_ONE_OF(value=value, allowed=allowed)
            ) from None

    def layout(self, raw: Any) -> Layout:
        data = self.obj(raw, msg.TOP_LEVEL())
        unknown = set(data) - {"description", "source", "sheet", "qr", "elements", "elements_from"}
        if unknown:
            raise self.fail(", ".join(sorted(unknown)), msg.UNKNOWN_FIELD())
        sheet = self.sheet(self.obj(data.get("sheet"), "sheet"))
        qr = self.choice(data, "qr", "layout", QrContent, QrContent.CHECKIN.value)
        elements_raw = data.get("elements")
        if "elements_from" in data:
            # The same badge on another sheet: its elements are written once, in the other file.
            if elements_raw is not None:
                raise self.fail("elements_from", msg.NOT_WITH_ELEMENTS())
            elements_raw = self.borrowed_elements(data["elements_from"])
        if not isinstance(elements_raw, list) or not elements_raw:
            raise self.fail("elements", msg.NON_EMPTY_LIST())
        elements = tuple(self.element(e, i, sheet) for i, e in enumerate(elements_raw))
        for index, element in enumerate(elements):
            self.printable(element, index, sheet)
        description = data.get("description", "")
        if not isinstance(description, str):
            raise self.fail("description", msg.MUST_BE_TEXT())
        return Layout(self.path.stem, description, sheet, qr, elements)

    def borrowed_elements(self, name: Any) -> Any:
        other = self.path.with_name(f"{name}.json")
        if not isinstance(name, str) or other == self.path or not other.is_file():
            raise self.fail("elements_from", msg.NO_OTHER_LAYOUT(name=name))
        try:
            return json.loads(other.read_text(encoding="utf-8")).get("elements")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
            raise self.fail(
                "elements_from", msg.CANNOT_READ_OTHER(path=other, reason=str(exc))
            ) from exc

    def sheet(self, data: dict[str, Any]) -> Sheet:
        page = data.get("page")
        if isinstance(page, str):
            if page not in PAGES:
                allowed = ", ".join(PAGES)
                raise self.fail("sheet.page", msg.NOT_ONE_OF(value=page, allowed=allowed))
            page_width, page_height = PAGES[page]
        else:
            size = self.obj(page, "sheet.page")
            page_width = self.number(size, "width_mm", "sheet.page", positive=True)
            page_height = self.number(size, "height_mm", "sheet.page", positive=True)
        sheet = Sheet(
            page_width=page_width,
            page_height=page_height,
            label_width=self.number(data, "label_width_mm", "sheet", positive=True),
            label_height=self.number(data, "label_height_mm", "sheet", positive=True),
            columns=self.integer(data, "columns", "sheet"),
            rows=self.integer(data, "rows", "sheet"),
            margin_left=self.number(data, "margin_left_mm", "sheet"),
            margin_top=self.number(data, "margin_top_mm", "sheet"),
            gap_x=self.number(data, "gap_x_mm", "sheet", default=0.0),
            gap_y=self.number(data, "gap_y_mm", "sheet", default=0.0),
            unprintable_margin=self.number(
                data, "unprintable_margin_mm", "sheet", default=UNPRINTABLE_MARGIN
            ),
        )
        # A hair of tolerance: sheets are specified to 0.1 mm and A4 is 209.97 mm in points.
        right = (
            sheet.margin_left
            + sheet.columns * sheet.label_width
            + (sheet.columns - 1) * sheet.gap_x
        )
        bottom = sheet.margin_top + sheet.rows * sheet.label_height + (sheet.rows - 1) * sheet.gap_y
        if right > sheet.page_width + 0.05:
            raise self.fail("sheet", msg.LABELS_PAST_WIDTH(reach=right, width=sheet.page_width))
        if bottom > sheet.page_height + 0.05:
            raise self.fail("sheet", msg.LABELS_PAST_HEIGHT(reach=bottom, height=sheet.page_height))
        return sheet

    def printable(self, element: Element, index: int, sheet: Sheet) -> None:
        """Refuse an element that some label puts in the paper's unprintable margin: an office
        printer would cut it off (a colour band ending in a white strip, half a QR code)."""
        distance = _edge_distance(sheet, element)
        if distance < sheet.unprintable_margin - 0.05:  # the same hair of tolerance as above
            raise self.fail(
                f"elements[{index}]",
                msg.IN_UNPRINTABLE_MARGIN(
                    distance=round(distance, 1), margin=sheet.unprintable_margin
                ),
            )

    def element(self, raw: Any, index: int, sheet: Sheet) -> Element:
        where = f"elements[{index}]"
        data = self.obj(raw, where)
        kind = self.choice(data, "type", where, ElementKind, "")
        known = {
            "type",
            "x",
            "y",
            "width",
            "height",
            "size",
            "min_size",
            "lines",
            "align",
            "bold",
            "colour",
            "text",
            "cut",
        }
        unknown = set(data) - known
        if unknown:
            raise self.fail(f"{where}.{sorted(unknown)[0]}", msg.UNKNOWN_FIELD())
        x = self.number(data, "x", where)
        y = self.number(data, "y", where)
        width = self.number(data, "width", where, positive=True)
        height = self.number(data, "height", where, positive=True)
        if x + width > sheet.label_width + 1e-6:
            raise self.fail(where, msg.ELEMENT_PAST_WIDTH(reach=x + width, width=sheet.label_width))
        if y + height > sheet.label_height + 1e-6:
            raise self.fail(
                where, msg.ELEMENT_PAST_HEIGHT(reach=y + height, height=sheet.label_height)
            )
        size = self.number(data, "size", where, default=10.0, positive=True)
        min_size = self.number(data, "min_size", where, default=min(6.0, size), positive=True)
        if min_size > size:
            raise self.fail(f"{where}.min_size", msg.LARGER_THAN_SIZE(size=size))
        lines = int(self.number(data, "lines", where, default=1.0, minimum=1))
        if lines > 2:
            raise self.fail(f"{where}.lines", msg.ONE_OR_TWO())
        bold = data.get("bold", False)
        if not isinstance(bold, bool):
            raise self.fail(f"{where}.bold", msg.TRUE_OR_FALSE())
        colour = data.get("colour", "#1a1a1a")
        if not (isinstance(colour, str) and len(colour) == 7 and colour.startswith("#")):
            raise self.fail(f"{where}.colour", msg.NOT_A_COLOUR(value=colour))
        try:
            int(colour[1:], 16)
        except ValueError:
            raise self.fail(f"{where}.colour", msg.NOT_A_COLOUR(value=colour)) from None
        return Element(
            kind=kind,
            x=x,
            y=y,
            width=width,
            height=height,
            size=size,
            min_size=min_size,
            lines=lines,
            align=self.choice(data, "align", where, Align, Align.LEFT.value),
            bold=bold,
            colour=colour,
            band_text=self.choice(data, "text", where, BandText, BandText.NONE.value),
            cut=self.choice(data, "cut", where, Cut, Cut.END.value),
        )
