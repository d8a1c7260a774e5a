"""The Programme page's pieces: the item form, the timeline, the undo commands."""
