#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a new cluster in a temp dir, on 127.0.0.1 and a
# free port, trust authentication (but for the role ponte_password_check), no durability (fsync off). Deleted when stopped.
#
# Sourced (what scripts/test.sh does):
#     source scripts/pg.sh
#     pg_start              # exports PONTE_TEST_PG_URL, PONTE_PG_DIR, PONTE_PG_PORT
#     trap pg_stop EXIT
# Run directly, it starts a server, prints the URL and keeps it until Ctrl-C:
#     scripts/pg.sh
#
# As root the cluster belongs to the 'postgres' user (initdb refuses to run as root); as any
# other user it belongs to that user. The binaries come from `pg_config --bindir`,
# /usr/lib/postgresql/*/bin (the newest) or PATH; PONTE_PG_BINDIR overrides.

_pg_say() { printf 'pg: %s\n' "$*" >&2; }

_pg_bindir() {
    local dir
    if [[ -n "${PONTE_PG_BINDIR:-}" ]]; then
        printf '%s\n' "$PONTE_PG_BINDIR"
        return 0
    fi
    if command -v pg_config >/dev/null; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        # Debian's pg_config belongs to libpq and may name a version with no server.
        if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            printf '%s\n' "$dir"
            return 0
        fi
    fi
    while read -r dir; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            printf '%s\n' "$dir"
            return 0
        fi
    done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r)
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

# Run a PostgreSQL program as the cluster's owner.
_pg_as_owner() {
    if ((EUID == 0)); then
        if command -v runuser >/dev/null; then
            runuser -u postgres -- "$@"
        else
            su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

_pg_free_port() {
    python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

pg_start() {
    local bindir
    if ! bindir="$(_pg_bindir)"; then
        _pg_say "error: no PostgreSQL server binaries (initdb, pg_ctl) found;"
        _pg_say "       run scripts/setup.sh --dev (Debian package 'postgresql')"
        return 1
    fi
    if ((EUID == 0)) && ! id -u postgres >/dev/null 2>&1; then
        _pg_say "error: running as root but there is no 'postgres' user to own the cluster"
        return 1
    fi

    PONTE_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/ponte-pg.XXXXXX")"
    export PONTE_PG_DIR
    ((EUID == 0)) && chown postgres: "$PONTE_PG_DIR"
    local data="$PONTE_PG_DIR/data" log="$PONTE_PG_DIR/server.log"

    if ! _pg_as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 \
        --no-locale --no-sync >"$PONTE_PG_DIR/initdb.log" 2>&1; then
        cat "$PONTE_PG_DIR/initdb.log" >&2
        _pg_say "error: initdb failed"
        return 1
    fi
    # One role, made by the tests, must give its password (scram): the wrong-password tests
    # need a server that checks one. Every other role keeps trust. The line goes first.
    _pg_as_owner sed -i '0,/^local/s//host    all             ponte_password_check 127.0.0.1\/32       scram-sha-256\nlocal/' \
        "$data/pg_hba.conf"

    # A free port can be taken between asking and binding: try a few.
    local attempt port
    for attempt in 1 2 3 4 5; do
        port="$(_pg_free_port)"
        if _pg_as_owner "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -o \
            "-c listen_addresses=127.0.0.1 -p $port -k '$PONTE_PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            PONTE_PG_PORT="$port"
            PONTE_PG_BIN="$bindir"
            export PONTE_PG_PORT PONTE_PG_BIN
            export PONTE_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
            if ! "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
                -c 'SELECT 1' >/dev/null; then
                _pg_say "error: the server started but does not answer on 127.0.0.1:$port"
                return 1
            fi
            _pg_say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PONTE_PG_DIR)"
            return 0
        fi
        _pg_say "start on port $port failed (attempt $attempt):"
        tail -n 5 "$log" >&2 || true
    done
    _pg_say "error: PostgreSQL would not start; log: $log"
    return 1
}

pg_stop() {
    [[ -n "${PONTE_PG_DIR:-}" && -d "$PONTE_PG_DIR" ]] || return 0
    if [[ -f "$PONTE_PG_DIR/data/postmaster.pid" ]]; then
        local bindir="${PONTE_PG_BIN:-}"
        [[ -n "$bindir" ]] || bindir="$(_pg_bindir)" || true
        _pg_as_owner "$bindir/pg_ctl" -D "$PONTE_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || _pg_say "warning: pg_ctl stop failed"
    fi
    rm -rf "$PONTE_PG_DIR"
    _pg_say "stopped and removed $PONTE_PG_DIR"
    unset PONTE_PG_DIR PONTE_PG_PORT PONTE_TEST_PG_URL
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    trap pg_stop EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    pg_start
    echo "export PONTE_TEST_PG_URL=$PONTE_TEST_PG_URL"
    echo "(Ctrl-C stops the server and deletes it)"
    while true; do
        sleep 3600 &
        wait $! || true
    done
fi
