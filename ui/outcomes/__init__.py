"""The Outcomes page\x27s parts: fast entry of each side\x27s answers, and the follow-ups."""
