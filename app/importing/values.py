"""A cell turned into the value a field holds, the way the chambers write it: languages as
"it" or "Italiano" or "日本語", consent as "sì" or "はい" or "x", sectors as "Automotive;
Robotica" or "自動車、ロボット". Each parser raises :class:`CellError` with a sentence."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping

from app.common.wording import Wording
from app.importing import messages as msg
from app.importing.fields import header_key
from app.importing.problems import CellError
from app.importing.table import Cell
from app.model import BadgeCategory, DocumentLanguage, InterpreterNeed, Sector, Side


def text(cell: Cell) -> str | None:
    """The cell as text (a number without a trailing '.0'), None when empty."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    value = str(cell).strip()
    return value or None


def _table(pairs: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(word): value for value, words in pairs.items() for word in words}


_LANGUAGES = _table({
    "it": ("it", "ita", "italiano", "italian", "italienisch", "イタリア語", "伊"),
    "ja": ("ja", "jp", "jpn", "giapponese", "japanese", "日本語", "日", "にほんご"),
    "en": ("en", "eng", "inglese", "english", "英語", "英"),
    "fr": ("fr", "francese", "french", "フランス語"),
    "de": ("de", "tedesco", "german", "ドイツ語"),
    "es": ("es", "spagnolo", "spanish", "スペイン語"),
    "zh": ("zh", "cinese", "chinese", "中国語", "中文"),
    "ko": ("ko", "coreano", "korean", "韓国語"),
    "pt": ("pt", "portoghese", "portuguese", "ポルトガル語"),
    "ru": ("ru", "russo", "russian", "ロシア語"),
})  # fmt: skip

_CATEGORIES = _table({
    BadgeCategory.DELEGATE: ("delegate", "delegato", "delegata", "delegazione", "代表団",
                             "団員", "参加者", "partecipante"),
    BadgeCategory.SPEAKER: ("speaker", "relatore", "relatrice", "講演者", "登壇者"),
    BadgeCategory.VIP: ("vip", "autorità", "来賓", "ＶＩＰ"),
    BadgeCategory.STAFF: ("staff", "organizzazione", "organizzatore", "スタッフ", "事務局"),
    BadgeCategory.PRESS: ("press", "stampa", "giornalista", "報道", "プレス", "メディア"),
    BadgeCategory.INTERPRETER: ("interpreter", "interprete", "通訳", "通訳者"),
})  # fmt: skip

_SECTORS = _table({
    Sector.AUTOMOTIVE: ("automotive", "automobilistico", "automotive e componentistica",
                        "自動車", "自動車部品"),
    Sector.AEROSPACE: ("aerospace", "aerospaziale", "aeronautica", "航空宇宙", "航空"),
    Sector.ROBOTICS: ("robotics", "robotica", "ロボット", "ロボティクス"),
    Sector.MACHINERY: ("machinery", "meccanica", "macchinari", "機械", "工作機械"),
    Sector.MATERIALS: ("materials", "materiali", "素材", "材料"),
    Sector.ELECTRONICS: ("electronics", "elettronica", "電子", "エレクトロニクス", "電機"),
    Sector.GREEN_TRANSITION: ("green transition", "green_transition", "transizione verde",
                              "green", "環境", "グリーン"),
    Sector.DIGITAL: ("digital", "digitale", "ict", "it", "デジタル", "情報通信"),
    Sector.ENERGY: ("energy", "energia", "エネルギー"),
    Sector.DESIGN: ("design", "デザイン"),
    Sector.FOOD: ("food", "agroalimentare", "alimentare", "食品", "食"),
    Sector.FINANCE: ("finance", "finanza", "金融"),
    Sector.INSTITUTION: ("institution", "istituzione", "ente", "ente pubblico", "行政",
                         "自治体", "団体"),
    Sector.SERVICES: ("services", "servizi", "サービス"),
})  # fmt: skip

_SIDES = _table({
    Side.TURIN: ("turin", "torino", "italy", "italia", "it", "トリノ", "イタリア"),
    Side.NAGOYA: ("nagoya", "名古屋", "japan", "giappone", "日本", "ja", "jp"),
})  # fmt: skip

_YES = {header_key(w) for w in ("yes", "y", "sì", "si", "s", "x", "1", "true", "vero", "ok",
                                 "はい", "同意", "同意する", "○", "◯", "✓", "✔")}  # fmt: skip
_NO = {header_key(w) for w in ("no", "n", "0", "false", "falso", "いいえ", "不同意",
                                "同意しない", "×", "-")}  # fmt: skip

_YES_MARKS = ("○", "◯", "✓", "✔")
_NO_MARKS = ("×", "-")

_LIST_SEPARATORS = re.compile(r"[,;/、，；・･·\n|]+")
# Words that join the last two items of a list: "italiano e inglese", "日本語と英語".
_AND = re.compile(r"\s+(?:e|ed|and|und|et|y)\s+|(?<=語)(?:と|及び|および|や)", re.IGNORECASE)


def _lookup(table: Mapping[str, str], cell: Cell, unknown: Wording) -> str | None:
    value = text(cell)
    if value is None:
        return None
    found = table.get(header_key(value))
    if found is None:
        raise CellError(unknown(value=value))
    return found


def is_list(value: str | None) -> bool:
    """True when ``value`` holds more than one item ("日本語、英語", "italiano e inglese")."""
    return value is not None and len(_items(value)) > 1


