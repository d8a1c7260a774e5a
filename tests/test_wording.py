"""Every sentence the domain says to a user (each :class:`Wording` declared under app/) exists in
Italian, Japanese and English with the same placeholders, under a key of its own; and a
:class:`UserError` reads in the language asked for, in the CLI and in the window."""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import re
from collections.abc import Mapping

import pytest

import app
from app.common.errors import UserError
from app.common.wording import LANGUAGES, Message, Wording

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


def all_wordings() -> list[Wording]:
    """Every Wording bound to a name (or held in a mapping) in a module of app/."""
    found: dict[int, Wording] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if ".migrations." in info.name:
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            candidates = value.values() if isinstance(value, Mapping) else [value]
            for candidate in candidates:
                if isinstance(candidate, Wording):
                    found[id(candidate)] = candidate
    return sorted(found.values(), key=lambda w: w.key)


WORDINGS = all_wordings()


def test_the_catalogue_is_found() -> None:
    """The walk finds the wordings (a test that finds none would pass for nothing)."""
    keys = {w.key for w in WORDINGS}
    assert {"files.cannot_write", "core.no_mission", "validation.required"} <= keys


def test_keys_are_unique() -> None:
    keys = [w.key for w in WORDINGS]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


@pytest.mark.parametrize("wording", WORDINGS, ids=lambda w: w.key)
def test_each_sentence_is_in_three_languages(wording: Wording) -> None:
    """Italian, Japanese and English, each non-empty, with the same placeholders; the
    Japanese in Japanese script (a copy of the English is not a translation)."""
    for lang in LANGUAGES:
        assert wording.template(lang).strip(), f"{wording.key}: no {lang}"
    assert wording.placeholders("it") == wording.placeholders("en"), wording.key
    assert wording.placeholders("ja") == wording.placeholders("en"), wording.key
    bare = re.sub(r"\{[^}]*\}", "", wording.ja)
    if bare.strip():
        assert JAPANESE.search(bare), f"{wording.key}: the Japanese has no Japanese"


def test_a_user_error_reads_in_each_language() -> None:
    """English in str() (the CLI, the log), the language asked for in text()."""
    said = Wording(
        "test.example", en="No {thing} here.", it="Nessun {thing} qui.", ja="{thing}はありません。"
    )
    error = UserError(said(thing="tavolo"))
    assert str(error) == "No tavolo here."
    assert error.text("it") == "Nessun tavolo qui."
    assert error.text("ja") == "tavoloはありません。"
    assert error.text("fr") == "No tavolo here."  # any other language: English


def test_a_message_inside_a_message_is_worded_in_the_same_language() -> None:
    inner = Wording("test.inner", en="participant", it="partecipante", ja="参加者")
    outer = Wording("test.outer", en="No {what}.", it="Nessun {what}.", ja="{what}がいません。")
    message = outer(what=inner())
    assert isinstance(message, Message)
    assert message.text("ja") == "参加者がいません。"
    assert message.text("it") == "Nessun partecipante."


def test_a_translation_with_a_broken_placeholder_falls_back_to_english() -> None:
    broken = Wording("test.broken", en="Table {table}", it="Tavolo {tavolo}", ja="テーブル {table}")
    assert broken(table="A1").text("it") == "Table A1"


class _Refused(UserError):
    def __init__(self, message: Message, exit_status: int) -> None:
        super().__init__(message)
        self.exit_status = exit_status


def test_a_user_error_survives_pickling() -> None:
    """Worker processes (the documents' renderers) send their errors back pickled: the same
    class, the same message in every language, the subclass's own attributes."""
    inner = Wording("test.inner", en="participant", it="partecipante", ja="参加者")
    outer = Wording("test.outer", en="No {what}.", it="Nessun {what}.", ja="{what}がいません。")
    error = pickle.loads(pickle.dumps(_Refused(outer(what=inner()), exit_status=2)))
    assert type(error) is _Refused and error.exit_status == 2
    assert str(error) == "No participant." and error.args == ("No participant.",)
    assert error.text("ja") == "参加者がいません。"
