"""The B2B page's pieces: the schedule grid, the run panel, the lists, the undo commands."""
