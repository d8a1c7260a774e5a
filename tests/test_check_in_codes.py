"""The badge's check-in code and what the desk reads back from a scanner's line (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.check_in_codes import CodeKind, badge_code, read_code
from app.core.name_search import fold, name_keys, query_of, score
from app.model.tokens import TOKEN_ALPHABET, TOKEN_LENGTH, new_check_in_token

tokens = st.text(alphabet=TOKEN_ALPHABET, min_size=TOKEN_LENGTH, max_size=TOKEN_LENGTH)
# What a scanner or a desk puts around a code: the Enter, a tab, spaces, a stray NUL.
edges = st.text(alphabet="\r\n\t \x00\x1b\u3000\ufeff", max_size=4)
CONFUSED = {"0": "Oo", "1": "IiLl"}


@given(tokens)
def test_every_token_reads_back_from_its_badge_code(token: str) -> None:
    code = badge_code(token)
    assert code.isascii() and code.isalnum() and code.isupper()
    assert read_code(code).kind is CodeKind.TOKEN and read_code(code).token == token


def test_new_tokens_make_codes_that_read_back() -> None:
    for _ in range(200):
        token = new_check_in_token()
        assert read_code(badge_code(token) + "\r\n").token == token
        assert read_code("]Q1" + badge_code(token)).token == token  # the symbology announced


@given(tokens, edges, edges, st.data())
def test_what_scanners_and_people_change_is_forgiven(
    token: str, before: str, after: str, data: st.DataObject
) -> None:
    """Caps Lock, Crockford's confusions (O for 0, I or L for 1), the Enter and spaces at the
    ends, full-width forms (an IME left on): still the same token."""
    typed = []
    for ch in badge_code(token):
        choices = [ch, ch.lower(), *CONFUSED.get(ch, "")]
        if ch.isascii():
            choices.append(chr(ord(ch) + 0xFEE0))  # its full-width form
        typed.append(data.draw(st.sampled_from(choices)))
    parsed = read_code(before + "".join(typed) + after)
    assert parsed.kind is CodeKind.TOKEN and parsed.token == token


@given(st.text(max_size=300))
@settings(max_examples=500)
def test_any_text_gets_an_answer_never_an_exception(text: str) -> None:
    parsed = read_code(text)
    assert parsed.kind in CodeKind
    if parsed.kind is CodeKind.TOKEN:
        assert parsed.token is not None and len(parsed.token) == TOKEN_LENGTH


@given(st.text(min_size=1, max_size=30), st.sampled_from("\x00\x07\x08\x1b\x7f\x85\r\n\t"))
def test_a_control_character_inside_is_a_damaged_read(text: str, control: str) -> None:
    """A control character between two visible ones never reaches the name search."""
    assert read_code("A" + text + control + text + "Z").kind is CodeKind.MALFORMED


@pytest.mark.parametrize("line", ["", "\r\n", "\n", "   ", "\t", "\x00", "\u3000\r\n", "\ufeff"])
def test_an_empty_line_is_empty(line: str) -> None:
    assert read_code(line).kind is CodeKind.EMPTY


@pytest.mark.parametrize(
    "line",
    [
        "PONTE:3:42",
        "ponte:3:42\r\n",
        "PONTEç3ç42",  # a US-layout scanner on an Italian laptop
        "PONTE+3+42",  # … on a Japanese (JIS) laptop
        "PONTE：3：42",  # full-width colon
        "PONTE;3;42",
    ],
)
def test_old_badge_codes_are_read_whatever_the_layout_made_of_the_colon(line: str) -> None:
    parsed = read_code(line)
    assert (parsed.kind, parsed.mission_id, parsed.participant_id) == (CodeKind.OLD, 3, 42)


@pytest.mark.parametrize(
    "line",
    [
        "PNT7K3M9QX2D4H",  # one character short
        "PNT7K3M9QX2D4HBB",  # one too many
        "PNT7K3M9QX2D4HU",  # U is in no token
        "PONTE:3:",  # cut short
        "PONTE:3+42",  # two different separators
        "PNT7K3M9\x00QX2D4HB",
        "x" * 201,
    ],
)
def test_damaged_codes_are_malformed(line: str) -> None:
    assert read_code(line).kind is CodeKind.MALFORMED


@pytest.mark.parametrize(
    "line",
    ["Mario Rossi", "Ponte", "Ponte Mario", "山田 太郎", "やまだ", "ﾔﾏﾀﾞ", "O'Neill", "PNT"],
)
def test_names_are_text_for_the_name_search(line: str) -> None:
    parsed = read_code(line + "\r\n")
    assert parsed.kind is CodeKind.TEXT and parsed.text


# --- names -----------------------------------------------------------------------------------

ROSSI = name_keys((("Rossì", "Mario"), (None, None), (None, None)))
YAMADA = name_keys((("Yamada", "Tarō"), ("山田", "太郎"), ("やまだ", "たろう")))


@pytest.mark.parametrize(
    "typed",
    ["Mario Rossi", "Rossi Mario", "rossi", "ROSSÌ", "ross mar", "Ｒｏｓｓｉ", "rossimario"],
)
def test_a_latin_name_is_found_in_either_order_without_accents(typed: str) -> None:
    assert score(query_of(typed), ROSSI) > 0
    assert score(query_of(typed), YAMADA) == 0


@pytest.mark.parametrize(
    "typed",
    ["山田 太郎", "山田太郎", "山田", "やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "やまだたろう", "taro yamada"],
)
def test_a_japanese_name_is_found_in_kanji_kana_or_latin(typed: str) -> None:
    assert score(query_of(typed), YAMADA) > 0
    assert score(query_of(typed), ROSSI) == 0


def test_a_whole_word_scores_above_a_beginning() -> None:
    assert score(query_of("rossi"), ROSSI) > score(query_of("ross"), ROSSI)


def test_voiced_kana_are_not_folded_away() -> None:
    assert fold("やまだ") != fold("やまた")
    assert score(query_of("やまた"), YAMADA) == 0


@given(st.text(max_size=50))
def test_any_typed_text_scores_without_an_exception(text: str) -> None:
    assert score(query_of(text), YAMADA) in (0, 1, 2)
