"""The format of a file the CLI writes: the one its name's extension says, unless `--format` says; never both apart."""

from pathlib import Path

from micic_planner.core.errors import ValidationError
from micic_planner.core.i18n import _


def format_for(path: str, given: str | None, extensions: dict[str, tuple[str, ...]]) -> str:
    """`given` if the name agrees with it (or has an extension no format claims), else the one the name says."""
    suffix = Path(path).suffix.lower()
    named = [fmt for fmt, endings in extensions.items() if suffix in endings]
    if given:
        if named and given not in named:
            raise ValidationError("format", _("The file name ends in {suffix}, but the format asked for is {format}; "
                                              "nothing was written.").format(suffix=suffix, format=given),
                                  where=str(path), hint=_("End the name in {ending}, or leave out --format.").format(
                                      ending=extensions[given][0]))
        return given
    if len(named) == 1:
        return named[0]
    if named:  # an ending two formats share (.csv for csv and hxl)
        hint = _("Say which with --format: {formats}.").format(formats=", ".join(named))
    else:
        endings = sorted({e for ends in extensions.values() for e in ends})
        hint = _("End the name in {endings}, or give --format.").format(endings=", ".join(endings))
    raise ValidationError("format", _("The format cannot be told from the file name; nothing was written."),
                          where=str(path), hint=hint)
