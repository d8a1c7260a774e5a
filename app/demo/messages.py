"""What the demo says to a user."""

from __future__ import annotations

from app.common.wording import Wording

ALREADY_THERE = Wording(
    "demo.already_there",
    en="The demo missions are already in {database}; use --replace to write them again.",
    it="Le missioni dimostrative sono già in {database}; usare --replace per scriverle di nuovo.",
    ja="デモ用のミッションは既に {database} にあります。"
    "書き直すには --replace を指定してください。",
)
