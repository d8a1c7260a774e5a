"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1, plain or STARTTLS with a login)
and a keyring that lives in memory. The fixtures are in conftest.py."""

from __future__ import annotations

import asyncio
import dataclasses
import email.policy
import socket
import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.distribution.mail_settings import MailSettings, Security

PARSER = BytesParser(policy=email.policy.default)
USER, PASSWORD = "turin-chamber", "s3cret-パス"


class Inbox:
    """aiosmtpd's handler: keeps what arrives; refuses some recipients; can drop the
    connection from the n-th message on."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: set[str] = set()
        self.drop_from: int | None = None  # 0-based index of the first message dropped
        self.data_seen = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        n, self.data_seen = self.data_seen, self.data_seen + 1
        if self.drop_from is not None and n >= self.drop_from:
            server.transport.close()
            return "421 closing"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"

    def parsed(self) -> list[EmailMessage]:
        out = []
        for _, _, raw in self.messages:
            msg = PARSER.parsebytes(raw)
            assert isinstance(msg, EmailMessage)
            out.append(msg)
        return out


class LocalController(Controller):
    """aiosmtpd's threaded server on 127.0.0.1, on a port the system picks when the server
    binds (port 0), read back into ``port`` before ``start()`` returns: no other process can
    take the port between choosing it and listening on it."""

    def __init__(self, handler: Any, **kwargs: Any) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, **kwargs)

    def _create_server(self) -> Any:  # aiosmtpd's hook for the binding, run in its thread
        async def bind() -> asyncio.AbstractServer:
            server = await self.loop.create_server(
                self._factory_invoker, host=self.hostname, port=0, ssl=self.ssl_context
            )
            self.port = int(server.sockets[0].getsockname()[1])
            return server

        return bind()


def refused_port() -> Iterator[int]:
    """A port on 127.0.0.1 where connections are refused: bound by this process, never
    listened on, and held until the generator ends (so nobody else can listen there)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield int(s.getsockname()[1])


@dataclasses.dataclass
class Server:
    inbox: Inbox
    port: int
    client_context: ssl.SSLContext | None
    ca_file: Path | None

    def settings(self, **kw: Any) -> MailSettings:
        base = MailSettings(
            host="127.0.0.1",
            port=self.port,
            security=Security.STARTTLS if self.client_context else Security.NONE,
            username=USER if self.client_context else "",
            sender="missions@to.camcom.example",
            rate_per_minute=0,
            timeout_s=10,
        )
        return dataclasses.replace(base, **kw)


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")
