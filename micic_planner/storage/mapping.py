"""Converting between core dataclasses and rows of the post file."""

import dataclasses
import enum
import json
import types
import typing
from datetime import UTC, date, datetime
from functools import cache


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


@cache
def _field_types(cls) -> dict[str, type]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _base(tp):
    """The non-None type in `X | None`; any other type (such as `list[str]`) as it is."""
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return tp
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return args[0] if args else tp


def to_column(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_row(obj, *, with_id: bool = False) -> dict:
    row = {f.name: to_column(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if not with_id or row.get("id") is None:
        row.pop("id", None)
    return row


def from_column(tp, value):
    if value is None:
        return None
    tp = _base(tp)
    origin = typing.get_origin(tp)
    if origin is list:
        return json.loads(value) if isinstance(value, str) else value
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return tp(value)
        if tp is bool:
            return bool(value)
        if tp is date:
            return date.fromisoformat(value)
    return value


def from_row(cls, row: dict):
    types = _field_types(cls)
    return cls(**{name: from_column(tp, row[name]) for name, tp in types.items() if name in row})
