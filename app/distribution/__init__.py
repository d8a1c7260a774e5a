"""Distribution: each participant's agenda PDF and .ics as an e-mail in their language,
written as ``.eml`` drafts that a coordinator sends from their own mail client."""
