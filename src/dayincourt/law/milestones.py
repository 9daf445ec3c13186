"""Dates on which the law changed (sources in ../shared/research/legal.md).

Every rule that depends on "the law in force on as_of" compares as_of with these.
"""

from __future__ import annotations

import datetime as dt

# Louisiana legislation
UNANIMITY_OFFENSES_FROM = dt.date(2019, 1, 1)   # La. Const. art. I, §17 (2018 amendment): offenses on or after
ACT_2021_104 = dt.date(2021, 8, 1)              # art. 926.2 enacted (SB 186)
FIRST_CLAIM_WINDOW_END = dt.date(2022, 12, 31)  # first 926.2 claim after a trial exempt from 930.4 / 930.8
ACT_2024_JURISDICTIONAL = dt.date(2024, 8, 1)   # 2024 2nd Ex. Sess., Act 10: 930.4 / 930.8 limits jurisdictional
ACT_2025_393 = dt.date(2025, 8, 1)              # HB 675: custody (926(F)), prior counsel, nonretroactive rules

# Court decisions
RAMOS = dt.date(2020, 4, 20)     # Ramos v. Louisiana, 140 S. Ct. 1390
EDWARDS = dt.date(2021, 5, 17)   # Edwards v. Vannoy, 141 S. Ct. 1547
REDDICK = dt.date(2022, 10, 21)  # State v. Reddick, 351 So. 3d 273 (La.)

RAMOS_AUTHORITY = ("Ramos v. Louisiana, 140 S. Ct. 1390 (2020); Edwards v. Vannoy, 141 S. Ct. 1547 (2021); "
                   "State v. Reddick, 351 So. 3d 273 (La. 2022)")
