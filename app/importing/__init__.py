"""Registrations in from the chambers' spreadsheets: reading .csv and .xlsx files as they
come, mapping their columns, validating every row, and importing all or nothing."""
