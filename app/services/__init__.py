"""One function per user action. Widgets call these, never the ORM directly."""
