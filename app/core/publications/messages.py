"""What publications say to a user."""

from __future__ import annotations

from app.common.wording import Wording

TWO_MEETINGS = Wording(
    "publications.two_meetings",
    en="{names} have two meetings (ids {first} and {second}); a pair meets once per mission. "
    "Cancel or delete one of them, then publish.",
    it="{names} hanno due incontri (id {first} e {second}); una coppia si incontra una sola "
    "volta per missione. Annullarne o eliminarne uno, poi pubblicare.",
    ja="{names} には商談が2件あります（ID {first} と {second}）。同じ組み合わせの商談は"
    "1ミッションにつき1回です。どちらかを中止または削除してから公開してください。",
)
NOT_PUBLISHED = Wording(
    "publications.not_published",
    en="This mission has not been published yet.",
    it="Questa missione non è ancora stata pubblicata.",
    ja="このミッションはまだ公開されていません。",
)
NO_VERSION = Wording(
    "publications.no_version",
    en="This mission has no version {number}.",
    it="Questa missione non ha una versione {number}.",
    ja="このミッションに第{number}版はありません。",
)
NO_VERSION_BEFORE = Wording(
    "publications.no_version_before",
    en="This mission has no version {since} before version {number}.",
    it="Questa missione non ha una versione {since} precedente alla versione {number}.",
    ja="このミッションには第{number}版より前の第{since}版がありません。",
)
NEWER_FORMAT = Wording(
    "publications.newer_format",
    en="Version {number} was published by a newer Ponte (snapshot format {format}); "
    "update Ponte to read it.",
    it="La versione {number} è stata pubblicata da una versione più recente di Ponte "
    "(formato {format}); aggiornare Ponte per leggerla.",
    ja="第{number}版は新しいバージョンの Ponte で公開されています（形式 {format}）。"
    "読むには Ponte を更新してください。",
)
NOTHING_TO_PUBLISH = Wording(
    "publications.nothing_to_publish",
    en="Nothing to publish in {mission}: it has no meetings and no programme items yet. "
    "Schedule the B2B meetings or add programme items first.",
    it="Niente da pubblicare in {mission}: non ci sono ancora incontri né voci di programma. "
    "Pianificare prima gli incontri B2B o aggiungere voci di programma.",
    ja="{mission} には公開するものがありません。商談もプログラム項目もまだありません。"
    "先にB2B商談を組むか、プログラム項目を追加してください。",
)
PUBLISHED_MEANWHILE = Wording(
    "publications.published_meanwhile",
    en="Another version of this mission was published at the same moment; try again.",
    it="Un'altra versione di questa missione è stata pubblicata nello stesso momento; riprovare.",
    ja="同じ時刻にこのミッションの別の版が公開されました。もう一度お試しください。",
)
