"""Named errors of the registry package."""

from __future__ import annotations


class RegistryError(Exception):
    """Base of the registry's errors."""


class RegistryFormatError(RegistryError):
    """A file that is not a National Registry of Exonerations export this package reads."""


