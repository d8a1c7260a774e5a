"""The B2B scheduler: a pure problem in, a schedule out (no UI, no database)."""
