"""What marking a delegate absent, its re-plan and its updates say, in it/ja/en."""

from __future__ import annotations

from app.common.wording import Wording

NO_PARTICIPANT = Wording(
    "absence.no_participant",
    en="There is no participant {participant} in this database.",
    it="Nel database non c'è il partecipante {participant}.",
    ja="このデータベースに参加者 {participant} はいません。",
)
OTHER_MISSION = Wording(
    "absence.other_mission",
    en="{name} is a participant of another mission ({other}), not of {mission}.",
    it="{name} partecipa a un'altra missione ({other}), non a {mission}.",
    ja="{name} は別のミッション（{other}）の参加者で、{mission} の参加者ではありません。",
)
OUTSIDE_MISSION = Wording(
    "absence.outside_mission",
    en="{day} is not a day of the mission ({first} – {last}).",
    it="Il {day} non è un giorno della missione ({first} – {last}).",
    ja="{day} はミッションの日程（{first}〜{last}）に含まれていません。",
)
NO_DAYS = Wording(
    "absence.no_days",
    en="The mission has no dates yet: set its first and last day before marking absences.",
    it="La missione non ha ancora date: indicarne il primo e l'ultimo giorno.",
    ja="ミッションの日程が未設定です。先に開始日と終了日を設定してください。",
)
SKIPPED_TIME = Wording(
    "absence.skipped_time",
    en="{time} does not exist in {zone} that day: the clocks skip it.",
    it="Le {time} non esistono in {zone} quel giorno: l'orologio le salta.",
    ja="{time} はその日の {zone} には存在しません（時計が飛ばす時刻です）。",
)
OVERLAPS = Wording(
    "absence.overlaps",
    en="{name} is already marked absent then ({since} – {until}).",
    it="{name} risulta già assente in quel periodo ({since} – {until}).",
    ja="{name} はその時間すでに欠席として記録されています（{since}〜{until}）。",
)
NO_ABSENCE = Wording(
    "absence.no_absence",
    en="There is no absence {absence} to undo (it may have been removed meanwhile).",
    it="Non c'è l'assenza {absence} da annullare (forse è già stata tolta).",
    ja="取り消す欠席 {absence} はありません（すでに削除された可能性があります）。",
)
NONE_MARKED = Wording(
    "absence.none_marked",
    en="{name} is not marked absent.",
    it="{name} non risulta assente.",
    ja="{name} は欠席として記録されていません。",
)
REASON_TOO_LONG = Wording(
    "absence.reason_too_long",
    en="The reason is longer than {limit} characters.",
    it="Il motivo supera i {limit} caratteri.",
    ja="理由が {limit} 文字を超えています。",
)
DEFAULT_REASON = Wording(
    "absence.default_reason",
    en="Did not arrive",
    it="Non arrivato",
    ja="未到着",
)
NOTHING_AFTER = Wording(
    "absence.nothing_after",
    en="No B2B slot of that day is left after {since}: there is nothing to re-plan.",
    it="Dopo le {since} di quel giorno non resta alcuno slot B2B: non c'è nulla da ripianificare.",
    ja="その日の {since} 以降に B2B の枠は残っていません。再計画するものはありません。",
)
NO_SOLUTION = Wording(
    "absence.no_solution",
    en="The re-plan found no schedule in time; nothing was changed. Try a longer time limit.",
    it="La ripianificazione non ha trovato un calendario in tempo; nulla è cambiato. "
    "Provare con un limite di tempo più lungo.",
    ja="制限時間内に再計画が見つかりませんでした。何も変更していません。"
    "制限時間を長くしてお試しください。",
)
CHANGED_MEANWHILE = Wording(
    "absence.changed_meanwhile",
    en="The mission changed while the re-plan ran; nothing was stored. Re-plan again.",
    it="La missione è cambiata durante la ripianificazione; nulla è stato salvato. Ripetere.",
    ja="再計画の実行中にミッションが変更されたため、保存していません。もう一度再計画してください。",
)
NOTE = Wording(
    "absence.publication_note",
    en="{name} absent from {since}: re-planned",
    it="{name} assente dalle {since}: ripianificato",
    ja="{name} {since} から欠席：再計画",
)
NOT_PUBLISHED = Wording(
    "absence.not_published",
    en="Nothing is published yet: publish the schedule before preparing updates.",
    it="Non è ancora pubblicato nulla: pubblicare il calendario "
    "prima di preparare gli aggiornamenti.",
    ja="まだ何も公開されていません。更新を準備する前にスケジュールを公開してください。",
)
