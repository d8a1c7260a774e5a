#!/usr/bin/env bash
# Your own mission in five steps, headless: from an empty database to a schedule, badges and
# agendas, with only `ponte` commands (what a chamber's coordinator would type).
#
#   scripts/own-mission.sh DATABASE [INPUT_DIR] [OUT_DIR]
#
# DATABASE   a file (created when missing) or a URL such as postgresql+psycopg://user@host/db;
#            the script adds a new mission to it and works on that one only
# INPUT_DIR  the folder holding registrations.csv (default: tests/fixtures/journey)
# OUT_DIR    where badges.pdf and agendas/ go (default: out/own-mission)
#
# PONTE_BIN=PATH runs that `ponte` instead of the repository's .venv/bin/ponte;
# OWN_MISSION_SESSION_START/END (15:20, 17:00) move the B2B session's start and end.
# The first command that refuses its input stops the script with its "Error: …" line.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ $# -lt 1 || "$1" == -h || "$1" == --help ]]; then
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    [[ $# -ge 1 ]] && exit 0
    exit 1
fi

DB="$1"
INPUT="${2:-$ROOT/tests/fixtures/journey}"
OUT="${3:-$ROOT/out/own-mission}"
PONTE="${PONTE_BIN:-$ROOT/.venv/bin/ponte}"
# The session: two 20-minute slots before its 16:00–16:20 coffee break and two after.
SESSION_START="${OWN_MISSION_SESSION_START:-15:20}"
SESSION_END="${OWN_MISSION_SESSION_END:-17:00}"

die() { printf 'Error: %s\n' "$*" >&2; exit 1; }
step() { printf '\n== Step %s\n' "$*"; }

[[ -x "$PONTE" ]] || die "no ponte at $PONTE: run scripts/setup.sh first (or set PONTE_BIN)"
[[ -f "$INPUT/registrations.csv" ]] || die "no registrations.csv in $INPUT"

# `ponte` prints its own "Error: …" and exits 1 on bad input; set -e stops the script there.
ponte() { "$PONTE" "$@"; }

step "1/5: the mission, its venues and its delegations"
created="$(ponte mission new --db "$DB" \
    --name "Turin–Nagoya Business Mission 2027" \
    --name-it "Missione d'affari Torino–Nagoya 2027" \
    --name-ja "トリノ・名古屋ビジネスミッション2027" \
    --city Nagoya --zone Asia/Tokyo --start 2027-10-12 --end 2027-10-15 \
    --organiser "Camera di commercio di Torino")"
echo "$created"
MISSION="$(sed -n 's/^Created mission \([0-9][0-9]*\):.*/\1/p' <<<"$created")"
[[ -n "$MISSION" ]] || die "could not read the new mission's id from: $created"
on=(--db "$DB" --mission "$MISSION")

ponte venue add "${on[@]}" --name "Nagoya Congress Center" \
    --name-it "Centro congressi di Nagoya" --name-ja "名古屋国際会議場" \
    --address "1-1 Atsuta-nishimachi, Atsuta-ku, Nagoya" \
    --address-ja "名古屋市熱田区熱田西町1番1号" --city Nagoya
ponte venue add "${on[@]}" --name "Aichi Sky Expo" \
    --name-it "Fiera Aichi Sky Expo" --name-ja "愛知県国際展示場" \
    --address "1-10 Centrair, Tokoname, Aichi" --address-ja "愛知県常滑市セントレア5丁目10番1号" \
    --city Tokoname
ponte travel set "${on[@]}" "Nagoya Congress Center" "Aichi Sky Expo" 50 --both-ways
ponte delegation add "${on[@]}" --side turin --name "Turin delegation" \
    --name-it "Delegazione di Torino" --name-ja "トリノ代表団"
ponte delegation add "${on[@]}" --side nagoya --name "Nagoya delegation" \
    --name-it "Delegazione di Nagoya" --name-ja "名古屋代表団"

step "2/5: the B2B session and the interpreters"
added="$(ponte session add "${on[@]}" --name "B2B meetings" \
    --name-it "Incontri B2B" --name-ja "B2B商談会" \
    --day 2027-10-13 --venue "Nagoya Congress Center" \
    --start "$SESSION_START" --end "$SESSION_END" --slot 20 --break "16:00-16:20" --tables 10)"
echo "$added"
SESSION="$(sed -n 's/^Added B2B session \([0-9][0-9]*\).*/\1/p' <<<"$added")"
[[ -n "$SESSION" ]] || die "could not read the new session's id from: $added"
ponte interpreter add "${on[@]}" --family-first \
    --family-name Sato --given-name Yumi --family-kanji 佐藤 --given-kanji 由美 \
    --family-kana さとう --given-kana ゆみ \
    --language ja --language it --language en --session "$SESSION" \
    --email yumi.sato@example.jp
ponte interpreter add "${on[@]}" --given-first \
    --family-name Bianco --given-name Laura --family-kanji ビアンコ --given-kanji ラウラ \
    --family-kana びあんこ --given-kana らうら \
    --language it --language ja --language en --session "$SESSION" \
    --email laura.bianco@example.it

step "3/5: the participants and their companies, from the registration sheet"
ponte import "${on[@]}" --kind participants "$INPUT/registrations.csv"
ponte delegation edit "${on[@]}" "Turin delegation" --head "Giulia Rossi"
ponte delegation edit "${on[@]}" "Nagoya delegation" --head "田中 宏"
ponte delegation list "${on[@]}"
# the programme (wall times in each venue's zone), and who would be expected in two places
ponte import "${on[@]}" --kind programme "$INPUT/own-programme.csv"
ponte clashes "${on[@]}"

step "4/5: meeting requests (some mutual, one no thanks) and two suggested pairs"
# FROM|TO|PRIORITY[|mandatory]: each Turin company asks two Nagoya ones; nine of those ask
# back (mutual), one more asks on its own.
requests=(
    "Fonderia Alpina|Chubu Seimitsu|5"
    "Fonderia Alpina|Nagoya Casting|4"
    "Stampi Canavese|Kiso Motors|4"
    "Stampi Canavese|Chubu Seimitsu|3"
    "Compositi Torinesi|Tokai Composites|5"
    "Compositi Torinesi|Atsuta Aero Parts|3"
    "Robotica Lingotto|Owari Robotics|5|mandatory"
    "Robotica Lingotto|Meijo Machinery|2"
    "Meccanica Dora|Meijo Machinery|4"
    "Meccanica Dora|Kiso Motors|2"
    "Materiali Avanzati Po|Ise Bay Materials|4"
    "Materiali Avanzati Po|Tokai Composites|3"
    "Elettronica Superga|Sakae Electronics|4"
    "Elettronica Superga|Owari Robotics|2"
    "Aerostrutture Caselle|Atsuta Aero Parts|5"
    "Aerostrutture Caselle|Tokai Composites|3"
    "Trasmissioni Mirafiori|Kiso Motors|4"
    "Trasmissioni Mirafiori|Nagoya Casting|3"
    "Design Valentino|Tsurumai Design|4"
    "Design Valentino|Chubu Seimitsu|1"
    "中部精密|Fonderia Alpina|4"
    "東海コンポジット|Compositi Torinesi|5"
    "尾張ロボティクス|Robotica Lingotto|4"
    "Sakae Electronics|Elettronica Superga|3"
    "Atsuta Aero Parts|Aerostrutture Caselle|4"
    "Ise Bay Materials|Materiali Avanzati Po|3"
    "Kiso Motors|Trasmissioni Mirafiori|3"
    "Meijo Machinery|Meccanica Dora|3"
    "Tsurumai Design|Design Valentino|4"
    "Nagoya Casting|Stampi Canavese|3"
)
for request in "${requests[@]}"; do
    IFS='|' read -r from to priority mandatory <<<"$request"
    ponte request add "${on[@]}" --from "$from" --to "$to" --priority "$priority" \
        ${mandatory:+--mandatory}
done
ponte request no-thanks "${on[@]}" --from "Kiso Motors" --to "Meccanica Dora"
ponte suggest "${on[@]}" --limit 5 --accept 1 --accept 2

step "5/5: the schedule, the badges and the agendas (each in its reader's language)"
ponte schedule --db "$DB" --mission "$MISSION" --time-limit 20
mkdir -p "$OUT"
ponte badges "${on[@]}" --out "$OUT/badges.pdf"
ponte agendas "${on[@]}" --out "$OUT/agendas"
ponte programme "${on[@]}" --out "$OUT/booklet.pdf" --languages it,ja
ponte info --db "$DB"
printf '\nDone: mission %s in %s; badges, agendas and the programme booklet in %s\n' "$MISSION" "$DB" "$OUT"
