"""Domain errors: what went wrong, where, and what to do, in the user's language."""

from micic_planner.core.i18n import _


class MicicError(Exception):
    """Base of every error the program explains to its user instead of a traceback."""

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.user_message())

    def user_message(self) -> str:
        parts = [f"{self.where}: {self.message}" if self.where else self.message]
        if self.hint:
            parts.append(self.hint)
        return "\n".join(parts)


class ValidationError(MicicError):
    """A value a person typed or a file held is not acceptable."""

    def __init__(self, field: str, message: str, *, where: str | None = None, hint: str | None = None):
        self.field = field
        super().__init__(message, where=where, hint=hint)


class ValidationErrors(MicicError):
    """Several validation errors found at once (a form, a row)."""

    def __init__(self, errors: list[ValidationError], *, where: str | None = None):
        self.errors = errors
        super().__init__("; ".join(e.user_message() for e in errors), where=where)

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class TemplateError(MicicError):
    """A plan template file in `plans/` is malformed; names the file and line."""

    def __init__(self, path: str, line: int, message: str):
        self.path = path
        self.line = line
        super().__init__(message, where=_("{path}, line {line}").format(path=path, line=line),
                         hint=_("Correct that line in the file and try again."))


class StorageError(MicicError):
    """The post file cannot be opened, read or written."""


class NotFoundError(MicicError):
    """A record that was asked for does not exist (any more)."""


class WrongPassphraseError(StorageError):
    """The passphrase does not open this post file."""


class DamagedFileError(StorageError):
    """The post file is not a database, or is damaged."""


class NotAPostError(StorageError):
    """The file is a database of another program, or not a post at all; it is never changed."""


class ReadOnlyError(StorageError):
    """The post file, its folder or its disk may be read but not written."""


class DiskFullError(StorageError):
    """The disk holding the post, a backup or an output file has no room left."""


class PostBusyError(StorageError):
    """Another program or window holds the post file, so this change must wait."""


class PermissionDeniedError(MicicError):
    """The signed-in user's role may not do this."""


class ImportFileError(MicicError):
    """A file to import is unreadable or malformed."""


class FileLimitError(ImportFileError, ValidationError):
    """A file to read holds more (size, rows, nesting) or a larger value than a reader accepts (core/limits.py)."""


class CrisisError(MicicError):
    """A crisis operation breaks a rule: a second open crisis, seats exceeded, an unknown national."""


class Cancelled(MicicError):
    """The person stopped a long job (printing, importing) before it finished; nothing was written."""


class ImportRejectedError(ImportFileError):
    """Rows of an import file have errors, so nothing was imported; `report` lists them."""

    def __init__(self, message: str, report, *, where: str | None = None, hint: str | None = None):
        self.report = report
        super().__init__(message, where=where, hint=hint)


class LoginFailedError(PermissionDeniedError):
    """The user name or password given at sign-in is wrong, or the account is closed."""


# -- messages and hotline (issue 17) ---------------------------------------------------------------
class MessagingError(MicicError):
    """A message, a batch, a reply or the SMS engine cannot do what was asked."""


class EngineError(MessagingError):
    """The SMS engine (the modem, the phone on USB, Gammu) refused or failed."""


# -- return and reintegration (issue 16) --
class HandoverError(MicicError):
    """A return handover file cannot be written or read: wrong passphrase, another kind of file, no consent."""


# -- sync between posts and headquarters (issue 18) --
class SyncError(MicicError):
    """A change bundle cannot be read or applied: not ours, not signed by a registered site, or not allowed."""


# -- the crisis cell (issue 19) --
class CellError(MicicError):
    """The crisis cell cannot do what was asked: a wrong join code, an unknown certificate, a host gone."""
