"""Erasure on PostgreSQL (issue 16, item 5): after the delete commits the touched tables are
vacuumed, rewritten (VACUUM FULL) and analysed, so neither the heap files nor pg_statistic
hold the erased person; a user who does not own the tables is told plainly what could not be
done and who can; another session's open snapshot is named."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, select, text

from app.demo import write_demo
from app.model import Participant
from app.services import erasure
from app.services.erasure import erase_participant, finish_erasure, touched_tables
from app.store import Store, open_store

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    with open_store(pg_url) as store:
        write_demo(store)
        yield store


def _first_by_email(store: Store) -> Participant:
    """The participant whose address sorts first: the lowest bound of the column's
    histogram, so ANALYZE always keeps it in pg_statistic."""
    with store.session() as s:
        person = s.scalars(
            select(Participant).where(Participant.email.is_not(None)).order_by(Participant.email)
        ).first()
        assert person is not None
        s.expunge(person)
        return person


def _statistics_hold(store: Store, value: str) -> bool:
    with store.connection() as conn:
        rows = conn.execute(
            text(
                "SELECT concat_ws(' ', stavalues1::text, stavalues2::text, stavalues3::text, "
                "stavalues4::text, stavalues5::text) FROM pg_statistic "
                "WHERE starelid = 'participant'::regclass"
            )
        ).scalars()
        return any(value in (row or "") for row in rows)


def _heap_holds(store: Store, value: str) -> bool:
    """Whether the participant table's files (read by the server, superuser only) hold it."""
    with store.connection() as conn:
        conn.execute(text("CHECKPOINT"))  # the server's buffers written to its files
        path = conn.execute(text("SELECT pg_relation_filepath('participant')")).scalar_one()
        data = conn.execute(text("SELECT pg_read_binary_file(:p)"), {"p": path}).scalar_one()
    return value.encode() in bytes(data)


def test_server_keeps_nothing_of_the_erased_person(pg_store: Store) -> None:
    person = _first_by_email(pg_store)
    assert person.email
    with pg_store.connection() as conn:
        conn.execute(text("ANALYZE participant"))
        conn.commit()
    assert _statistics_hold(pg_store, person.email)
    assert _heap_holds(pg_store, person.email)

    erased = erase_participant(pg_store, person.id)

    assert erased.cleanup.done, [str(n) for n in erased.cleanup.notes]
    assert "rewritten the tables" in " ".join(str(n) for n in erased.cleanup.notes)
    assert not _statistics_hold(pg_store, person.email)
    assert not _heap_holds(pg_store, person.email)
    assert {"participant", "publication", "sent_message"} <= set(touched_tables())


def test_a_session_with_an_old_snapshot_is_named(
    pg_store: Store, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(erasure, "WAIT_FOR_OTHERS_S", 1.0)  # for its lock, not 10 s
    person = _first_by_email(pg_store)
    other = create_engine(pg_url, connect_args={"application_name": "reader-in-Nagoya"})
    try:
        with other.connect() as conn:
            conn.execute(text("SELECT count(*) FROM participant")).scalar_one()  # holds it
            erased = erase_participant(pg_store, person.id, paths=None)
            notes = " ".join(str(n) for n in erased.cleanup.notes)
            assert not erased.cleanup.done
            assert "reader-in-Nagoya" in notes and "Other sessions" in notes
            conn.rollback()
        cleanup = finish_erasure(pg_store)
        assert cleanup.done, [str(n) for n in cleanup.notes]
    finally:
        other.dispose()


def test_a_user_who_does_not_own_the_tables_is_told_who_can(pg_store: Store, pg_url: str) -> None:
    role = f"wt_files_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
        conn.execute(
            text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')
        )
        conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    try:
        person = _first_by_email(pg_store)
        url = make_url(pg_url).set(username=role).render_as_string(hide_password=False)
        with open_store(url) as editor:
            erased = erase_participant(editor, person.id)
        notes = " ".join(str(n) for n in erased.cleanup.notes)
        assert erased.participants == 1 and not erased.cleanup.done
        assert "only the owner of the tables (postgres) or a superuser" in notes
        assert "ponte erase --finish" in notes
        assert finish_erasure(pg_store).done  # the owner finishes it
        assert not _statistics_hold(pg_store, person.email or "?")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()
