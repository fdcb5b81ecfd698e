"""The return handover file: the payload as JSON inside an AES-256 zip, opened with a passphrase the offices agreed.

Nothing sensitive travels in clear: the JSON is written straight into the encrypted entry, never to disk.
"""

import json
import zipfile
from pathlib import Path

from micic_planner.core.atomic_output import AtomicOutput
from micic_planner.core.errors import HandoverError
from micic_planner.core.i18n import _

ENTRY = "handover.json"


def write_handover(payload: dict, path: str | Path, passphrase: str) -> Path:
    """Write `payload` to `path` (whole or not at all), encrypted with `passphrase`."""
    import pyzipper

    path = Path(path)
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with AtomicOutput(path) as output:
        with pyzipper.AESZipFile(output.path, "w", compression=pyzipper.ZIP_DEFLATED,
                                 encryption=pyzipper.WZ_AES) as zf:
            zf.setpassword(passphrase.encode("utf-8"))
            zf.setencryption(pyzipper.WZ_AES, nbits=256)
            zf.writestr(ENTRY, data)
        output.commit()
    return path


def read_handover(path: str | Path, passphrase: str) -> dict:
    """The payload of a handover file; HandoverError, saying what to do, for a wrong passphrase or another file."""
    import pyzipper

    path = Path(path)
    try:
        with pyzipper.AESZipFile(path) as zf:
            zf.setpassword(passphrase.encode("utf-8"))
            if ENTRY not in zf.namelist():
                raise HandoverError(_("This file is not a return handover."), where=str(path),
                                    hint=_("Choose the file the other office sent."))
            info = zf.getinfo(ENTRY)
            if not info.flag_bits & 0x1:
                raise HandoverError(_("This handover file is not encrypted, so it is not accepted."), where=str(path),
                                    hint=_("Ask the sending office to export it again with a passphrase."))
            data = zf.read(ENTRY)
    except RuntimeError:
        raise HandoverError(_("The passphrase does not open this handover file."), where=str(path),
                            hint=_("Use the passphrase agreed with the sending office.")) from None
    except (zipfile.BadZipFile, pyzipper.BadZipFile, OSError) as exc:
        raise HandoverError(_("This file cannot be read as a return handover: {reason}").format(reason=exc),
                            where=str(path), hint=_("Choose the file the other office sent.")) from None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeError, ValueError):
        raise HandoverError(_("The handover file is damaged."), where=str(path),
                            hint=_("Ask the sending office to export it again.")) from None
