"""The National Registry of Exonerations as reference data: import, base rates, similar cases.

Data: the NRE's detailed CSV export and its public spreadsheet (cite "National Registry of
Exonerations"; names are public there but treated as sensitive here: only ``similar`` shows them).
"""

from .chart import draw_stats_chart
from .errors import RegistryError, RegistryFormatError
from .importer import ImportSummary, Progress, RowWarning, import_registry
from .records import BadRow, Exoneration, detect_format, public_key, read_export
from .similar import (
    WEIGHTS,
    CaseFeatures,
    SharedFeature,
    Similar,
    case_features,
    similar_exonerations,
    worst_crime_category,
)
from .stats import CITATION, Share, Stats, StatsFilter, Summary, registry_stats

__all__ = [
    "CITATION", "WEIGHTS", "BadRow", "CaseFeatures", "Exoneration", "ImportSummary", "Progress",
    "RegistryError", "RegistryFormatError", "RowWarning", "Share", "SharedFeature", "Similar",
    "Stats", "StatsFilter", "Summary", "case_features", "detect_format", "draw_stats_chart",
    "import_registry", "public_key", "read_export", "registry_stats", "similar_exonerations",
    "worst_crime_category",
]
