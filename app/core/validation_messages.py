"""The problems a form or an importer finds in what a coordinator typed, worded once for the
window (next to the field), the importer's report and the command line."""

from __future__ import annotations

from types import MappingProxyType

from app.common.wording import Wording

# by Problem (app.core.validation), whose values are these keys
PROBLEMS = MappingProxyType(
    {
        "required": Wording(
            "validation.required",
            en="This field is required.",
            it="Campo obbligatorio.",
            ja="必須項目です。",
        ),
        "too_long": Wording(
            "validation.too_long",
            en="This is too long (at most {limit} characters).",
            it="Testo troppo lungo (al massimo {limit} caratteri).",
            ja="長すぎます（{limit} 文字以内）。",
        ),
        "not_latin": Wording(
            "validation.not_latin",
            en="Write this in Latin letters; Japanese script has its own fields.",
            it="Scrivere in caratteri latini; per la scrittura giapponese ci sono campi appositi.",
            ja="ローマ字で入力してください。日本語表記は専用の欄に入力します。",
        ),
        "not_kana": Wording(
            "validation.not_kana",
            en="Write the reading in kana (hiragana or katakana).",
            it="Scrivere la lettura in kana (hiragana o katakana).",
            ja="読みはかな（ひらがなまたはカタカナ）で入力してください。",
        ),
        "email_syntax": Wording(
            "validation.email_syntax",
            en="This is not an e-mail address (expected name@example.com).",
            it="Indirizzo e-mail non valido (formato atteso: nome@example.com).",
            ja="メールアドレスの形式が正しくありません（例：name@example.com）。",
        ),
        "email_taken": Wording(
            "validation.email_taken",
            en="Another participant of this mission already has this e-mail.",
            it="Questo indirizzo e-mail è già usato da un altro partecipante della missione.",
            ja="このメールアドレスは、このミッションの別の参加者が既に使用しています。",
        ),
        "name_taken": Wording(
            "validation.name_taken",
            en="Another organisation of this mission already has this name.",
            it="Questo nome è già usato da un'altra organizzazione della missione.",
            ja="この名称は、このミッションの別の組織が既に使用しています。",
        ),
        "language_code": Wording(
            "validation.language_code",
            en='"{code}" is not a two-letter ISO 639-1 language code (e.g. it, ja, en).',
            it="“{code}” non è un codice lingua ISO 639-1 di due lettere (es. it, ja, en).",
            ja="「{code}」は 2 文字の ISO 639-1 言語コードではありません（例：it, ja, en）。",
        ),
        "sector": Wording(
            "validation.sector",
            en='"{value}" is not a known sector.',
            it="“{value}” non è un settore previsto.",
            ja="「{value}」は登録されている業種ではありません。",
        ),
        "choice": Wording(
            "validation.choice",
            en='"{value}" is not one of the choices.',
            it="“{value}” non è tra le scelte possibili.",
            ja="「{value}」は選択肢にありません。",
        ),
        "not_in_mission": Wording(
            "validation.not_in_mission",
            en="This belongs to another mission.",
            it="Appartiene a un'altra missione.",
            ja="別のミッションに属しています。",
        ),
        "max_meetings": Wording(
            "validation.max_meetings",
            en="The maximum number of meetings must be at least 1 (or no limit).",
            it="Il numero massimo di incontri deve essere almeno 1 (oppure nessun limite).",
            ja="最大商談数は 1 以上にしてください（または制限なし）。",
        ),
        "parallel_meetings": Wording(
            "validation.parallel_meetings",
            en="Parallel meetings must be at least 1.",
            it="Gli incontri in parallelo devono essere almeno 1.",
            ja="同時商談数は 1 以上にしてください。",
        ),
        "website": Wording(
            "validation.website",
            en="This is not a web address (expected https://example.com).",
            it="Indirizzo web non valido (formato atteso: https://example.com).",
            ja="ウェブアドレスの形式が正しくありません（例：https://example.com）。",
        ),
        "phone": Wording(
            "validation.phone",
            en="A phone number has digits, spaces and + ( ) - . only.",
            it="Un numero di telefono può contenere solo cifre, spazi e + ( ) - .",
            ja="電話番号に使えるのは数字、スペース、+ ( ) - . のみです。",
        ),
        "conflict": Wording(
            "validation.conflict",
            en="This could not be put back: {reason}",
            it="Impossibile ripristinare: {reason}",
            ja="元に戻せませんでした：{reason}",
        ),
    }
)

FIELD_PROBLEM = Wording(
    "validation.field_problem",
    en="{field}: {problem}",
    it="{field}: {problem}",
    ja="{field}：{problem}",
)
SEMICOLON_LIST = Wording(
    "validation.list", en="{first}; {rest}", it="{first}; {rest}", ja="{first}　{rest}"
)
