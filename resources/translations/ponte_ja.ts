<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/absence.py" line="+83"/>
        <source>Mark absent</source>
        <translation>欠席を記録</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The whole day</source>
        <translation>終日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a time to the end of the day</source>
        <translation>指定時刻から終日</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. flight cancelled</source>
        <translation>例：フライト欠航</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark absent and re-plan</source>
        <translation>欠席を記録して再計画</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>開始時刻：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-planning the rest of the day…</source>
        <translation>当日の残りを再計画しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Meeting</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and publish</source>
        <translation>承認して公開</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the absence</source>
        <translation>欠席の記録を取り消す</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who does not arrive: {name}</source>
        <translation>到着しない人：{name}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>{name} absent from {since}. Nothing is stored until you accept. {people} other people&apos;s schedules change.</source>
        <translation>{name} は {since} から欠席。承認するまで何も保存されません。ほかに {people} 人の予定が変わります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed from the waiting list</source>
        <translation>待機リストから追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept, without the absent person</source>
        <translation>欠席者なしで継続</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People affected ({count})</source>
        <translation>影響を受ける人（{count}）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing changed; nothing was published.</source>
        <translation>変更はありません。公開していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored and published as version {number}.</source>
        <translation>保存し、バージョン {number} として公開しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Prepare updates for %n people…</source>
        <translation>
            <numerusform>%n 人分の更新を準備…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was re-planned; the absence stays marked.</source>
        <translation>再計画は行っていません。欠席の記録は残ります。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} is no longer marked absent.</source>
        <translation>{name} の欠席の記録を取り消しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the updates</source>
        <translation>更新の保存先フォルダー</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote {files} files for {people} people into {folder}.</source>
        <translation>{people} 人分のファイル {files} 件を {folder} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>AmbiguousTimeBox</name>
    <message>
        <location filename="../../ui/programme/ambiguous.py" line="+23"/>
        <source>Which time?</source>
        <translation>どちらの時刻ですか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} (before the clocks go back)</source>
        <translation>{time}（時計が戻る前）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} (after)</source>
        <translation>{time}（戻った後）</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="+208"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>商談数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>欠席</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <location filename="../../ui/widgets/day_timeline.py" line="+768"/>
        <source>Availability</source>
        <translation>不在時間</translation>
    </message>
</context>
<context>
    <name>B2BGrid</name>
    <message>
        <location filename="../../ui/b2b/grid.py" line="+94"/>
        <source>{team} has {count} meetings at once (at most {capacity}).</source>
        <translation>{team} の同時商談が {count} 件あります（最大 {capacity} 件）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interpreter {name} is in {count} meetings at once.</source>
        <translation>通訳 {name} が {count} 件の商談に同時に割り当てられています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{team} is unavailable in this slot.</source>
        <translation>{team} はこの時間枠に参加できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interpreter {name} is unavailable in this slot.</source>
        <translation>通訳 {name} はこの時間枠に対応できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer on a slot or table of {session} (the session was changed): run the scheduler to place it again (unlock it first if it is locked).</source>
        <translation>{session} の枠またはテーブルから外れています（セッションが変更されました）。スケジューラを再実行して配置し直してください（ロックされている場合は先に解除）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table {table} has {count} meetings in this slot.</source>
        <translation>テーブル {table} にこの時間枠の商談が {count} 件入っています。</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+13"/>
        <source>Interpreter: {name}</source>
        <translation>通訳：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: the scheduler and moves leave it here.</source>
        <translation>固定：自動スケジュール作成や移動を行っても、この位置から動きません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {note}</source>
        <translation>メモ：{note}</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Unlock</source>
        <translation>固定解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark on the day</source>
        <translation>当日の記録</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
</context>
<context>
    <name>B2BPage</name>
    <message>
        <location filename="../../ui/pages/b2b.py" line="+81"/>
        <location line="+359"/>
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>A locked meeting stays where it is.</source>
        <translation>固定した商談は今の位置から動きません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a conflict to select its meeting (and lock or unlock it).</source>
        <translation>競合を選ぶと、その商談が選択されます（ロック・解除もできます）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The schedule</source>
        <translation>商談スケジュール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The meeting requests</source>
        <translation>商談希望</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+201"/>
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>競合：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Schedule grid</source>
        <translation>スケジュール表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unscheduled requests</source>
        <translation>未配置の商談希望</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timelines</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per table</source>
        <translation>テーブル別</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No B2B session yet: add one.</source>
        <translation>B2B商談会はまだありません。追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a B2B session…</source>
        <translation>B2B商談会を追加…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>B2B meetings</source>
        <translation>B2B商談</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move meeting “{name}”</source>
        <translation>商談「{name}」の移動</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock meeting “{name}”</source>
        <translation>商談「{name}」の固定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock meeting “{name}”</source>
        <translation>商談「{name}」の固定解除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark meeting “{name}”</source>
        <translation>商談「{name}」を記録</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>Unscheduled requests (%n)</source>
        <translation>
            <numerusform>未配置の商談希望（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load: {reason}</source>
        <translation>読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unlock</source>
        <translation>固定解除</translation>
    </message>
</context>
<context>
    <name>B2BReasons</name>
    <message>
        <location filename="../../ui/b2b/lists.py" line="+49"/>
        <source>{a} and {b} share no free slot</source>
        <translation>{a} と {b} に共通の空き枠がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interpreter speaks both {a} and {b}</source>
        <translation>{a} と {b} の両方を話す通訳者がいません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interpreter is free in the slots both are free</source>
        <translation>双方が空いている枠に空いている通訳者がいません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} already has its maximum of {count} meetings</source>
        <translation>{a} はすでに上限の {count} 件の商談があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} is fully booked in the slots both are free</source>
        <translation>{a} は双方が空いている枠がすべて埋まっています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no table is free in the slots both are free</source>
        <translation>双方が空いている枠に空いているテーブルがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a higher-value set of meetings used the slots both are free</source>
        <translation>双方が空いている枠は、より価値の高い商談の組み合わせに使われました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time limit was reached before a schedule meeting every requirement was found</source>
        <translation>すべての条件を満たすスケジュールが見つかる前に制限時間に達しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not scheduled yet: run the scheduler</source>
        <translation>未配置です。スケジューラを実行してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requested or changed after the last run: run the scheduler again</source>
        <translation>前回の実行後に申し込みまたは変更がありました。スケジューラを再実行してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last run placed it; it was taken out of the schedule since</source>
        <translation>前回の実行で配置されましたが、その後スケジュールから外されました</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+123"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese name</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>業種</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks</source>
        <translation>希望数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>被希望数</translation>
    </message>
