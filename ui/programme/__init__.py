"""The Programme page's pieces: the day's timeline of items, venues and B2B sessions, the item
form, the undo commands."""
