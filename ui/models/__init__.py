"""Qt item models for the tables of the pages (rows are the services' frozen dataclasses)."""
