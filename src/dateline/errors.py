"""One catalogue of typed errors. Every message names the record (or file) and the reason."""

from __future__ import annotations

from dataclasses import dataclass


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class ConfigError(DatelineError):
    pass


class InputError(DatelineError):
    """An input file or record that cannot be read at all."""


class StoreError(DatelineError):
    """A database that is missing, corrupt, locked, of a newer schema, or not writable."""


class QueryError(DatelineError):
    """A malformed filter or query argument."""


@dataclass
class Rejected:
    """A record that could not become an Article: where it was and why. Readers yield these, never raise."""

    location: str
    reason: str
    id: str | None = None

    def message(self) -> str:
        who = f"record {self.id!r} at {self.location}" if self.id else self.location
        return f"rejected {who}: {self.reason}"

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "location": self.location, "reason": self.reason}
