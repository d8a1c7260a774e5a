"""Dialogs of the window (each validates what it asks for and shows errors inline)."""
