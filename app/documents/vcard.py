"""The contact card a badge's QR code carries: a vCard 3.0 that phone contact apps import.

What goes in, and why:

* ``N`` and ``FN`` in Latin script, in the person's own order: every contact app reads them,
  and the Latin name is the one both delegations can type and search.
* ``NICKNAME``: the name in Japanese script (kanji, else kana). A second ``FN`` would not do:
  vCard 3.0 allows one, and Android's importer (``com.android.vcard.VCardEntry``) lets the
  last ``FN`` replace the first. ``X-PHONETIC-*`` and ``SORT-STRING`` hold a *reading*
  (Android turns ``SORT-STRING`` into the phonetic name), not a name in another script. A
  nickname is shown on the contact card and searched by both iOS and Android Contacts.
* ``ORG``: the organisation in Latin script (the Japanese one is printed on the badge).
* ``TEL`` and ``EMAIL`` only when the person consented to share them: :mod:`badge_data`
  keeps them only then, so no contact data reaches a card without consent.

The job title is left out: it is on the badge, and every byte of the card makes the code's
modules smaller (a vCard is read by a phone's camera, so the modules must stay large). Where
even that card is too dense for its box, :func:`vcards` offers shorter ones: without the
organisation (printed on the badge), then without the nickname; the name and the contact
data the person consented to share always stay.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.documents.badge_data import BadgePerson


def _escape(text: str) -> str:
    # RFC 2426 §4: backslash, comma and semicolon are escaped in text values.
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def vcard(person: BadgePerson, *, organisation: bool = True, nickname: bool = True) -> str:
    """The person's card, CRLF line ends (RFC 2426); contact data only with consent."""
    e = _escape
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{e(person.family_name)};{e(person.given_name)};;;",
        f"FN:{e(person.latin_name)}",
    ]
    if nickname and person.japanese_name:
        lines.append(f"NICKNAME:{e(person.japanese_name)}")
    if organisation and person.organisation:
        lines.append(f"ORG:{e(person.organisation)}")
    if person.phone:  # badge_data keeps it only when the person consented
        lines.append(f"TEL:{e(person.phone)}")
    if person.email:  # likewise
        lines.append(f"EMAIL:{e(person.email)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def vcards(person: BadgePerson) -> Iterator[str]:
    """The person's card, then shorter ones for a code that must be less dense: without the
    organisation, then without the nickname too."""
    yield vcard(person)
    if person.organisation:
        yield vcard(person, organisation=False)
    if person.japanese_name:
        yield vcard(person, organisation=False, nickname=False)
