"""Named boundary dates for screening tests (written out here, not imported from the code under test)."""

import datetime as dt

D = dt.date

UNANIMITY_OFFENSES_FROM = D(2019, 1, 1)
RAMOS = D(2020, 4, 20)
EDWARDS = D(2021, 5, 17)
ACT_2021_104 = D(2021, 8, 1)
REDDICK = D(2022, 10, 21)
FIRST_CLAIM_WINDOW_END = D(2022, 12, 31)
ACT_2024_JURISDICTIONAL = D(2024, 8, 1)
ACT_2025_393 = D(2025, 8, 1)
DNA_BEFORE_2030 = D(2030, 8, 31)   # art. 926.1(A)(1): "prior to August 31, 2030"
DNA_BEFORE_2024 = D(2024, 8, 31)   # Acts 2019, No. 156

# The base case of factories.py
BASE_WRIT_DENIED = D(2016, 6, 3)          # state finality, art. 922(D)
BASE_FEDERAL_FINAL = D(2016, 9, 1)        # + 90 days for certiorari
BASE_FEDERAL_DEADLINE = D(2017, 9, 1)     # one year later
BASE_STATE_DEADLINE = D(2018, 6, 3)       # 930.8: two years from finality
BASE_DISCOVERED = D(2023, 11, 8)          # DNA exclusion found
BASE_DISCOVERY_DEADLINE = D(2025, 11, 8)  # 930.8(A)(1): two years from discovery
AS_OF = D(2024, 9, 16)                    # a day on which the base case is open for 926.2


def around(day: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """Day -1, day 0 and day +1."""
    return day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)
