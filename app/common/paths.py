"""Where Ponte keeps its files: the user's data and config folders, or PONTE_HOME's."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Ponte"


@dataclass(frozen=True)
class Paths:
    """The folders of one Ponte installation (tests point them at a temp dir)."""

    data_dir: Path
    config_dir: Path
    documents_root: Path | None = None  # where printed documents go unless one chooses

    @property
    def documents_dir(self) -> Path:
        """The default folder for badges, agendas and sheets (Documents/Ponte)."""
        return self.documents_root or self.data_dir / "documents"

    @property
    def default_database(self) -> Path:
        return self.data_dir / "ponte.sqlite"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def written_folders_file(self) -> Path:
        """The register of the folders Ponte wrote personal data to (app.common.files)."""
        return self.data_dir / "written-folders.json"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def mail_settings_file(self) -> Path:
        """The SMTP server and account (never the password: that is in the keyring)."""
        return self.config_dir / "mail.json"

    @classmethod
    def for_user(cls) -> Paths:
        """The platform's per-user folders, or ``$PONTE_HOME/{data,config}`` when that is set."""
        home = os.environ.get("PONTE_HOME")
        if home:
            root = Path(home).expanduser()
            return cls(
                data_dir=root / "data",
                config_dir=root / "config",
                documents_root=root / "documents",
            )
        return cls(
            data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
            config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            documents_root=platformdirs.user_documents_path() / APP_NAME,
        )

    @classmethod
    def under(cls, root: Path) -> Paths:
        return cls(data_dir=root / "data", config_dir=root / "config")


def resources_dir() -> Path:
    """The ``resources`` folder, from a checkout, an installed wheel or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    import resources  # the package that carries fonts, icons, translations and demo data

    return Path(resources.__file__).resolve().parent
