"""Opening an XML exchange file (CAP, PFIF) with a clear error for each way it can be wrong."""

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse

from micic_planner.core.errors import ImportFileError
from micic_planner.core.i18n import _
from micic_planner.core.limits import check_file_size


def read_root(path: str | Path, root_name: str, namespace_prefix: str, not_it: str, hint: str, max_bytes: int,
              older: dict[str, str] | None = None):
    """The root element and its "{namespace}" qualifier, if the file's root is `root_name` in that namespace.

    `not_it` and `hint` explain, in the user's language, what the file should have been; `older` says
    why a root in another, known namespace (an older version of the format) is not read. The file is
    parsed with defusedxml: entities (the "billion laughs") and external references are refused.
    """
    try:
        check_file_size(path, max_bytes)
        root = parse(path).getroot()
    except DefusedXmlException:
        raise ImportFileError(_("The XML file declares entities or a DTD, which exchange files never need."),
                              where=str(path), hint=_("Ask the sender for the file again.")) from None
    except OSError as exc:
        raise ImportFileError(_("The file cannot be read: {reason}").format(reason=exc.strerror or exc),
                              where=str(path), hint=_("Check the path and try again.")) from None
    except (ET.ParseError, ValueError, UnicodeError) as exc:
        raise ImportFileError(_("This is not a valid XML file: {reason}").format(reason=exc), where=str(path),
                              hint=_("Ask the sender for the file again.")) from None
    ns = root.tag[1:root.tag.index("}")] if root.tag.startswith("{") else ""
    if root.tag.rsplit("}", 1)[-1] != root_name or not ns.startswith(namespace_prefix):
        raise ImportFileError((older or {}).get(ns, not_it), where=str(path), hint=hint)
    return root, f"{{{ns}}}"
