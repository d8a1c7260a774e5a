"""Check-in tokens: the secret a badge's QR code carries (since schema 0012).

Twelve characters of Crockford's base32 (digits and capitals without I, L, O, U): 60 random
bits, so that no code can be guessed from another. Letters and digits only: a scanner that
types as a keyboard types them alike under an Italian, Japanese or US layout, which is not
true of punctuation such as ``:``. Whoever reads a code forgives its case and the letters
Crockford maps (O → 0; I and L → 1)."""

from __future__ import annotations

import secrets

TOKEN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TOKEN_LENGTH = 12


def new_check_in_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))
