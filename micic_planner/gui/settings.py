"""What the program remembers between sessions (QSettings) and where it keeps its own files."""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def data_dir() -> Path:
    """The user's data folder for this program (demo post, error log), created on demand."""
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def language(default: str) -> str:
    value = settings().value("language", "")
    return value if value in ("es", "en") else default


def set_language(lang: str) -> None:
    settings().setValue("language", lang)


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if v]


def add_recent_file(path: str) -> None:
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    settings().setValue("recent_files", files[:MAX_RECENT])


def remove_recent_file(path: str) -> None:
    settings().setValue("recent_files", [f for f in recent_files() if f != path])
