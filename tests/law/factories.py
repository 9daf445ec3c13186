"""Case factories: a base Louisiana case and small edits of it, as plain dicts, parsed by the real model."""

from __future__ import annotations

import copy
from typing import Any, Callable

from dayincourt.casefile import Case, parse_case

Edit = Callable[[dict[str, Any]], None]


def base_case() -> dict[str, Any]:
    """Trial 2014 (jury 12-0), final 2016-06-03, imprisoned, DNA exclusion found 2023-11-08, untested kit."""
    return {
        "schema": "dayincourt.case/1",
        "id": "la-test-2013",
        "title": "State v. Test",
        "jurisdiction": "US-LA",
        "people": [{"id": "d", "name": "Dee Fendant", "roles": ["defendant"]},
                   {"id": "w", "name": "Wanda Witness", "roles": ["witness"]}],
        "charges": [{"id": "c1", "offense": "second-degree murder", "offense_date": "2013-05-04",
                     "felony": True, "convicted": True}],
        "proceedings": [
            {"id": "p1", "kind": "trial", "date": "2014-09-17", "outcome": "convicted",
             "verdict": {"outcome": "guilty", "form": "jury", "votes_guilty": 12, "votes_not_guilty": 0,
                         "unanimous": True}},
            {"id": "p2", "kind": "sentencing", "date": "2014-10-20", "sentence": {"kind": "life_without_parole"}},
            {"id": "p3", "kind": "direct_appeal", "filed": "2014-11-05", "decided": "2015-10-14",
             "court": "la-ctapp-5", "outcome": "affirmed"},
            {"id": "p4", "kind": "writ_application", "filed": "2015-11-12", "decided": "2016-06-03",
             "court": "la", "outcome": "denied"},
        ],
        "custody": {"status": "imprisoned", "since": "2013-05-10"},
        "testimony": [{"id": "t1", "witness": "w", "at_trial": True, "subject": "identification"}],
        "evidence": [
            {"id": "e1", "description": "DNA exclusion", "kind": "scientific", "favors": "defendant",
             "known_at_trial": False, "discovered": "2023-11-08", "discoverable_at_trial": False,
             "admissible": True, "cumulative": False, "biological": True, "tested": True},
            {"id": "e2", "description": "Untested rape kit", "kind": "physical", "favors": "unclear",
             "known_at_trial": True, "biological": True, "tested": False},
        ],
        "factors": [{"code": "ILD", "status": "alleged"}],
    }


def build(*edits: Edit) -> Case:
    data = base_case()
    for edit in edits:
        edit(data)
    return parse_case(copy.deepcopy(data), "test.yaml")


# -- edits -------------------------------------------------------------------------------------


def proceeding(pid: str, **fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        for p in d["proceedings"]:
            if p["id"] == pid:
                for k, v in fields.items():
                    if v is None:
                        p.pop(k, None)
                    else:
                        p[k] = v
                return
        raise KeyError(pid)
    return edit


def verdict(**fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        v = d["proceedings"][0]["verdict"]
        for k, val in fields.items():
            if val is None:
                v.pop(k, None)
            else:
                v[k] = val
    return edit


def add(kind: str, **fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        pid = f"x{len(d['proceedings'])}"
        d["proceedings"].append({"id": pid, "kind": kind, **fields})
    return edit


def drop(pid: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        d["proceedings"] = [p for p in d["proceedings"] if p["id"] != pid]
    return edit


def evidence(eid: str, **fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        for e in d["evidence"]:
            if e["id"] == eid:
                for k, v in fields.items():
                    if v is None:
                        e.pop(k, None)
                    else:
                        e[k] = v
                return
        raise KeyError(eid)
    return edit


def add_evidence(**fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        d["evidence"].append(fields)
    return edit


def no_evidence(d: dict[str, Any]) -> None:
    d.pop("evidence", None)


def only_evidence(*ids: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        d["evidence"] = [e for e in d["evidence"] if e["id"] in ids]
    return edit


def custody(status: str | None) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        if status is None:
            d.pop("custody", None)
        else:
            d["custody"] = {"status": status}
    return edit


def charge(**fields: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        for k, v in fields.items():
            if v is None:
                d["charges"][0].pop(k, None)
            else:
                d["charges"][0][k] = v
    return edit


def recanted(date: str = "2023-06-20", corroborated_by_e1: bool = False) -> Edit:
    """The trial witness recants; the only new evidence is her affidavit (e3)."""
    def edit(d: dict[str, Any]) -> None:
        d["testimony"][0]["recantation"] = {"date": date, "form": "affidavit"}
        d["evidence"] = [e for e in d["evidence"] if e["id"] != "e1"]
        d["evidence"].append({"id": "e3", "description": "Recantation affidavit", "kind": "testimonial",
                              "favors": "defendant", "known_at_trial": False, "discovered": date,
                              "discoverable_at_trial": False, "admissible": True, "cumulative": False})
        if corroborated_by_e1:
            d["evidence"].append({"id": "e4", "description": "Phone records", "kind": "documentary",
                                  "favors": "defendant", "known_at_trial": True, "corroborates": ["e3"]})
    return edit


def no_factors(d: dict[str, Any]) -> None:
    d.pop("factors", None)
