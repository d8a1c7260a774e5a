"""The Requests page's pieces: its table models and its undoable commands."""
