"""What the check-in desk says (:mod:`app.services.check_in`): one answer per scan or name."""

from __future__ import annotations

from app.common.wording import Wording

CHECKED_IN = Wording(
    "check_in.checked_in",
    en="{name} checked in at {time} ({zone}).",
    it="{name}: registrato all'arrivo alle {time} ({zone}).",
    ja="{name} さんの受付を {time}（{zone}）に記録しました。",
)
ALREADY = Wording(
    "check_in.already",
    en="{name} was already checked in at {time} ({zone}).",
    it="{name} era già registrato alle {time} ({zone}).",
    ja="{name} さんは {time}（{zone}）に受付済みです。",
)
DOUBLE_READ = Wording(
    "check_in.double_read",
    en="{name}: the same badge read twice; checked in once, at {time} ({zone}).",
    it="{name}: lo stesso badge letto due volte; registrato una volta sola, alle {time} ({zone}).",
    ja="{name}：同じバッジが2回読み取られました。受付は {time}（{zone}）の1回のみです。",
)
UNKNOWN_CODE = Wording(
    "check_in.unknown_code",
    en="This code is on no badge of this database. Nobody was checked in: type the name.",
    it="Questo codice non è su nessun badge di questo database. Nessuno è stato registrato: "
    "digitare il nome.",
    ja="このコードはこのデータベースのどのバッジにもありません。受付していません。"
    "名前を入力してください。",
)
UNKNOWN_OLD_CODE = Wording(
    "check_in.unknown_old_code",
    en="Old badge code: there is no participant {participant} in this mission. Nobody was "
    "checked in: type the name.",
    it="Codice di un vecchio badge: in questa missione non c'è il partecipante {participant}. "
    "Nessuno è stato registrato: digitare il nome.",
    ja="旧形式のバッジコード：このミッションに参加者 {participant} はいません。受付していません。"
    "名前を入力してください。",
)
UNKNOWN_PARTICIPANT = Wording(
    "check_in.unknown_participant",
    en="There is no participant {participant} in this mission.",
    it="In questa missione non c'è il partecipante {participant}.",
    ja="このミッションに参加者 {participant} はいません。",
)
OTHER_MISSION = Wording(
    "check_in.other_mission",
    en="This badge is of another mission, “{mission}” ({name}). Nobody was checked in.",
    it="Questo badge è di un'altra missione, «{mission}» ({name}). Nessuno è stato registrato.",
    ja="このバッジは別のミッション「{mission}」（{name}）のものです。受付していません。",
)
OTHER_MISSION_OLD = Wording(
    "check_in.other_mission_old",
    en="This old badge is of another mission, “{mission}”. Nobody was checked in.",
    it="Questo vecchio badge è di un'altra missione, «{mission}». Nessuno è stato registrato.",
    ja="この旧バッジは別のミッション「{mission}」のものです。受付していません。",
)
STALE_BADGE = Wording(
    "check_in.stale_badge",
    en="{name}'s badge was printed before the new check-in codes, and old codes are turned "
    "off for this mission. Check {name} in by name, and reprint the badge.",
    it="Il badge di {name} è stato stampato prima dei nuovi codici, e i vecchi codici sono "
    "disattivati per questa missione. Registrare {name} per nome e ristampare il badge.",
    ja="{name} さんのバッジは新しい受付コードより前に印刷されたもので、このミッションでは"
    "旧コードを受け付けない設定です。名前で受付し、バッジを印刷し直してください。",
)
MALFORMED = Wording(
    "check_in.malformed",
    en="The scan was damaged (unreadable characters). Nobody was checked in: scan again or "
    "type the name.",
    it="La lettura è danneggiata (caratteri illeggibili). Nessuno è stato registrato: "
    "rileggere il badge o digitare il nome.",
    ja="読み取りが壊れています（読めない文字があります）。受付していません。"
    "もう一度読み取るか、名前を入力してください。",
)
EMPTY = Wording(
    "check_in.empty",
    en="Nothing was read. Scan a badge or type a name.",
    it="Non è stato letto nulla. Leggere un badge o digitare un nome.",
    ja="何も読み取られていません。バッジを読み取るか、名前を入力してください。",
)
NO_NAME = Wording(
    "check_in.no_name",
    en="Nobody in this mission is called “{text}”.",
    it="Nessuno in questa missione si chiama «{text}».",
    ja="このミッションに「{text}」という名前の人はいません。",
)
ONE_NAME = Wording(
    "check_in.one_name",
    en="{name}: press Enter to check in.",
    it="{name}: premere Invio per registrare l'arrivo.",
    ja="{name} さん：Enter で受付します。",
)
SOME_NAMES = Wording(
    "check_in.some_names",
    en="{count} people match “{text}”: choose one.",
    it="{count} persone corrispondono a «{text}»: sceglierne una.",
    ja="「{text}」に該当する人が {count} 人います。1人を選んでください。",
)
MANY_NAMES = Wording(
    "check_in.many_names",
    en="{count} people match “{text}”; the first {shown} are shown: type more of the name.",
    it="{count} persone corrispondono a «{text}»; sono mostrate le prime {shown}: "
    "digitare più lettere del nome.",
    ja="「{text}」に該当する人が {count} 人います（最初の {shown} 人を表示）。"
    "名前をもっと入力してください。",
)
UNDONE = Wording(
    "check_in.undone",
    en="{name}'s check-in is undone: not checked in.",
    it="Annullata la registrazione di {name}: non risulta arrivato.",
    ja="{name} さんの受付を取り消しました（未受付）。",
)
NOT_CHECKED_IN = Wording(
    "check_in.not_checked_in",
    en="{name} is not checked in: nothing to undo.",
    it="{name} non risulta registrato: niente da annullare.",
    ja="{name} さんは受付されていません。取り消すものはありません。",
)
CHECKED_IN_AGAIN = Wording(
    "check_in.checked_in_again",
    en="{name}'s check-in changed meanwhile (now {time}, {zone}): not undone.",
    it="La registrazione di {name} è cambiata nel frattempo (ora {time}, {zone}): non annullata.",
    ja="{name} さんの受付はその間に変更されました（現在 {time}、{zone}）。取り消していません。",
)
SIDE_TURIN = Wording("check_in.side_turin", en="Turin", it="Torino", ja="トリノ")
SIDE_NAGOYA = Wording("check_in.side_nagoya", en="Nagoya", it="Nagoya", ja="名古屋")
NO_DELEGATION = Wording(
    "check_in.no_delegation", en="No delegation", it="Senza delegazione", ja="代表団なし"
)
NO_SIDE = Wording("check_in.no_side", en="No side", it="Nessuna parte", ja="所属なし")