@functools.lru_cache(maxsize=4096)  # pure, and a file repeats its lists
def _items(value: str) -> tuple[str, ...]:
    """The items of a list as the chambers write one: separated by commas, semicolons,
    slashes, middle dots or new lines in any width ("日本語、英語", "it/en"), by "e", "and",
    "と", "及び" …, or by spaces alone ("Italiano Inglese") when no item has one."""
    folded = unicodedata.normalize("NFKC", value)
    parts = [p.strip() for p in _LIST_SEPARATORS.split(folded) if p.strip()]
    out: list[str] = []
    for part in parts:
        out += [w for w in _AND.split(part) if w.strip()]
    return tuple(w.strip() for w in out)


def _language_of(word: str) -> str | None:
    """The ISO code of a language as written ("日本語", "inglese", "EN"), None when unknown."""
    code = _LANGUAGES.get(header_key(word))
    if code is not None:
        return code
    folded = unicodedata.normalize("NFKC", word).strip().lower()
    return folded if re.fullmatch(r"[a-z]{2}", folded) else None


def document_language(cell: Cell) -> DocumentLanguage | None:
    value = text(cell)
    if value is not None and is_list(value):
        # "日本語、英語": documents in the first of them that Ponte writes documents in
        codes = languages(cell)
        documents = [c for c in codes if c in DocumentLanguage.__members__.values()]
        if not documents:
            raise CellError(msg.DOCUMENT_LANGUAGE(code=codes[0]))
        return DocumentLanguage(documents[0])
    code = _lookup(_LANGUAGES, cell, msg.UNKNOWN_LANGUAGE)
    if code is None:
        return None
    if code not in DocumentLanguage.__members__.values():
        raise CellError(msg.DOCUMENT_LANGUAGE(code=code))
    return DocumentLanguage(code)


def languages(cell: Cell) -> tuple[str, ...]:
    value = text(cell)
    if value is None:
        return ()
    out: list[str] = []
    for part in _items(value):
        code = _language_of(part)
        if code is None:
            words = part.split()
            found = [_language_of(w) for w in words]
            if len(words) < 2 or None in found:  # "Italiano Inglese": a list by spaces
                raise CellError(msg.UNKNOWN_LANGUAGE(value=part))
            out += [c for c in found if c is not None and c not in out]
            continue
        if code not in out:
            out.append(code)
    return tuple(out)


def badge_category(cell: Cell) -> BadgeCategory | None:
    found = _lookup(_CATEGORIES, cell, msg.UNKNOWN_BADGE_CATEGORY)
    return BadgeCategory(found) if found is not None else None


def side(cell: Cell) -> Side | None:
    found = _lookup(_SIDES, cell, msg.UNKNOWN_SIDE)
    return Side(found) if found is not None else None


def sectors(cell: Cell) -> tuple[Sector, ...]:
    value = text(cell)
    if value is None:
        return ()
    out: list[Sector] = []
    unknown = []
    for part in _LIST_SEPARATORS.split(value):
        if not part.strip():
            continue
        found = _SECTORS.get(header_key(part))
        if found is None:
            unknown.append(part.strip())
        elif Sector(found) not in out:
            out.append(Sector(found))
    if unknown:
        listed = ", ".join(f'"{u}"' for u in unknown)
        raise CellError(msg.UNKNOWN_SECTORS(sectors=listed))
    return tuple(out)


def consent(cell: Cell) -> bool:
    if cell is None:
        return False
    if isinstance(cell, bool):
        return cell
    # Marks first: header_key drops symbols, so "×" and "○" would both be "" to the word sets.
    if cell in _YES_MARKS:
        return True
    if cell in _NO_MARKS:
        return False
    key = header_key(text(cell) or "")
    if key and key in _YES:
        return True
    if key and key in _NO:
        return False
    raise CellError(msg.NOT_YES_NO(value=text(cell)))


def positive_int(cell: Cell) -> int | None:
    value = text(cell)
    if value is None:
        return None
    folded = unicodedata.normalize("NFKC", value)
    if not folded.isdigit() or int(folded) < 1:
        raise CellError(msg.NOT_POSITIVE(value=value))
    return int(folded)


def yes_no(cell: Cell) -> bool | None:
    """Yes or no as :func:`consent` reads it; None when the cell is empty (keep what is saved)."""
    return None if text(cell) is None else consent(cell)


def priority(cell: Cell) -> int | None:
    """A meeting request's priority: a whole number from 1 (nice to have) to 5 (essential)."""
    value = text(cell)
    if value is None:
        return None
    folded = unicodedata.normalize("NFKC", value)
    if not folded.isascii() or not folded.isdigit():
        raise CellError(msg.NOT_PRIORITY(value=value))
    if not 1 <= int(folded) <= 5:
        raise CellError(msg.PRIORITY_RANGE(value=value))
    return int(folded)


_INTERPRETER_NEEDS = _table({
    InterpreterNeed.REQUIRED: ("required", "needed", "yes", "y", "sì", "si", "x", "necessario",
                               "richiesto", "obbligatorio", "必要", "要", "あり", "有", "はい"),
    InterpreterNeed.NONE: ("none", "not needed", "no", "n", "non necessario", "nessuno",
                           "不要", "なし", "無", "いいえ"),
    InterpreterNeed.AUTO: ("auto", "automatic", "automatico", "da lingue", "from languages",
                           "自動"),
})  # fmt: skip


def interpreter_need(cell: Cell) -> InterpreterNeed | None:
    """Whether a meeting needs an interpreter: required, none, or auto (from the languages)."""
    if isinstance(cell, bool) or cell in _YES_MARKS or cell in _NO_MARKS:
        return InterpreterNeed.REQUIRED if consent(cell) else InterpreterNeed.NONE
    value = text(cell)
    if value is None:
        return None
    found = _INTERPRETER_NEEDS.get(header_key(value))
    if found is None:
        raise CellError(msg.NOT_INTERPRETER_NEED(value=value))
    return InterpreterNeed(found)
