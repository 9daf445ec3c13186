"""Partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

News stories and court records often give only a year or a month. A
:class:`PartialDate` keeps the precision the source gave and answers the two
questions screening needs: the earliest and the latest day it can stand for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

Precision = Literal["year", "month", "day"]

DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
_DATE_RE = re.compile(DATE_PATTERN)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        if self.day is not None:
            # Raises ValueError for 2023-02-30 and the like.
            dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]

    @classmethod
    def parse(cls, value: str | int | dt.date | PartialDate) -> PartialDate:
        """Read ``2009``, ``2009-08``, ``2009-08-14`` or a ``datetime.date``.

        Raises:
            ValueError: the text is not a valid partial ISO date.
        """
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:04d}"
        if not isinstance(value, str) or not _DATE_RE.match(value):
            raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in value.split("-")]
        try:
            return cls(*parts)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real calendar date ({exc})") from None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def exact(self) -> bool:
        return self.day is not None

    def earliest(self) -> dt.date:
        """The first day this date can stand for."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this date can stand for."""
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def sort_key(self) -> tuple[dt.date, int]:
        """Earliest day first; at the same earliest day, the vaguer date first."""
        rank = {"year": 0, "month": 1, "day": 2}[self.precision]
        return (self.earliest(), rank)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"

    # -- pydantic integration: validated from str/int/date, serialized as str --
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": DATE_PATTERN,
            "description": "ISO date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.",
        }

    @classmethod
    def _validate(cls, value: Any) -> PartialDate:
        return cls.parse(value)