</context>
<context>
    <name>CheckInOutcome</name>
    <message>
        <location filename="../../ui/check_in/outcomes.py" line="+64"/>
        <source>Checked in</source>
        <translation>受付完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at {time}</source>
        <translation>{time} に受付済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read twice: counted once</source>
        <translation>2回読み取り：1回のみ記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several people: pick one</source>
        <translation>複数該当：1人を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in undone</source>
        <translation>受付を取り消しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>取り消していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code</source>
        <translation>不明なコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another mission</source>
        <translation>別ミッションのバッジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge</source>
        <translation>旧バッジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>読み取りエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing scanned</source>
        <translation>読み取りなし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No such name</source>
        <translation>該当する名前なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter to check in</source>
        <translation>Enter で受付</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../ui/pages/check_in.py" line="+115"/>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>バッジ読み取り、または名前を入力して Enter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>↑ ↓ to choose, Enter to check in, Esc to close</source>
        <translation>↑ ↓ で選択、Enter で受付、Esc で閉じる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiosk screen (F11)</source>
        <translation>来場者用画面 (F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show each answer full screen on a second screen facing the arrivals</source>
        <translation>各応答を、来場者に向けた2台目の画面に全画面で表示します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept badges printed before the secret codes</source>
        <translation>秘密コード導入前に印刷したバッジも受け付ける</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old badges carry a code anyone could make up (PONTE:mission:participant). Accept them only until every badge is reprinted.</source>
        <translation>旧バッジのコード（PONTE:ミッション:参加者）は誰でも作れてしまいます。すべてのバッジを印刷し直すまでの間だけ受け付けてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Arrived / expected</source>
        <translation>到着 / 予定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived at this desk</source>
        <translation>この受付で到着</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No mission open</source>
        <translation>ミッションが開かれていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a mission first.</source>
        <translation>先にミッションを開いてください。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not check in: {reason}</source>
        <translation>受付できませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>記録されていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>受付を取り消す (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo check-in of {name} (Ctrl+Z)</source>
        <translation>{name} さんの受付を取り消す (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not load the counts: {reason}</source>
        <translation>人数を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not change it: {reason}</source>
        <translation>変更できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+42"/>
        <source>Changed by someone else</source>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you opened it</source>
        <translation>開いたとき</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours</source>
        <translation>あなたの値</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save the chosen values</source>
        <translation>選んだ値を保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is saved; the form keeps what you typed.</source>
        <translation>何も保存されません。入力した内容はフォームに残ります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{who} changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</source>
        <translation>あなたが開いた後に {who} がこのレコードを変更しました。まだ何も保存されていません。項目ごとに残す値を選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this record after you opened it. Nothing was saved yet: choose, for each field, which value to keep.</source>
        <translation>あなたが開いた後に他の人がこのレコードを変更しました。まだ何も保存されていません。項目ごとに残す値を選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theirs ({who}, {when})</source>
        <translation>{who} の値（{when}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs ({who})</source>
        <translation>{who} の値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (saved meanwhile)</source>
        <translation>相手の値（その間に保存）</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/view.py" line="+94"/>
        <source>{held} of {scheduled} scheduled meetings</source>
        <translation>予定された商談 {scheduled} 件中 {held} 件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{concrete} of {answers} answers (each side answers for itself)</source>
        <translation>回答 {answers} 件中 {concrete} 件（各側がそれぞれ回答）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} done</source>
        <translation>完了 {done} 件</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Organisations: Turin {turin}, Nagoya {nagoya}</source>
        <translation>組織：トリノ {turin}、名古屋 {nagoya}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Concrete follow-up</source>
        <translation>具体的な次の段階</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{answers} answers; {unanswered} held meetings not answered</source>
        <translation>回答 {answers} 件、未回答の実施商談 {unanswered} 件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{turin} × {nagoya}: {held} held of {scheduled} scheduled</source>
        <translation>{turin} × {nagoya}：予定 {scheduled} 件中 実施 {held} 件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{meetings} meetings in {slots} slots available, {held} held</source>
        <translation>対応可能枠 {slots} 件中 商談 {meetings} 件（実施 {held} 件）</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+106"/>
        <source>Write the report…</source>
        <translation>報告書を作成…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the report</source>
        <translation>報告書を開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not read the figures: {reason}</source>
        <translation>数値を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing scheduled yet</source>
        <translation>まだ商談の予定はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No outcomes recorded yet</source>
        <translation>成果はまだ記録されていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meetings requested yet</source>
        <translation>商談の希望はまだありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participants yet</source>
        <translation>参加者はまだいません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No interpreters yet</source>
        <translation>通訳者はまだいません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No earlier mission to compare with</source>
        <translation>比較できる前回のミッションはありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the report…</source>
        <translation>報告書を作成中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written: {files}</source>
        <translation>作成しました：{files}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing is scheduled yet: the meeting figures are zero)</source>
        <translation>（まだ商談の予定がないため、商談の数値はゼロです）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: no report was written.</source>
        <translation>キャンセルしました。報告書は作成されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write the report: {reason}</source>
        <translation>報告書を作成できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/forms/date_fields.py" line="+205"/>
        <source>Choose in a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write a date, e.g. {0}.</source>
        <translation>日付を入力してください（例: {0}）。</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../../ui/widgets/day_timeline.py" line="-389"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag across a day to add a time this person cannot meet; double-click a block to edit it, select it and press Delete to remove it.</source>
        <translation>日の上をドラッグすると不在時間を追加できます。ブロックをダブルクリックで編集、選択して Delete キーで削除します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. plant visit, flight, break</source>
        <translation>例：工場見学、フライト、休憩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone of the times typed in From and To</source>
        <translation>「開始」「終了」に入力した時刻のタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+324"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+159"/>
        <source>Add unavailability</source>
        <translation>不在時間を追加</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Change unavailability</source>
        <translation>不在時間を変更</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove unavailability</source>
        <translation>不在時間を削除</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a person to see their days.</source>
        <translation>人を選ぶと、その人の日程が表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: times they cannot meet, in {zone}</source>
        <translation>{name}：不在時間（{zone} の時刻）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DelegationsPanel</name>
    <message>
        <location filename="../../ui/setup/delegations_panel.py" line="+43"/>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Turin side</source>
        <translation>トリノ側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya side</source>
        <translation>名古屋側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in English: {name}</source>
        <translation>英語と同じ：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Turin delegation</source>
        <translation>例：トリノ代表団</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+120"/>
        <source>Side:</source>
        <translation>側：</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+117"/>
        <source>Name (English):</source>
        <translation>名称（英語）:</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Name (Italian):</source>
        <translation>名称（イタリア語）:</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+119"/>
        <source>Name (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Head of delegation:</source>
        <translation>団長：</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>Member organisations:</source>
        <translation>所属組織：</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+118"/>
        <source>People assigned:</source>
        <translation>所属する人：</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+73"/>
        <source>New delegation</source>
        <translation>新しい代表団</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Save delegation</source>
        <translation>代表団を保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>代表団を削除</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Turin</source>
        <translation>トリノ側</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nagoya</source>
        <translation>名古屋側</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delegation: {name}</source>
        <translation>代表団：{name}</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>(no head yet)</source>
        <translation>（団長未定）</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/pages/documents.py" line="+79"/>
        <source>Badges</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal agendas</source>
        <translation>個人日程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation agendas</source>
        <translation>組織別日程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table sheets and master grid</source>
        <translation>テーブル表と全体表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (.ics)</source>
        <translation>カレンダーファイル（.ics）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet (two languages)</source>
        <translation>プログラム冊子（2言語）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participants selected below</source>
        <translation>下で選択した参加者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name or organisation…</source>
        <translation>氏名・組織名で絞り込み…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As the layout says</source>
        <translation>レイアウトの設定どおり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in code</source>
        <translation>受付用コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard)</source>
        <translation>連絡先（vCard）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a partly used sheet: the first free label.</source>
        <translation>使いかけのシートの場合：最初の空きラベル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks</source>
        <translation>トンボ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+7"/>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make documents</source>
        <translation>書類を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Document:</source>
        <translation>書類：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>レイアウト：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code:</source>
        <translation>QRコード：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at label:</source>
        <translation>開始ラベル：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Master grid paper:</source>
        <translation>全体表の用紙：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns:</source>
        <translation>列の言語:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>フォルダ：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Made:</source>
        <translation>作成済み：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This layout prints one badge on each sheet, the size of the sheet: there is nothing to cut, so no crop marks.</source>
        <translation>このレイアウトは用紙1枚に用紙と同じ大きさの名札を1枚印刷するため、切る所がなく、トンボ（裁ち落としの印）は付けられません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder for the documents</source>
        <translation>書類の保存先フォルダ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a mission first.</source>
        <translation>先にミッションを開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the documents.</source>
        <translation>書類の保存先フォルダを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select at least one participant, or choose Everyone.</source>
        <translation>参加者を1人以上選ぶか、「全員」を選んでください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the mission…</source>
        <translation>ミッションを読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making the documents…</source>
        <translation>書類を作成中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Made %n document(s) in {folder}.</source>
        <translation>
            <numerusform>{folder} に書類を %n 件作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. {detail}</source>
        <translation>キャンセルしました。{detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make the documents: {reason}</source>
        <translation>書類を作成できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot show {name} here.</source>
        <translation>{name} をここに表示できません。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicates.py" line="+37"/>
        <source>Suspected duplicates</source>
        <translation>重複の疑い</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the selected one, merge the others into it</source>
        <translation>選択したものを残し、他をそれに統合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These participants look like the same person. Choose the record to keep: the others of its group are merged into it (their meetings, availability and sent log move to it, their details fill its empty fields) and deleted.</source>
        <translation>これらの参加者は同一人物の可能性があります。残す記録を選んでください。同じグループの他の記録はそれに統合され（商談、都合、送信ログが移り、空欄が補われます）、削除されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>same e-mail</source>
        <translation>同じメール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and organisation</source>
        <translation>同じ氏名と組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name, family and given swapped</source>
        <translation>同じ氏名（姓と名が逆）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in kana</source>
        <translation>同じ読み（かな）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group {n}: {reasons}</source>
        <translation>グループ {n}：{reasons}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No suspected duplicates in this mission.</source>
        <translation>このミッションに重複の疑いはありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge participants</source>
        <translation>参加者の統合</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Merge %n participant(s) into participant {keep}? This cannot be undone.</source>
        <translation>
            <numerusform>%n 人の参加者を参加者 {keep} に統合しますか？元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merged.</source>
        <translation>統合しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not merge: {reason}</source>
        <translation>統合できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>ErasureFollowUp</name>
    <message>
        <location filename="../../ui/erasure_follow_up.py" line="+64"/>
        <source>After the erasure</source>
        <translation>消去の後</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Finish erasure</source>
        <translation>消去を完了(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Look in another folder…</source>
        <translation>別のフォルダーを検索(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the checked files</source>
        <translation>チェックしたファイルを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Finishing the erasure…</source>
        <translation>消去を完了しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n file(s) Ponte made before still name the erased people. Delete them, or keep those you must keep.</source>
        <translation>
            <numerusform>以前に Ponte が作成したファイルのうち %n 件に、消去した人の名前がまだ残っています。削除するか、保管が必要なものだけ残してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file Ponte made before names the erased people.</source>
        <translation>以前に Ponte が作成したファイルに、消去した人の名前は残っていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Deleted %n file(s).</source>
        <translation>
            <numerusform>%n 件のファイルを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete: {files}</source>
        <translation>削除できませんでした：{files}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for files that name them in</source>
        <translation>名前を含むファイルを検索するフォルダー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking in {folder}…</source>
        <translation>{folder} を検索しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s) found there.</source>
        <translation>
            <numerusform>そこで %n 件のファイルが見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+35"/>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}

What was saved is safe. Details: {log}</source>
        <translation>問題が発生しました：{error}

保存済みのデータは失われていません。詳細：{log}</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../ui/export_button.py" line="+32"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this table to an .xlsx or .csv file.</source>
        <translation>この表を .xlsx または .csv ファイルに書き出します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV、UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>{path} に %n 行を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not export: {reason}</source>
        <translation>エクスポートできませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/outcomes/follow_ups.py" line="+149"/>
        <source>Follow-up</source>
        <translation>今後の対応</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By</source>
        <translation>期限あり</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location line="-99"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>overdue</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message>
        <location line="+118"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done / not done</source>
        <translation>完了／未完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Every organisation</source>
        <translation>すべての組織</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>今後の対応 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>期限切れ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add follow-up “{what}”</source>
        <translation>今後の対応「{what}」を追加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit follow-up “{what}”</source>
        <translation>今後の対応「{what}」を編集</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark follow-up “{what}” done</source>
        <translation>今後の対応「{what}」を完了にする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark follow-up “{what}” not done</source>
        <translation>今後の対応「{what}」を未完了に戻す</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete follow-up “{what}”</source>
        <translation>今後の対応「{what}」を削除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export follow-ups</source>
        <translation>今後の対応を書き出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>スプレッドシート (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n follow-up(s) to {path}</source>
        <translation>
            <numerusform>{path} に今後の対応を %n 件書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="+46"/>
        <source>History of the mission</source>
        <translation>ミッションの変更履歴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When (mission)</source>
        <translation>日時（ミッション現地）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When (here)</source>
        <translation>日時（この端末）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every change to this mission, newest first: who made it and which fields it changed (never their values).</source>
        <translation>このミッションへのすべての変更を新しい順に表示します。変更者と変更された項目名を示します（値は記録しません）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show older changes</source>
        <translation>以前の変更を表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When ({zone})</source>
        <translation>日時（{zone}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{shown} of {total} changes shown.</source>
        <translation>{total} 件中 {shown} 件の変更を表示しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the history: {reason}</source>
        <translation>変更履歴を読み込めませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+72"/>
        <source>Import from a spreadsheet</source>
        <translation>表計算ファイルから取り込み</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a .xlsx or .csv file</source>
        <translation>.xlsx または .csv ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guess from the headers</source>
        <translation>見出しから判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting requests</source>
        <translation>商談希望</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability (times a participant cannot meet)</source>
        <translation>都合（参加者が商談できない時間）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreters</source>
        <translation>通訳者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B2B sessions</source>
        <translation>B2B商談会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome survey (filled forms)</source>
        <translation>商談結果アンケート（記入済み用紙）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the rows without errors, leave the others</source>
        <translation>エラーのない行だけを取り込み、他は除く</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spreadsheet to import</source>
        <translation>取り込む表計算ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({0})</source>
        <translation>表計算ファイル ({0})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) under the header; columns: {columns}.</source>
        <translation>
            <numerusform>見出しの下に %n 行。列：{columns}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>このファイルは取り込めません：{reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Family name</source>
        <translation>姓（ローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名（ローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split into family and given name)</source>
        <translation>氏名（姓と名に分割）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kanji)</source>
        <translation>姓（漢字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kanji)</source>
        <translation>名（漢字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (kanji)</source>
        <translation>氏名（漢字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (kana)</source>
        <translation>姓（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (kana)</source>
        <translation>名（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (kana)</source>
        <translation>氏名（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (Latin script)</source>
        <translation>組織（ローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (Japanese)</source>
        <translation>組織（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (kana)</source>
        <translation>組織（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival (not available before)</source>
        <translation>到着（それ以前は参加不可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure (not available after)</source>
        <translation>出発（それ以後は参加不可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Japanese)</source>
        <translation>役職（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>書類の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>話せる言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge category</source>
        <translation>バッジ区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent (contact details on the badge)</source>
        <translation>同意（バッジに連絡先を載せる）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin script)</source>
        <translation>名称（ローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (kana)</source>
        <translation>名称（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation (Turin or Nagoya)</source>
        <translation>派遣団（トリノまたは名古屋）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>業種</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation&apos;s sectors</source>
        <translation>組織の業種</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile (Japanese)</source>
        <translation>プロフィール（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most meetings</source>
        <translation>最大商談数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Japanese)</source>
        <translation>住所（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Head of delegation</source>
        <translation>団長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member organisations</source>
        <translation>所属組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requesting organisation</source>
        <translation>希望元の組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested organisation</source>
        <translation>希望先の組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No thanks (the pair must not meet)</source>
        <translation>お断り（この組み合わせは商談しない）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Name (Italian)</source>
        <translation>名称（イタリア語）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length (minutes)</source>
        <translation>1枠の長さ（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of tables</source>
        <translation>テーブル数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table names</source>
        <translation>テーブル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations taking part</source>
        <translation>参加する代表団</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Italian)</source>
        <translation>タイトル（イタリア語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (English)</source>
        <translation>説明（英語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Italian)</source>
        <translation>説明（イタリア語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Japanese)</source>
        <translation>説明（日本語）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For whom</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ref.</source>
        <translation>商談番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met with</source>
        <translation>商談相手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>商談結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: what</source>
        <translation>今後の対応：内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: by (date)</source>
        <translation>今後の対応：期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: who</source>
        <translation>今後の対応：担当者</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: {columns}</source>
        <translation>取り込まない列：{columns}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a mission first.</source>
        <translation>先にミッションを開いてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking every row…</source>
        <translation>各行を確認中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>changes: {fields}</source>
        <translation>変更：{fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: {new}. Updated: {updated}. Unchanged: {same}. With errors: {errors}.</source>
        <translation>新規：{new}。更新：{updated}。変更なし：{same}。エラー：{errors}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct the file and read it again, or import only the rows without errors.</source>
        <translation>ファイルを修正して読み込み直すか、エラーのない行だけを取り込んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything in the file is already in the mission.</source>
        <translation>ファイルの内容はすべてミッションに登録済みです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you press Import.</source>
        <translation>「取り込み」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported: {created} new, {updated} updated.</source>
        <translation>取り込み完了：新規 {created} 件、更新 {updated} 件。</translation>
    </message>
</context>
<context>
    <name>InterpreterForm</name>
    <message>
        <location filename="../../ui/forms/interpreter.py" line="+42"/>
        <location line="+55"/>
        <source>None ticked: works every session.</source>
        <translation>チェックなし：すべての商談会を担当します。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>e.g. it, ja, en (at least two)</source>
        <translation>例：it, ja, en（2つ以上）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name in kanji</source>
        <translation>氏名（漢字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading (kana)</source>
        <translation>読み（カナ）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name order</source>
        <translation>氏名の順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>話せる言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions worked</source>
        <translation>担当する商談会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents in</source>
        <translation>資料の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The mission has no B2B session yet.</source>
        <translation>このミッションにはまだ B2B 商談会がありません。</translation>
    </message>
</context>
<context>
    <name>InterpreterTableModel</name>
    <message>
        <location filename="../../ui/models/interpreters.py" line="+26"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>氏名（漢字）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>ローマ字表記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions worked</source>
        <translation>担当する商談会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable</source>
        <translation>不在</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>InterpretersPage</name>
    <message>
        <location filename="../../ui/pages/interpreters.py" line="+58"/>
        <source>Breaks and other times they cannot interpret</source>
        <translation>休憩など通訳できない時間</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. break, lunch</source>
        <translation>例：休憩、昼食</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreters</source>
        <translation>通訳者</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New interpreter</source>
        <translation>新しい通訳者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an interpreter, or add one.</source>
        <translation>通訳者を選択するか、追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interpreter “{name}”</source>
        <translation>通訳者「{name}」を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit interpreter “{name}”</source>
        <translation>通訳者「{name}」を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>「{name}」への変更を破棄しますか？</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove interpreter “{name}”?</source>
        <translation>通訳者「{name}」を削除しますか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their breaks go with them; their meetings stay, without an interpreter. You can undo this.</source>
        <translation>休憩も削除されます。担当していた商談は通訳者なしで残ります。元に戻すことができます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove interpreter “{name}”</source>
        <translation>通訳者「{name}」を削除</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../ui/programme/form.py" line="+136"/>
        <location line="+176"/>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (English):</source>
        <translation>タイトル（English）：</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (Italiano):</source>
        <translation>タイトル（Italiano）：</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Title (日本語):</source>
        <translation>タイトル（日本語）：</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Description (English):</source>
        <translation>説明（English）：</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Description (Italiano):</source>
        <translation>説明（Italiano）：</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>Description (日本語):</source>
        <translation>説明（日本語）：</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+157"/>
        <source>Venue:</source>
        <translation>会場：</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Time zone:</source>
        <translation>タイムゾーン：</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Day:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>Start:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>next day</source>
        <translation>翌日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item ends after midnight.</source>
        <translation>この項目は午前0時を過ぎて終わります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>End:</source>
        <translation>終了：</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation&apos;s delegates</source>
        <translation>組織の参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named participants</source>
        <translation>指名した参加者</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+109"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>For:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No venue</source>
        <translation>会場なし</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/models/labels.py" line="+25"/>
        <source>Turin</source>
        <translation>トリノ側</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nagoya</source>
        <translation>名古屋側</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automotive</source>
        <translation>自動車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aerospace</source>
        <translation>航空宇宙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robotics</source>
        <translation>ロボット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machinery</source>
        <translation>機械</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>素材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronics</source>
        <translation>エレクトロニクス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green transition</source>
        <translation>環境・GX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>デジタル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>デザイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>公的機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegate</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>プレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name first (TANAKA Hiroshi)</source>
        <translation>姓が先（TANAKA Hiroshi）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first (Mario Rossi)</source>
        <translation>名が先（Mario Rossi）</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/live_updates.py" line="+131"/>
        <source>another coordinator</source>
        <translation>別のコーディネーター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated by {who} at {time}</source>
        <translation>{who} が {time} に更新しました</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_settings.py" line="+51"/>
        <source>Mail settings</source>
        <translation>メール設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常ポート 587）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS（通常ポート 465）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only a server on this computer)</source>
        <translation>なし（このコンピューター上のサーバーのみ）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty if the server needs no login</source>
        <translation>ログイン不要のサーバーでは空欄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation>パスワードをシステムのキーリングに保存する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring</source>
        <translation>システムのキーリングに保存済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no system keyring: Ponte asks for the password.</source>
        <translation>このコンピューターにはシステムのキーリングがありません。Ponte がパスワードを尋ねます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for at each sending</source>
        <translation>送信のたびに入力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mission organiser&apos;s address</source>
        <translation>ミッション主催者のアドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no pause</source>
        <translation>間隔なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a minute</source>
        <translation> 通／分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your address</source>
        <translation>あなたのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test message</source>
        <translation>テストメッセージを送信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pace</source>
        <translation>送信ペース</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sending a test message to {address}…</source>
        <translation>{address} にテストメッセージを送信中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server accepted the test message: check the inbox.</source>
        <translation>サーバーがテストメッセージを受け付けました。受信箱を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: {reason}</source>
        <translation>テストメッセージは送信されませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+111"/>
        <location line="+473"/>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mission:</source>
        <translation>ミッション：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New mission…</source>
        <translation>新規ミッション(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New mission</source>
        <translation>新規ミッション</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;shared database…</source>
        <translation>共有データベースを開く(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>表計算ファイルから取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set-up &amp;workbook…</source>
        <translation>設定用ブック(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected &amp;duplicates…</source>
        <translation>重複の疑い(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of the mission…</source>
        <translation>ミッションの変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase personal data of this mission…</source>
        <translation>このミッションの個人情報を消去(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish erasure</source>
        <translation>消去を完了(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clean the database file or server of erased people once the other program that held it has closed.</source>
        <translation>データベースを開いていた別のプログラムが終了した後で、データベースファイルまたはサーバーから消去した人の痕跡を取り除きます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a &amp;backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ponte</source>
        <translation>Ponte について(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Database: {0}</source>
        <translation>データベース：{0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No missions yet — create one with New mission…</source>
        <translation>ミッションがありません。「新規ミッション…」で作成してください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mission open</source>
        <translation>ミッションが開かれていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}、{2}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}, {1} to {2}, time zone {3}</source>
        <translation>{0}、{1}～{2}、タイムゾーン {3}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear</source>
        <translation>履歴を消去(&amp;C)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database file first: its backups are listed.</source>
        <translation>先にデータベースファイルを開いてください。そのファイルのバックアップが一覧表示されます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the newest good backup, {0}?</source>
        <translation>正常な最新のバックアップ {0} を復元しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a mission first: the import goes into it.</source>
        <translation>先にミッションを開いてください。取り込み先になります。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Suspected duplicates</source>
        <translation>重複の疑い</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History of the mission</source>
        <translation>ミッションの変更履歴</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+12"/>
        <location line="+13"/>
        <source>Open a mission first.</source>
        <translation>先にミッションを開いてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase personal data</source>
        <translation>個人情報の消去</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase every participant of {mission}: names, contacts, languages, availability and the sent log, also from the published versions? The organisations, the programme and the meetings stay. This cannot be undone.</source>
        <translation>{mission} のすべての参加者（氏名、連絡先、言語、都合、送信ログ。公開済みの版からも）を消去しますか？組織、プログラム、商談は残ります。元に戻せません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Finish erasure</source>
        <translation>消去を完了</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte databases ({0})</source>
        <translation>Ponte データベース ({0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte databases ({0});;All files (*)</source>
        <translation>Ponte データベース ({0});;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ponte will be shown in {0} the next time it starts.</source>
        <translation>次回の起動時から、Ponte は {0} で表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Ponte</source>
        <translation>Ponte について</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ponte {0}

Trade missions between the chambers of commerce of Turin and Nagoya: delegations, agenda, B2B meetings, badges and calendars.</source>
        <translation>Ponte {0}

トリノ商工会議所と名古屋商工会議所の経済ミッションのために：代表団、プログラム、B2B 商談、バッジ、カレンダー。</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsView</name>
    <message>
        <location filename="../../ui/b2b/details.py" line="+35"/>
        <source>Select a meeting to see its details.</source>
        <translation>商談を選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Table {table} · {session}</source>
        <translation>テーブル {table}・{session}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interpreter: {name}</source>
        <translation>通訳：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interpreter</source>
        <translation>通訳なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody named yet</source>
        <translation>まだ誰も指定されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{organisation}: {people}</source>
        <translation>{organisation}：{people}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{requester} asked to meet {requested}, priority {priority} of 5, mandatory</source>
        <translation>{requester} が {requested} との商談を希望（優先度 {priority}／5、必須）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{requester} asked to meet {requested}, priority {priority} of 5</source>
        <translation>{requester} が {requested} との商談を希望（優先度 {priority}／5）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody asked for this meeting (placed by hand).</source>
        <translation>この商談の希望はありません（手動で配置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: the scheduler and moves leave it here.</source>
        <translation>固定：スケジューラーや移動でも動きません。</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../ui/b2b/status_marks.py" line="+62"/>
        <location line="+15"/>
        <source>Held</source>
        <translation>実施</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <source>{name} did not come</source>
        <translation>{name}が欠席</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Neither came</source>
        <translation>双方欠席</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A did not come</source>
        <translation>Aが欠席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B did not come</source>
        <translation>Bが欠席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled (late)</source>
        <translation>取消（直前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scheduled</source>
        <translation>予定に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="-130"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “{meeting}” (at most {limit} characters):</source>
        <translation>「{meeting}」のメモ（{limit} 文字まで）：</translation>
    </message>
</context>
<context>
    <name>MissionController</name>
    <message>
        <location filename="../../ui/mission_controller.py" line="+142"/>
        <location line="+202"/>
        <source>A sending is running</source>
        <translation>送信中です</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then open the other database.</source>
        <translation>Ponte は開いているデータベースからメールを送信中です。終わるまで待つか、「公開」ページでキャンセルしてから、別のデータベースを開いてください。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Database not found</source>
        <translation>データベースが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} no longer exists; it was removed from the recent files.</source>
        <translation>{0} は存在しません。最近使ったファイルの一覧から削除しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File already exists</source>
        <translation>ファイルは既に存在します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} already exists. Choose another name, or use Open database… to open it.</source>
        <translation>{0} は既に存在します。別の名前を選ぶか、「データベースを開く…」で開いてください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database was upgraded; a copy of the old one is at {0}</source>
        <translation>データベースを更新しました。更新前のコピーは {0} にあります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mission not found</source>
        <translation>ミッションが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no mission {0}.</source>
        <translation>このデータベースにはミッション {0} がありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n finished mission(s) still hold personal data past the retention time: {names}. Once the chambers&apos; report is done, erase it with File ▸ Erase personal data of this mission….</source>
        <translation>
            <numerusform>終了したミッション %n 件に保存期間を過ぎた個人情報が残っています：{names}。商工会議所の報告書が完成したら、「ファイル ▸ このミッションの個人情報を消去…」で消去してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} asks for a password.</source>
        <translation>{0} はパスワードを求めています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ponte could not open the database: {0}</source>
        <translation>データベースを開けませんでした：{0}</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ponte is sending e-mails from the database that is open. Let it finish, or cancel it on the Publish page, then restore the backup.</source>
        <translation>Ponte は開いているデータベースからメールを送信中です。送信が終わるのを待つか、「公開」ページで取り消してから、バックアップを復元してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} was restored from {1}.</source>
        <translation>{1} から {0} を復元しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} was restored from {1}; the file it replaced is kept as {2}.</source>
        <translation>{1} から {0} を復元しました。置き換えたファイルは {2} として保管しています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup was not restored: {0}</source>
        <translation>バックアップは復元されませんでした: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore the backup</source>
        <translation>バックアップを復元できません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database before creating a mission.</source>
        <translation>ミッションを作成する前に、データベースを開くか作成してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mission was not created: {0}</source>
        <translation>ミッションを作成できませんでした：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the mission</source>
        <translation>ミッションを作成できません</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Something went wrong</source>
        <translation>エラーが発生しました</translation>
    </message>
</context>
<context>
    <name>MissionForm</name>
    <message>
        <location filename="../../ui/setup/mission_form.py" line="+48"/>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As in English: {name}</source>
        <translation>英語と同じ：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Torino → Nagoya, October 2027</source>
        <translation>例：Torino → Nagoya, October 2027</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (&amp;English):</source>
        <translation>名称・英語(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Italian):</source>
        <translation>名称・イタリア語(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Japanese):</source>
        <translation>名称・日本語(&amp;J)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host &amp;city:</source>
        <translation>開催都市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>開始日(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>終了日(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>主催者(&amp;O)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save mission</source>
        <translation>ミッションを保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo changes</source>
        <translation>変更を取り消す</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <location filename="../../ui/pages/mission.py" line="+124"/>
        <source>What is missing next</source>
        <translation>次に必要なこと</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reuse a previous mission&apos;s set-up…</source>
        <translation>以前のミッションの設定を再利用…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No mission is open. Create one with File › New mission…</source>
        <translation>ミッションが開かれていません。ファイル › 新しいミッション… で作成してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+305"/>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: someone else changed the mission meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>保存されていません：その間に他の人がミッションを変更しました。あなたの変更はフォームに残っています。「保存」を押すと再度比較します。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>保存されていません：その間に他の人がこのレコードを変更しました。あなたの変更はフォームに残っています。「保存」を押すと再度比較します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this venue and its travel times?</source>
        <translation>この会場と移動時間を削除しますか？</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete this delegation? Its organisations and people stay, without one.</source>
        <translation>この代表団を削除しますか？所属する組織と人は代表団なしで残ります。</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_mission.py" line="+45"/>
        <source>New mission</source>
        <translation>新規ミッション</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Torino → Nagoya, October 2027</source>
        <translation>例：Torino → Nagoya, October 2027</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Torino → Nagoya, ottobre 2027</source>
        <translation>例：Torino → Nagoya, ottobre 2027</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. トリノ→名古屋 経済ミッション 2027年10月</source>
        <translation>例：トリノ→名古屋 経済ミッション 2027年10月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Nagoya</source>
        <translation>例：Nagoya</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Camera di commercio di Torino</source>
        <translation>例：名古屋商工会議所</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italian name:</source>
        <translation>イタリア語の名称(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Japanese name:</source>
        <translation>日本語の名称(&amp;J)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;city:</source>
        <translation>開催都市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>開始日(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>終了日(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>主催者(&amp;O)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create mission</source>
        <translation>ミッションを作成</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <location filename="../../ui/offline_actions.py" line="+54"/>
        <source>&amp;Take this mission offline…</source>
        <translation>このミッションをオフラインに持ち出す(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bring it back to the server…</source>
        <translation>サーバーに戻す(&amp;B)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+25"/>
        <location line="+7"/>
        <source>Take this mission offline</source>
        <translation>このミッションをオフラインに持ち出す</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the mission on its shared database first: it is copied from there.</source>
        <translation>まず共有データベースでミッションを開いてください。そこからコピーします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take this mission offline into</source>
        <translation>ミッションの持ち出し先</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking the mission offline…</source>
        <translation>ミッションをオフラインに持ち出しています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open it now</source>
        <translation>今すぐ開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+19"/>
        <source>Bring it back to the server</source>
        <translation>サーバーに戻す</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Open a file that was taken offline from a server first.</source>
        <translation>まず、サーバーからオフラインに持ち出したファイルを開いてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the check-ins, meeting statuses and other changes made in this file back to {0}? Records changed on the server too are listed for you, not overwritten.</source>
        <translation>このファイルで行った受付、商談の状態、その他の変更を {0} に戻しますか？サーバーでも変更されたデータは上書きせず、一覧で表示します。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bringing the mission back to the server…</source>
        <translation>ミッションをサーバーに戻しています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Password for {0}:</source>
        <translation>{0} のパスワード:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s values were kept; see the details to decide.</source>
        <translation>サーバーの値を残しました。詳細を見て判断してください。</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/forms/organisation.py" line="+32"/>
        <source>e.g. トヨタ自動車</source>
        <translation>例：トヨタ自動車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. トヨタジドウシャ</source>
        <translation>例：トヨタジドウシャ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>名称（英字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Japanese</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (kana)</source>
        <translation>読み（カナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>業種</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>紹介文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile in Japanese</source>
        <translation>紹介文（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most meetings</source>
        <translation>最大商談数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings at once</source>
        <translation>同時商談数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../ui/models/organisations.py" line="+22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>ローマ字表記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>業種</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delegation: {name}</source>
        <translation>代表団：{name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../ui/pages/organisations.py" line="+43"/>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New organisation</source>
        <translation>新規組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an organisation, or add one.</source>
        <translation>組織を選択するか、新しく追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add organisation “{name}”</source>
        <translation>組織「{name}」の追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organisation “{name}”</source>
        <translation>組織「{name}」の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>「{name}」への変更を破棄しますか？</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete “{name}” and its %n participant(s)?</source>
        <translation>
            <numerusform>「{name}」と所属する参加者 %n 名を削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its %n meeting request(s) and their meetings go too.</source>
        <translation>
            <numerusform>商談希望 %n 件と、その商談も削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this.</source>
        <translation>この操作は元に戻せます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete organisation “{name}”</source>
        <translation>組織「{name}」の削除</translation>
    </message>
</context>
<context>
    <name>OutcomeEntry</name>
    <message>
        <location filename="../../ui/outcomes/entry.py" line="+222"/>
        <source>Write survey forms…</source>
        <translation>アンケート用紙を作成…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One .xlsx per organisation, in its language, listing its held meetings.</source>
        <translation>組織ごとに1つの .xlsx（その組織の言語で、実施済みの商談を一覧）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import filled forms…</source>
        <translation>記入済みの用紙を取り込む…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: {keys} · Delete clears · Enter note · Ctrl+Z undo</source>
        <translation>キー：{keys} · Delete で消去 · Enter でメモ · Ctrl+Z で元に戻す</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No held meetings yet: mark meetings held on the B2B page.</source>
        <translation>実施済みの商談はまだありません。B2B ページで商談を実施済みにしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation:</source>
        <translation>組織：</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Answered: {done} of {total}</source>
        <translation>回答済み：{total} 件中 {done} 件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database is open for reading only.</source>
        <translation>このデータベースは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome of the meeting with “{name}”</source>
        <translation>「{name}」との商談の結果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the outcome first (keys 0–6), then the note.</source>
        <translation>先に商談結果（キー 0–6）を選んでから、メモを書いてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write survey forms</source>
        <translation>アンケート用紙を作成</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %n survey form(s) to {folder}</source>
        <translation>
            <numerusform>{folder} にアンケート用紙を %n 件作成しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location line="-332"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met with</source>
        <translation>商談相手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its answer (keys 0–6)</source>
        <translation>回答（キー 0–6）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s answer</source>
        <translation>相手側の回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s note</source>
        <translation>相手側のメモ</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <location filename="../../ui/pages/outcomes.py" line="+23"/>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>商談結果</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Follow-ups</source>
        <translation>今後の対応</translation>
    </message>
</context>
<context>
    <name>ParticipantChecklist</name>
    <message>
        <location filename="../../ui/programme/form.py" line="-211"/>
        <source>Search by name or organisation</source>
        <translation>名前または組織で検索</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n 人選択</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/forms/participant.py" line="+47"/>
        <source>e.g. 代表取締役社長</source>
        <translation>例：代表取締役社長</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreed to the use of their data</source>
        <translation>個人情報の利用に同意済み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without consent, their e-mail address and phone number are kept out of printed documents (no contact QR code on the badge). Their agenda is still e-mailed to the address above.</source>
        <translation>同意がない場合、メールアドレスと電話番号は印刷物に載りません（名札に連絡先のQRコードは付きません）。日程表は上記のアドレスに引き続きメールで送られます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. ja, en (most fluent first)</source>
        <translation>例：ja, en（得意な順）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Latin script)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name in kanji</source>
        <translation>氏名（漢字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading (kana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name order</source>
        <translation>氏名の順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Japanese</source>
        <translation>役職（日本語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents in</source>
        <translation>資料の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(that of the organisation)</source>
        <translation>（組織と同じ）</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Given on {when}</source>
        <translation>{when} に同意</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="+24"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese name</source>
        <translation>氏名（漢字）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Latin script</source>
        <translation>ローマ字表記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+57"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New participant</source>
        <translation>新規参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a participant, or add one.</source>
        <translation>参加者を選択するか、新しく追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add participant “{name}”</source>
        <translation>参加者「{name}」の追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit participant “{name}”</source>
        <translation>参加者「{name}」の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>「{name}」への変更を破棄しますか？</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete participant “{name}”?</source>
        <translation>参加者「{name}」を削除しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are also removed from their meetings. You can undo this.</source>
        <translation>この参加者は商談からも外されます。この操作は元に戻せます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete participant “{name}”</source>
        <translation>参加者「{name}」の削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data…</source>
        <translation>個人情報…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held (JSON)…</source>
        <translation>保有する情報をすべて書き出す（JSON）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this person…</source>
        <translation>この人を消去…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability…</source>
        <translation>不在時間…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The times this person cannot meet, by day</source>
        <translation>この人が商談できない時間（日ごと）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark absent…</source>
        <translation>欠席を記録…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They did not arrive: re-plan the rest of their day and tell those affected</source>
        <translation>到着しなかった人：当日の残りを再計画し、影響を受ける人に知らせます</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the personal data to {path}.</source>
        <translation>個人情報を {path} に書き出しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erase this person</source>
        <translation>この人を消去</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {name} from the mission and from the published versions, so that nothing of them remains (GDPR Art. 17)? Unlike Delete, this cannot be undone.</source>
        <translation>{name} をミッションと公開済みの版から消去し、何も残らないようにしますか（GDPR 第17条）？「削除」と違い、元に戻せません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not do it: {reason}</source>
        <translation>実行できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../ui/programme/labels.py" line="+20"/>
        <source>Plenary</source>
        <translation>全体会議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>視察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony</source>
        <translation>式典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal</source>
        <translation>食事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>自由時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B2B meetings</source>
        <translation>B2B商談</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{organisation}&apos;s delegates</source>
        <translation>{organisation}の参加者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named participants: {count}</source>
        <translation>指名した参加者：{count} 名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../ui/pages/programme.py" line="+101"/>
        <source>Previous day</source>
        <translation>前の日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next day</source>
        <translation>次の日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second zone:</source>
        <translation>第2タイムゾーン：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All venues</source>
        <translation>すべての会場</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A column for every venue, not only those with something that day.</source>
        <translation>その日に予定のある会場だけでなく、すべての会場の列を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>新規項目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not load: {reason}</source>
        <translation>読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open or create a mission first.</source>
        <translation>先にミッションを開くか作成してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No programme item yet: fill in the form and save, or drag on the timeline.</source>
        <translation>プログラム項目はまだありません。フォームに入力して保存するか、タイムライン上でドラッグしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>B2B meetings · %n table(s)</source>
        <translation>
            <numerusform>B2B商談 · テーブル %n 卓</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No venue</source>
        <translation>会場なし</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Clashes: %n</source>
        <translation>
            <numerusform>重複：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Discard changes</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “{name}”?</source>
        <translation>「{name}」への変更を破棄しますか？</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>New programme item</source>
        <translation>新規プログラム項目</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+50"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Add programme item “{name}”</source>
        <translation>プログラム項目「{name}」を追加</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit programme item “{name}”</source>
        <translation>プログラム項目「{name}」を編集</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move programme item “{name}”</source>
        <translation>プログラム項目「{name}」を移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved.</source>
        <translation>移動しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: see the fields marked.</source>
        <translation>保存されていません。表示された項目を確認してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: someone else changed this item meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>保存されていません：その間に他の人がこの項目を変更しました。あなたの変更はフォームに残っています。「保存」を押すと再度比較します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not moved: {reason}</source>
        <translation>移動できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”. Undo puts it back.</source>
        <translation>「{name}」を削除しました。元に戻すで復元できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete programme item “{name}”</source>
        <translation>プログラム項目「{name}」を削除</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../ui/programme/timeline.py" line="+199"/>
        <location line="+387"/>
        <source>No venue</source>
        <translation>会場なし</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Venue {id}</source>
        <translation>会場 {id}</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>Programme of the day</source>
        <translation>当日のプログラム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag on an empty place of a venue&apos;s column to add an item there. Drag an item to move it, its bottom edge to change its end. Keys: Left and Right select, Up and Down move by 5 minutes (with Shift: 30), Ctrl with Up and Down changes the end, Enter opens, Delete removes.</source>
        <translation>会場の列の空いている所をドラッグすると、そこに項目を追加します。項目をドラッグすると移動し、下端をドラッグすると終了時刻を変えます。キー: 左右で選択、上下で5分移動（Shiftで30分）、Ctrl＋上下で終了時刻を変更、Enterで開く、Deleteで削除。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A B2B session: it is set up on the Sessions page.</source>
        <translation>B2B商談会です。商談会ページで設定します。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clocks change here: {before} → {after} at {time}</source>
        <translation>ここで時刻が切り替わります：{time} に {before} → {after}</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../ui/pages/publish.py" line="+112"/>
        <source>Programme: {title} added ({when})</source>
        <translation>プログラム：「{title}」を追加（{when}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme: {title} removed ({when})</source>
        <translation>プログラム：「{title}」を削除（{when}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme: {title} changed ({when})</source>
        <translation>プログラム：「{title}」を変更（{when}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting with {who}: {when}, table {table}</source>
        <translation>{who} との新しい商談：{when}、テーブル {table}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting with {who} cancelled ({when})</source>
        <translation>{who} との商談を中止（{when}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meeting with {who} moved: {before}, table {old} → {after}, table {new}</source>
        <translation>{who} との商談を変更：{before}、テーブル {old} → {after}、テーブル {new}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meeting with {who}: no interpreter any more</source>
        <translation>{who} との商談：通訳者なしに変更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting with {who}: interpreter now {name}</source>
        <translation>{who} との商談：通訳者を {name} に変更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note for this version (optional)</source>
        <translation>この版のメモ（任意）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions say who published them; kept in this computer&apos;s settings.</source>
        <translation>各版には公開した人の名前が記録されます。名前はこのコンピューターの設定に保存されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published by:</source>
        <translation>公開者:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions</source>
        <translation>版</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+167"/>
        <source>Could not load: {reason}</source>
        <translation>読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+126"/>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>No mission open</source>
        <translation>ミッションが開かれていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version {number}, {when}</source>
        <translation>第{number}版、{when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not published yet: publishing sends everyone their first version.</source>
        <translation>まだ公開していません。公開すると全員に第1版が届きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since version {number}.</source>
        <translation>第{number}版から変更はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s) have changes since version {number}.</source>
        <translation>
            <numerusform>第{number}版から変更のある参加者：%n 名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish version {number}</source>
        <translation>第{number}版を公開</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Publish version {number} of the schedule?</source>
        <translation>日程の版 {number} を公開しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It freezes the schedule as it is now: {meetings} B2B meetings and {items} programme items.</source>
        <translation>現在の日程をこのまま確定します: B2B商談 {meetings} 件、プログラム項目 {items} 件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first version for all {participants} participants.</source>
        <translation>参加者 {participants} 名全員にとって最初の版です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants whose schedule changes since version {base}: {changed} of {participants}.</source>
        <translation>版 {base} から日程が変わる参加者: {participants} 名中 {changed} 名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is e-mailed yet: after publishing, send the version from the panel below.</source>
        <translation>まだ誰にもメールは送られません。公開後、下のパネルからこの版を送信してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not keep your name: {reason}</source>
        <translation>お名前を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Published version {number}: {meetings} meetings, {items} programme items.</source>
        <translation>第{number}版を公開しました：商談 {meetings} 件、プログラム {items} 件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not publish: {reason}</source>
        <translation>公開できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/widgets/read_only_banner.py" line="+42"/>
        <source>Read only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your user on this server may read, print, check people in and mark meetings on the day, but not change other records. Ask the mission&apos;s coordinator for an editor&apos;s account.</source>
        <translation>このサーバーでのあなたのユーザーは、閲覧・印刷・受付（チェックイン）・当日の商談の記録ができますが、ほかのデータは変更できません。ミッションのコーディネーターに編集者のアカウントを依頼してください。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/forms/editor.py" line="+96"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This record was deleted meanwhile; your changes were not saved.</source>
        <translation>このデータはその間に削除されたため、変更は保存されませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: {reason}</source>
        <translation>保存できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: someone else changed this record meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>保存されていません：その間に他の人がこのレコードを変更しました。あなたの変更はフォームに残っています。「保存」を押すと再度比較します。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+331"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/pages/records.py" line="+101"/>
        <source>Filter by name (Latin, 漢字 or かな)…</source>
        <translation>名前で絞り込み（ローマ字・漢字・かな）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Could not load: {reason}</source>
        <translation>読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete: {reason}</source>
        <translation>削除できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mission open</source>
        <translation>ミッションが開かれていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 件</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dashboard/report_dialog.py" line="+44"/>
        <location line="+49"/>
        <source>Write the report</source>
        <translation>報告書を作成</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Also the figures as a spreadsheet (.xlsx)</source>
        <translation>数値を表計算ファイル（.xlsx）でも出力</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report (PDF):</source>
        <translation>報告書（PDF）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet:</source>
        <translation>表計算ファイル：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say where the report goes.</source>
        <translation>報告書の保存先を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where the spreadsheet goes, or untick it.</source>
        <translation>表計算ファイルの保存先を指定するか、チェックを外してください。</translation>
    </message>
</context>
<context>
    <name>RequestMatrixModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+252"/>
        <source>{a} does not want to meet {b} (no thanks)</source>
        <translation>{a} は {b} との商談を希望していません（辞退）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} asks to meet {b}, priority {priority}, mandatory</source>
        <translation>{a} は {b} との商談を希望（優先度 {priority}、必須）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} asks to meet {b}, priority {priority}</source>
        <translation>{a} が {b} との商談を希望（優先度 {priority}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a} → {b}: no request</source>
        <translation>{a} → {b}：希望なし</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests.py" line="+182"/>
        <source>Both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turin</source>
        <translation>トリノ側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya</source>
        <translation>名古屋側</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every sector</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search names (Latin or Japanese), city, profile</source>
        <translation>名前（ローマ字・日本語）、都市、プロフィールで検索</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Side:</source>
        <translation>側：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector:</source>
        <translation>業種：</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+277"/>
        <source>Select an organisation to see its wish list.</source>
        <translation>組織を選ぶと、その商談希望リストが表示されます。</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Turin organisations ask (rows)</source>
        <translation>トリノ側の組織が希望（行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagoya organisations ask (rows)</source>
        <translation>名古屋側の組織が希望（行）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Each row asks the column. Keys on a cell: 1–5 priority, N no thanks, M mandatory on/off, Delete removes; a double click cycles 3, 4, 5, 1, 2, no thanks, nothing. “3 ⇄” both asked (green), “✕” no thanks, bold: mandatory, “← 2” in grey: only the column asked. Ctrl+Z undoes.</source>
        <translation>各行の組織が列の組織との商談を希望します。セル上のキー：1～5 優先度、N お断り、M 必須の切替、Delete 削除。ダブルクリックで 3、4、5、1、2、お断り、なし の順に切り替わります。「3 ⇄」相互希望（緑）、「✕」お断り、太字：必須、灰色の「← 2」：列の組織だけが希望。Ctrl+Z で元に戻します。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pairs of opposite sides that nobody asked yet, whose sectors and profiles complement each other, best first. Accept makes one request, priority 3, from the organisation that asked for fewer meetings.</source>
        <translation>まだ誰も希望していない、業種やプロフィールが補い合うトリノ側と名古屋側の組み合わせです（有望な順）。「採用」で、希望の少ない方の組織から優先度 3 の商談希望を1件作成します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalogue and wish lists</source>
        <translation>組織一覧と希望リスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request matrix</source>
        <translation>商談希望マトリクス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested pairs</source>
        <translation>おすすめの組み合わせ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Requests</source>
        <translation>商談希望</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Priority {priority}: {a} → {b}</source>
        <translation>優先度 {priority}：{a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No thanks: {a} → {b}</source>
        <translation>お断り：{a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory on/off: {a} → {b}</source>
        <translation>必須の切替：{a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove request {a} → {b}</source>
        <translation>商談希望の削除：{a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change request {a} → {b}</source>
        <translation>商談希望の変更：{a} → {b}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accept suggested pair {a} → {b}</source>
        <translation>おすすめの採用：{a} → {b}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load: {reason}</source>
        <translation>読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Suggested pairs (%n)</source>
        <translation>
            <numerusform>おすすめの組み合わせ（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>{name} asks to meet %n organisation(s)</source>
        <translation>
            <numerusform>{name} の商談希望：%n 組織</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Asked by %n organisation(s): {names}</source>
        <translation>
            <numerusform>%n 組織から希望：{names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody asked to meet it yet.</source>
        <translation>まだどの組織からも希望されていません。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_backup.py" line="+34"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of {0}, newest first. Ponte makes one when the file opens or the window closes, if the file changed; each was checked when it was made. The file now in use is kept aside before the backup replaces it.</source>
        <translation>{0} のバックアップ（新しい順）です。Ponte は、ファイルが変更されていれば、開いたときとウィンドウを閉じたときにバックアップを作成し、作成時に検査しています。バックアップで置き換える前に、現在使用中のファイルは別に保管されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>面談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>検査済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ponte has not made a backup of this file yet.</source>
        <translation>Ponte はまだこのファイルのバックアップを作成していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>made by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <location filename="../../ui/setup/reuse_dialog.py" line="+45"/>
        <source>Reuse a previous mission&apos;s set-up</source>
        <translation>以前のミッションの設定を再利用</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+74"/>
        <source>As the mission copied</source>
        <translation>コピー元のミッションと同じ</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Copy from:</source>
        <translation>コピー元：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start date:</source>
        <translation>新しい開始日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (English):</source>
        <translation>新しい名称（英語）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (Italian):</source>
        <translation>新しい名称（イタリア語）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name (Japanese):</source>
        <translation>新しい名称（日本語）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venues, travel times, delegations, B2B sessions (with their breaks, tables and delegations taking part) and interpreters are copied; every time moves by the same number of days and keeps its local time. Organisations, participants and meeting requests are not copied.</source>
        <translation>会場・移動時間・代表団・B2B商談会（休憩、テーブル、参加する代表団を含む）・通訳者をコピーします。すべての時刻は同じ日数だけずれ、現地時刻はそのまま保たれます。組織・参加者・商談希望はコピーされません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy into a new mission</source>
        <translation>新しいミッションにコピー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no mission to copy from.</source>
        <translation>コピー元のミッションがありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>As in English: {name}</source>
        <translation>英語と同じ：{name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New mission from {start} to {end} ({shift} days later). To copy: {venues} venue(s), {travel} travel time(s), {delegations} delegation(s), {sessions} B2B session(s) with {breaks} break(s) and {tables} table(s), {interpreters} interpreter(s).</source>
        <translation>新しいミッション：{start}～{end}（{shift} 日後）。コピーするもの：会場 {venues}、移動時間 {travel}、代表団 {delegations}、B2B商談会 {sessions}（休憩 {breaks}、テーブル {tables}）、通訳者 {interpreters}。</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/b2b/run_panel.py" line="+77"/>
        <source>Schedule</source>
        <translation>スケジュール作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Place the most valuable meetings; locked meetings stay where they are.</source>
        <translation>優先度の高い商談をできるだけ多く配置します。固定した商談は動きません。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solver returns its best schedule by then.</source>
        <translation>この時間内に見つかった最良のスケジュールを採用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time limit:</source>
        <translation>制限時間：</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling…</source>
        <translation>スケジュール作成中…</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Another database was opened; the schedule was dropped.</source>
        <translation>別のデータベースが開かれたため、スケジュールは破棄されました。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Cannot schedule yet: the mission has no B2B session. Add one on the Sessions page.</source>
        <translation>まだ日程を組めません。このミッションにはB2B商談会がありません。商談会のページで追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot schedule yet: the mission has no organisations. Add or import them.</source>
        <translation>まだ日程を組めません。このミッションには組織がありません。追加またはインポートしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot schedule yet: there are no meeting requests. Enter or import them.</source>
        <translation>まだ日程を組めません。商談希望がありません。入力またはインポートしてください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choosing meetings</source>
        <translation>商談を選定中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning tables</source>
        <translation>テーブルを割り当て中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortening idle gaps</source>
        <translation>空き時間を短縮中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{phase}: {best:g} of at most {bound:g}</source>
        <translation>{phase}：{best:g}（上限 {bound:g}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Idle gaps: {count}, proven minimal.</source>
        <translation>待ち時間: {count} 回（最少であることを証明済み）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle gaps: best so far {count}, cannot be fewer than {floor}.</source>
        <translation>待ち時間: 現時点の最良 {count} 回（{floor} 回未満にはなりません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle gaps: best so far {count}.</source>
        <translation>待ち時間: 現時点の最良 {count} 回。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not schedule: {reason}</source>
        <translation>スケジュールを作成できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Infeasible: nothing was changed. {reasons}</source>
        <translation>スケジュールを作成できません。何も変更していません。{reasons}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scheduler has not run on this mission yet.</source>
        <translation>このミッションではまだスケジューラを実行していません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Infeasible: nothing was changed.</source>
        <translation>スケジュールを作成できません。何も変更していません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>see why</source>
        <translation>理由を見る</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} — {link}.</source>
        <translation>{summary} — {link}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary}.</source>
        <translation>{summary}。</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+10"/>
        <source>Last run, {when}: {figures}</source>
        <translation>前回の実行（{when}）：{figures}</translation>
    </message>
</context>
<context>
    <name>SearchIdCombo</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="-233"/>
        <source>Type to search…</source>
        <translation>入力して検索…</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../ui/pages/send_panel.py" line="+77"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only those whose schedule changed</source>
        <translation>日程が変わった人のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the participants whose schedule differs from the version they last received; their message lists what changed.</source>
        <translation>最後に受け取った版と日程が異なる参加者のみ。メッセージに変更点が記載されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write e-mail drafts (.eml)…</source>
        <translation>メールの下書きを作成（.eml）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail settings…</source>
        <translation>メール設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s answer</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send again to this participant…</source>
        <translation>この参加者にもう一度送信…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Publish a version to send it by e-mail.</source>
        <translation>メールで送るには、まず版を公開してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {number} reached {reached} of {total} participants.</source>
        <translation>第{number}版は {total} 人中 {reached} 人に届きました。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n could not be delivered (see the log).</source>
        <translation>
            <numerusform>%n 件は配信できませんでした（ログを参照）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n without an e-mail address.</source>
        <translation>
            <numerusform>%n 人はメールアドレスがありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the latest changes before sending.</source>
        <translation>送信の前に最新の変更を公開してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send version {number} by e-mail…</source>
        <translation>第{number}版をメールで送信…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by e-mail…</source>
        <translation>メールで送信…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of {user} at {host}:</source>
        <translation>{host} の {user} のパスワード：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send version {number} through {host} to the participants whose schedule changed since the version they last received?</source>
        <translation>最後に受け取った版から日程が変わった参加者に、{host} 経由で第{number}版を送信しますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send version {number} through {host} to the {count} participants who have not received it yet?</source>
        <translation>まだ受け取っていない {count} 人の参加者に、{host} 経由で第{number}版を送信しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Send by e-mail</source>
        <translation>メールで送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send version {number} again to {name} through {host}?</source>
        <translation>{host} 経由で {name} に第{number}版をもう一度送信しますか？</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+38"/>
        <source>Preparing the agendas…</source>
        <translation>日程表を準備中…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Nothing was sent: {reason}</source>
        <translation>何も送信されませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Folder for the e-mail drafts</source>
        <translation>メール下書きのフォルダー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write the drafts: {reason}</source>
        <translation>下書きを作成できませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current message…</source>
        <translation>送信中のメッセージの後で停止します…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>agenda %v of %m</source>
        <translation>日程表 %v / %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %v of %m</source>
        <translation>メッセージ %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Version {number}: %n message(s) sent.</source>
        <translation>
            <numerusform>第{number}版：%n 通送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already had this version.</source>
        <translation>
            <numerusform>%n 人はこの版を受信済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had no changes.</source>
        <translation>
            <numerusform>%n 人は変更がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not delivered: see the log.</source>
        <translation>
            <numerusform>%n 件は配信されませんでした。ログを参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+21"/>
        <source>%n without a usable address.</source>
        <translation>
            <numerusform>%n 人は使えるアドレスがありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Cancelled: %n not sent yet; send again to reach them.</source>
        <translation>
            <numerusform>キャンセルしました：%n 人にはまだ送信していません。再度送信すると届きます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopped: {reason} %n not sent yet; send again to reach them.</source>
        <translation>
            <numerusform>停止しました：{reason} %n 人にはまだ送信していません。再度送信すると届きます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n e-mail draft(s) in {folder}.</source>
        <translation>
            <numerusform>{folder} にメール下書きを %n 件作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. {detail}</source>
        <translation>キャンセルしました。{detail}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/pages/sessions.py" line="+114"/>
        <source>New session</source>
        <translation>新しい商談会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+674"/>
        <source>Name (English):</source>
        <translation>名称（英語）:</translation>
    </message>
    <message>
        <location line="-673"/>
        <location line="+674"/>
        <source>Name (Italian):</source>
        <translation>名称（イタリア語）:</translation>
    </message>
    <message>
        <location line="-673"/>
        <location line="+674"/>
        <source>Name (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <location line="-668"/>
        <location line="+669"/>
        <source>Day:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location line="-666"/>
        <location line="+667"/>
        <source>Venue:</source>
        <translation>会場:</translation>
    </message>
    <message>
        <location line="-649"/>
        <location line="+650"/>
        <location line="+1"/>
        <source>Start – end:</source>
        <translation>開始 – 終了:</translation>
    </message>
    <message>
        <location line="-645"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+645"/>
        <source>Slot length:</source>
        <translation>1枠の長さ:</translation>
    </message>
    <message>
        <location line="-639"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Italian)</source>
        <translation>名称（イタリア語）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Japanese)</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add break</source>
        <translation>休憩を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove break</source>
        <translation>休憩を削除</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+615"/>
        <source>Breaks:</source>
        <translation>休憩:</translation>
    </message>
    <message>
        <location line="-599"/>
        <source>Double-click a table to rename it.</source>
        <translation>テーブルをダブルクリックすると名前を変更できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+594"/>
        <source>Tables:</source>
        <translation>テーブル:</translation>
    </message>
    <message>
        <location line="-589"/>
        <source>None ticked: every delegation takes part.</source>
        <translation>チェックなし：すべての代表団が参加します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+581"/>
        <source>Delegations taking part:</source>
        <translation>参加する代表団:</translation>
    </message>
    <message>
        <location line="-576"/>
        <source>Slots:</source>
        <translation>枠:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sessions</source>
        <translation>商談会</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not load: {reason}</source>
        <translation>読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open or create a mission first.</source>
        <translation>先にミッションを開くか作成してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No B2B session yet: fill in the form and save to add one.</source>
        <translation>B2B商談会はまだありません。フォームに入力して保存すると追加されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no venue</source>
        <translation>会場なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}
{day} {start}–{end} {zone} · {venue}
{slots} slots, {tables} tables, {meetings} meetings placed</source>
        <translation>{name}
{day} {start}–{end} {zone} · {venue}
{slots} 枠、テーブル {tables}、配置済みの商談 {meetings} 件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No venue (the mission&apos;s zone, {zone})</source>
        <translation>会場なし（ミッションのタイムゾーン {zone}）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New B2B session</source>
        <translation>新しいB2B商談会</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Write the day as 2027-10-14 (a day that exists).</source>
        <translation>日付は 2027-10-14 のように（実在する日を）入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the time as 14:00.</source>
        <translation>時刻は 14:00 のように入力してください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Break {n}: write its times as 16:00.</source>
        <translation>休憩 {n}: 時刻は 16:00 のように入力してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{slots} slots of {minutes} min, {tables} tables: up to {capacity} meetings</source>
        <translation>{minutes} 分の枠が {slots}、テーブル {tables}：最大 {capacity} 件の商談</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} placed meetings would no longer fit.</source>
        <translation>配置済みの商談 {count} 件が収まらなくなります。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete session</source>
        <translation>商談会を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the session “{name}”?</source>
        <translation>商談会「{name}」を削除しますか？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed {count} meetings (their requests are unscheduled again): {list}</source>
        <translation>商談 {count} 件を削除しました（その商談希望は未配置に戻りました）: {list}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved: someone else changed this session meanwhile. Your changes are still in the form; Save compares them again.</source>
        <translation>保存されていません：その間に他の人がこのセッションを変更しました。あなたの変更はフォームに残っています。「保存」を押すと再度比較します。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Meetings that no longer fit</source>
        <translation>収まらなくなる商談</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleting this session removes %n placed meetings:</source>
        <translation>
            <numerusform>この商談会を削除すると、配置済みの商談 %n 件が削除されます:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>After this change, %n placed meetings no longer fit:</source>
        <translation>
            <numerusform>この変更により、配置済みの商談 %n 件が収まらなくなります:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove them? Their requests go back to the unscheduled list.</source>
        <translation>削除しますか？その商談希望は未配置の一覧に戻ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove them and save</source>
        <translation>削除して保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: nothing was changed.</source>
        <translation>保存していません。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>SetupWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_workbook.py" line="+52"/>
        <source>Set-up workbook</source>
        <translation>設定用ブック</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workbook with one sheet per kind of record (venues, delegations, B2B sessions, organisations, participants, interpreters, unavailability, meeting requests) that a chamber fills in and imports here. Each sheet is imported whole or not at all; a sheet with a wrong row stops the import there.</source>
        <translation>種類ごとに1シート（会場・代表団・B2B商談会・企業・参加者・通訳・不在時間・商談希望）のブックに商工会議所が記入し、ここで取り込みます。各シートはすべて取り込まれるか、まったく取り込まれないかのどちらかです。誤りのある行を含むシートで取り込みは止まります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save an empty template…</source>
        <translation>空のテンプレートを保存…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a filled workbook…</source>
        <translation>記入済みのブックを取り込む…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the set-up template</source>
        <translation>設定用テンプレートの保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template saved: {path}</source>
        <translation>テンプレートを保存しました：{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a set-up workbook</source>
        <translation>設定用ブックの取り込み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a mission first: the import goes into it.</source>
        <translation>先にミッションを開いてください（そのミッションに取り込みます）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the sheet {sheet}…</source>
        <translation>シート {sheet} を読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported: every sheet is empty.</source>
        <translation>何も取り込まれませんでした（すべてのシートが空です）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{sheet}: {created} created, {updated} updated, {unchanged} unchanged</source>
        <translation>{sheet}：新規 {created} 件、更新 {updated} 件、変更なし {unchanged} 件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported:</source>
        <translation>取り込み結果：</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/shared_database.py" line="+59"/>
        <source>Open shared database</source>
        <translation>共有データベースを開く</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. db.camera-torino.local</source>
        <translation>例: db.camera-torino.local</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remember password (in the system keyring)</source>
        <translation>パスワードを記憶する（システムのキーリングに保存）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the system keyring</source>
        <translation>システムのキーリングに保存済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no system keyring: Ponte keeps the password only until it closes, and asks for it the next time.</source>
        <translation>このコンピューターにはシステムのキーリングがありません。Ponte はパスワードを終了するまでだけ保持し、次回また入力を求めます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name the server: its host name or address.</source>
        <translation>サーバーのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the database on that server.</source>
        <translation>そのサーバー上のデータベース名を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a host name; write only the name or the address.</source>
        <translation>{0} はホスト名ではありません。名前またはアドレスだけを入力してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connecting to {0}…</source>
        <translation>{0} に接続しています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it holds a Ponte database.</source>
        <translation>Ponte のデータベースがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is empty: Ponte will prepare it when it opens it.</source>
        <translation>データベースは空です。開くときに Ponte が準備します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database holds another program&apos;s tables: Ponte will not open it.</source>
        <translation>データベースには別のプログラムのテーブルがあります。Ponte は開きません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected (PostgreSQL {0}); {1}</source>
        <translation>接続しました（PostgreSQL {0}）。{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: {0}</source>
        <translation>接続できません: {0}</translation>
    </message>
</context>
<context>
    <name>SheetEntryDialog</name>
    <message>
        <location filename="../../ui/b2b/sheet_entry.py" line="+40"/>
        <source>Enter a host sheet</source>
        <translation>記録シートを入力</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One key per row, as ticked on the sheet: H held, A or B that side absent, N neither came, C cancelled, Space leave as it is. Backspace goes back.</source>
        <translation>シートのチェックどおり、1行に1キー：H 実施、A または B その側が欠席、N 双方欠席、C 取消、スペース そのまま。Backspace で1行戻ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row {row} of {count}: type its mark.</source>
        <translation>{count} 行中 {row} 行目：記録のキーを押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n left as they are</source>
        <translation>
            <numerusform>そのまま %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {count} rows typed: {parts}. Enter saves them all.</source>
        <translation>全 {count} 行を入力しました：{parts}。Enter ですべて保存します。</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="+34"/>
        <source>Requester</source>
        <translation>希望元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To meet</source>
        <translation>希望先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>TableDayModel</name>
    <message>
        <location filename="../../ui/b2b/table_day.py" line="+45"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation A</source>
        <translation>組織 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation B</source>
        <translation>組織 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>TableDayWidget</name>
    <message>
        <location line="+151"/>
        <source>Enter a sheet…</source>
        <translation>シートを入力…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the marks of a printed host sheet, one key per row.</source>
        <translation>印刷した記録シートの内容を、1行に1キーで入力します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print host sheets…</source>
        <translation>記録シートを印刷…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page per table to tick by hand, for desks without a laptop.</source>
        <translation>ノートPCのない席のために、テーブルごとに手でチェックする1ページ。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: H held · A / B that side did not come · N neither came · C cancelled · S scheduled · Enter note · Ctrl+Z undo</source>
        <translation>キー：H 実施 · A / B その側が来なかった · N 双方欠席 · C 取消 · S 予定に戻す · Enter メモ · Ctrl+Z 元に戻す</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Session:</source>
        <translation>セッション：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table:</source>
        <translation>テーブル：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No-shows per organisation</source>
        <translation>組織別の欠席</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All tables</source>
        <translation>全テーブル</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Mark meeting “{name}”</source>
        <translation>商談「{name}」を記録</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Table {table} · {session}</source>
        <translation>テーブル {table} · {session}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the sheet of table {table}</source>
        <translation>テーブル {table} のシートを入力</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n mark(s) of the sheet.</source>
        <translation>
            <numerusform>シートの記録を %n 件保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print host sheets</source>
        <translation>記録シートを印刷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/forms/date_fields.py" line="+59"/>
        <source>Write a time, e.g. 09:30.</source>
        <translation>時刻を入力してください（例: 09:30）。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/b2b/timeline.py" line="+49"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>free</source>
        <translation>空き</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location line="+44"/>
        <source>Interpreter: {name}</source>
        <translation>通訳：{name}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>商談 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) between meetings</source>
        <translation>
            <numerusform>商談間の休憩 %n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="+87"/>
        <source>The database this was done in is no longer open.</source>
        <translation>この操作を行ったデータベースは、もう開かれていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It was changed or deleted meanwhile.</source>
        <translation>その間に変更または削除されました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not undo or redo “{action}”: {reason}</source>
        <translation>「{action}」を元に戻す／やり直すことができませんでした：{reason}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Someone else changed it after this step; deleting it now would delete their changes too, so nothing was written.</source>
        <translation>この操作の後に他の人が変更しました。今削除すると相手の変更も消えてしまうため、何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../../ui/programme/commands.py" line="+70"/>
        <location filename="../../ui/undo.py" line="-43"/>
        <source>There is nothing to put back.</source>
        <translation>復元するものがありません。</translation>
    </message>
</context>
<context>
    <name>UnscheduledModel</name>
    <message>
        <location filename="../../ui/b2b/lists.py" line="+45"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meets</source>
        <translation>商談相手</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not scheduled</source>
        <translation>未配置の理由</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../ui/setup/venues_panel.py" line="+41"/>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As in Latin script: {name}</source>
        <translation>ラテン文字と同じ：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Nagoya Congress Center</source>
        <translation>例：名古屋国際会議場</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Name (Latin script):</source>
        <translation>名称（ラテン文字）：</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Name (Italian):</source>
        <translation>名称（イタリア語）:</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Name (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+173"/>
        <source>Address:</source>
        <translation>住所：</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Address (Japanese):</source>
        <translation>住所（日本語）：</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>City:</source>
        <translation>都市：</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+171"/>
        <source>Time zone:</source>
        <translation>タイムゾーン：</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+98"/>
        <source>New venue</source>
        <translation>新しい会場</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Save venue</source>
        <translation>会場を保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete venue</source>
        <translation>会場を削除</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same time both ways</source>
        <translation>往復とも同じ時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save travel times</source>
        <translation>移動時間を保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Travel times in minutes (row: from; column: to, numbered as the rows)</source>
        <translation>移動時間（分）（行：出発地、列：到着地。列番号は行の番号）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“{text}” from {a} to {b} is not a number of minutes between 0 and 1440.</source>
        <translation>{a} から {b} への「{text}」は 0〜1440 の分数ではありません。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Venue: {name}</source>
        <translation>会場：{name}</translation>
    </message>
</context>
<context>
    <name>WishListModel</name>
    <message>
        <location filename="../../ui/requests/models.py" line="-225"/>
        <source>Asks to meet</source>
        <translation>希望先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>印</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✕ no thanks</source>
        <translation>✕ お断り</translation>
    </message>
</context>
</TS>
