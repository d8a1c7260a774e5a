"""What stops an import, said so a coordinator knows what to do."""


class ImportFileError(Exception):
    """The file cannot be read as a spreadsheet (not one, too big, damaged, hostile); the
    message names the file and what is wrong. Nothing was written to the database."""
