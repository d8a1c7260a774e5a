"""Printed documents (reportlab, headless): badges, personal and organisation agendas, table
sheets and the master grid. Every document embeds Ponte's own fonts and is written atomically."""

from app.documents.errors import DocumentError

__all__ = ["DocumentError"]
