"""Where the program's bundled files live, from a checkout, an install or a PyInstaller folder."""

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds `resources/` and `plans/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def plans_path(*parts: str) -> Path:
    return app_root().joinpath("plans", *parts)
