"""What an erasure says beyond "erased": the traces a file or a server still holds, who holds
them, and what could not be done — in Italian, Japanese and English."""

from __future__ import annotations

from app.common.wording import Wording

ANOTHER_PROGRAM = Wording(
    "erasure.another_program",
    en="another program",
    it="un altro programma",
    ja="別のプログラム",
)
PROCESS = Wording(
    "erasure.process",
    en="{name} (process {pid})",
    it="{name} (processo {pid})",
    ja="{name}（プロセス {pid}）",
)
FILE_HOLDS_TRACES = Wording(
    "erasure.file_holds_traces",
    en="The erasure is done in the database, but the file {path} still holds traces of the "
    "erased people while {holders} keeps it open. Close it, then finish the erasure "
    "(Finish erasure, or ponte erase --finish).",
    it="La cancellazione è fatta nel database, ma il file {path} conserva ancora tracce "
    "delle persone cancellate finché {holders} lo tiene aperto. Chiuderlo, poi completare "
    "la cancellazione (Completa cancellazione, oppure ponte erase --finish).",
    ja="データベースからの消去は完了しましたが、{holders} がファイル {path} を開いている間は、"
    "消去した人の痕跡がファイルに残ります。それを閉じてから消去を完了してください"
    "（「消去を完了」または ponte erase --finish）。",
)
FILE_CLEAN = Wording(
    "erasure.file_clean",
    en="The file {path} no longer holds the erased people.",
    it="Il file {path} non contiene più le persone cancellate.",
    ja="ファイル {path} には、消去した人のデータはもう残っていません。",
)
NOT_OWNER = Wording(
    "erasure.not_owner",
    en="The people are erased, but the server still keeps their old rows in its files and "
    "statistics: only the owner of the tables ({owner}) or a superuser may clean them "
    "(VACUUM FULL, ANALYZE). Ask them to run ponte erase --finish on {database}.",
    it="Le persone sono cancellate, ma il server conserva ancora le loro vecchie righe nei "
    "suoi file e nelle statistiche: solo il proprietario delle tabelle ({owner}) o un "
    "superutente può ripulirli (VACUUM FULL, ANALYZE). Chiedere loro di eseguire ponte "
    "erase --finish su {database}.",
    ja="消去は完了しましたが、サーバーのファイルと統計情報には古い行がまだ残っています。"
    "これを消去できるのはテーブルの所有者（{owner}）またはスーパーユーザーだけです"
    "（VACUUM FULL、ANALYZE）。{database} に対して ponte erase --finish を実行するよう"
    "依頼してください。",
)
VACUUM_FAILED = Wording(
    "erasure.vacuum_failed",
    en="The people are erased, but the server could not yet rewrite its files without them "
    "({reason}). Try again later with Finish erasure (ponte erase --finish).",
    it="Le persone sono cancellate, ma il server non ha ancora potuto riscrivere i suoi file "
    "senza di loro ({reason}). Riprovare più tardi con Completa cancellazione (ponte erase "
    "--finish).",
    ja="消去は完了しましたが、サーバーはまだファイルから古い行を取り除けませんでした"
    "（{reason}）。後で「消去を完了」（ponte erase --finish）をもう一度実行してください。",
)
OLD_SNAPSHOTS = Wording(
    "erasure.old_snapshots",
    en="Other sessions on the server may still see the erased people until they end their "
    "transaction: {sessions}. The server's write-ahead log keeps them until its next "
    "checkpoints recycle it.",
    it="Altre sessioni sul server possono ancora vedere le persone cancellate finché non "
    "chiudono la loro transazione: {sessions}. Il registro delle scritture del server le "
    "conserva finché i prossimi checkpoint non lo riciclano.",
    ja="次のセッションは、トランザクションを終えるまで消去した人を参照できる可能性が"
    "あります：{sessions}。サーバーの先行書き込みログには、次のチェックポイントで"
    "再利用されるまで残ります。",
)
SERVER_CLEAN = Wording(
    "erasure.server_clean",
    en="The server has rewritten the tables without them and refreshed its statistics; its "
    "write-ahead log keeps the deleted rows until its checkpoints recycle it.",
    it="Il server ha riscritto le tabelle senza di loro e aggiornato le statistiche; il suo "
    "registro delle scritture conserva le righe cancellate finché i checkpoint non lo "
    "riciclano.",
    ja="サーバーはテーブルを書き直し、統計情報を更新しました。削除した行は、"
    "チェックポイントで再利用されるまで先行書き込みログに残ります。",
)
FILES_HOLDING = Wording(
    "erasure.files_holding",
    en="Files Ponte made before still name them: {count}.",
    it="File creati prima da Ponte che li nominano ancora: {count}.",
    ja="以前に Ponte が作成したファイルのうち、まだその人を含むもの：{count} 件。",
)
