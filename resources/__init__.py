"""Fonts, icons, translations and demo data shipped with Ponte (data only)."""
