"""Proceedings and outcomes: the court's own decision and the earlier steps the document reports
(arrest, indictment, motion for new trial, direct appeal, writs, certiorari, state post-conviction,
federal habeas, factual-innocence claims, DNA-testing applications, exoneration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._text import surname
from ._words import to_int
from .citations import normalize_court
from .context import Context
from .verdicts import retried_before


@dataclass(frozen=True)
class ProceedingFact:
    kind: str
    outcome: str | None
    start: int
    end: int
    confidence: float = 0.6
    claims: tuple[str, ...] = ()
    hearing_held: bool | None = None
    method: str = "proceedings"
    court: str | None = None


_OUTCOME_WORDS = [
    ("other", re.compile(r"\baffirmed\s+in\s+part|\b(?:reversed|vacated)\s+in\s+part|\bin\s+part\s+and\s+(?:reversed|vacated|remanded)|"
                         # one count kept, another undone: "Judgment on Count I affirmed, judgment on Count II reversed."
                         r"\bcounts?\s+[IVX\d]+\b[^.]{0,40}?\baffirmed\b[^.]{0,80}?\bcounts?\s+[IVX\d]+\b[^.]{0,40}?\b(?:reversed|vacated)\b|"
                         r"\bcounts?\s+[IVX\d]+\b[^.]{0,40}?\b(?:reversed|vacated)\b[^.]{0,80}?\bcounts?\s+[IVX\d]+\b[^.]{0,40}?\baffirmed\b|"
                         # the conviction kept, the sentence undone: "Affirmed and remanded for resentencing", "Remanded for
                         # elimination of the fine; in all other respects affirmed", "conviction affirmed, sentence vacated"
                         r"\baffirmed\s+and\s+remanded\s+for\s+(?:re-?sentencing|a\s+new\s+sentencing|a\s+new\s+sentence)\b|"
                         r"\b(?:reversed|vacated|remanded)\b[^.]{1,120}?;\s+in\s+all\s+other\s+respects,?\s+(?:\w+\s+){0,3}affirmed\b|"
                         r"\bconvictions?\s+(?:is\s+|are\s+)?affirmed\b[^.]{0,80}?\bsentences?\s+(?:is\s+|are\s+)?(?:vacated|reversed)\b|"
                         r"\bsentences?\s+(?:is\s+|are\s+)?(?:vacated|reversed)\b[^.]{0,80}?\bconvictions?\s+(?:is\s+|are\s+)?affirmed\b",
                         re.IGNORECASE)),
    ("reversed", re.compile(r"\brevers(?:e|ed|es|ing)\b", re.IGNORECASE)),
    # (Florida's supreme court "quashes the decision" of the district court of appeal)
    ("vacated", re.compile(r"\bvacat(?:e|ed|es|ing)\b|\bset\s+aside\b|\bquash(?:ed|es)?\b", re.IGNORECASE)),
    ("affirmed", re.compile(r"\baffirm(?:ed|s|ing)?\b", re.IGNORECASE)),
    ("remanded", re.compile(r"\bremand(?:ed|s)?\b", re.IGNORECASE)),
    ("dismissed", re.compile(r"\bdismiss(?:ed|es|al)?\b", re.IGNORECASE)),
    ("denied", re.compile(r"\b(?:denied|deny|denies|denial|overruled|refused|rejected)\b", re.IGNORECASE)),
    ("granted", re.compile(r"\b(?:granted|grant|grants|granting|awarded)\b", re.IGNORECASE)),
]
_FINAL_LINE_RE = re.compile(
    # Wisconsin closes with "By the Court.—Judgment reversed."
    # (paragraph numbers: "{¶ 30}", "[¶ 30]", Illinois's and Arizona's "¶ 31 Affirmed.")
    r"(?m)^[ \t]*(?P<lead>\{¶\s*\d+\}\s*|\[¶\s*\d+\.?\]\s*|¶\s*\d+\.?[ \t]+|By\s+the\s+Court\.\s*[\u2014\u2013\u0097-]*\s*)?(?:(?:[A-Z][A-Z ,;'&]*\s)?(?:AFFIRMED|REVERSED|VACATED|REMANDED|DENIED|DISMISSED|GRANTED|"
    r"Affirmed|Reversed|Vacated|Remanded|Denied|Dismissed|Granted)|"
    # a court of review's one-line order: "Certiorari denied.", "Review denied.", "Leave to appeal granted."
    r"(?:Certiorari|Review|Leave\s+to\s+appeal|Transfer)\s+(?:denied|granted|refused)(?=\.?[ \t]*$)|"
    # "Appeal dismissed.", "The petition is denied." as a line of its own
    # ("Petition for review DENIED.", "Application for leave to appeal denied.", not a petition for rehearing)
    # (New York's "Motion for leave to appeal denied."; "Petition for writ of habeas corpus denied.")
    r"(?i:(?:the\s+)?(?:appeals?|petitions?|writs?|applications?|motions?(?=\s+for\s+leave))(?:\s+for\s+(?!rehearing)(?:[\w-]+\s+){0,3}?"
    r"(?:review|certiorari|certification|transfer|appeal|habeas\s+corpus|mandamus|prohibition))?\s+(?:is\s+|are\s+)?(?:hereby\s+)?"
    r"(?:affirmed|dismissed|denied|granted|refused)"
    # (with its ground: "Appeal dismissed as moot.", "Petition denied without prejudice."; with a reference: "Petition for
    # certification denied. (See 181 N.J. Super. 2)")
    r"(?:\s+(?:as|for|without|with|because|upon|on)\s[^\n.]{0,90})?(?=\.?(?:\s*\([^()\n]{0,80}\))?[ \t]*$))|"
    # "Judgment reversed.", "Judgments of sentence affirmed."
    r"(?i:(?:the\s+)?(?:judgments?|orders?|convictions?|sentences?|decree|decision)"
    r"(?:\s+(?:of|and)\s+(?:the\s+)?(?:sentence|conviction|trial\s+court|district\s+court|court\s+below)s?)*\s+(?:is\s+|are\s+)?"
    r"(?:affirmed|reversed|vacated|remanded|denied|dismissed|granted)))\b[^\n]{0,120}$"
)
# a disposition printed in capitals over one long line (Maryland, Mississippi): "JUDGMENT OF THE COURT OF SPECIAL APPEALS
# REVERSED. CASE REMANDED TO THAT COURT WITH INSTRUCTIONS TO ...", too long for a final line of prose
_CAPS_DISPOSITION_RE = re.compile(
    r"(?m)^[ \t]*(?:JUDGMENTS?|ORDERS?|DECISIONS?|CONVICTIONS?|SENTENCES?|DECREE)\b[^\na-z]{0,200}?\b(?:AFFIRMED|REVERSED|VACATED|DISMISSED)\b[^\na-z]{0,700}$")
# a reporter's table of decisions without opinion: "Decision without published opinion. Affirmed.", "Case Reported Without
# Published Opinion Affirmed.", "Decision without published opinion. Rev'd & rem. with directions.", "Disposition of
# Petition for Allowance of Appeal Denied.", "Petition for certification. Denied.", the Supreme Court's "C. A. 5th Cir.
# Certiorari denied. Reported below: 281 F.3d 1278."
_TABLE_DISPOSITION_RE = re.compile(
    r"(?im)^[ \t]*(?:(?:case\s+reported\s+|decision\s+(?:of\s+the\s+[\w ]{3,60}?\s+)?)without\s+(?:published\s+)?opinion\.?[ \t]+"
    r"(?P<v>(?:affirm|aff['\u2019]d|revers|rev['\u2019]d|vacat|dismiss|app\.\s*dismiss|quash)[^\n]{0,80}?)|"
    r"disposition\s+of\s+(?P<p>[\w ]{3,60}?)[ \t]+(?P<pv>denied|granted|dismissed|affirmed|reversed|quashed)|"
    r"(?P<q>petition\s+for\s+[\w ]{3,40}?)\.[ \t]+(?P<qv>denied|granted|dismissed)|"
    r"(?:[^\n]{0,40}?\.[ \t]+)?(?P<c>certiorari[ \t]+(?:denied|granted|dismissed))(?:\.[ \t]+reported\s+below:[^\n]{0,120})?)\.?[ \t]*$")
# a one-word ruling opening the paragraph of reasons (Louisiana's writ dispositions): "Denied. Relator fails to show ...",
# "Writ denied. The application is repetitive.", "Granted. The ruling of the district court is reversed."
_LEAD_RULING_RE = re.compile(r"(?m)^[ \t]*(?:(?:Writs?|Applications?|WRITS?|APPLICATIONS?)\s+)?(?P<v>Denied|Granted|DENIED|GRANTED)\.(?=[ \t]+[A-Z])")
# the capitals closing the last paragraph instead of a line of their own: "... he is ineligible. AFFIRMED."
_INLINE_CAPS_RE = re.compile(r"(?m)(?<=[.!?\]\)][ \t])[ \t]*(?:(?:AFFIRMED|REVERSED|VACATED|DISMISSED)(?:[,;]?\s+(?:AND\s+)?(?:IN\s+PART|REMANDED|"
                             r"VACATED|REVERSED|AFFIRMED|DISMISSED))*\.?|"
                             # Georgia's "... The evidence was sufficient. Judgment affirmed."
                             r"(?:Judgments?|Orders?|Decree)\s+(?:is\s+|are\s+)?(?:affirmed|reversed|vacated)(?:\s+and\s+(?:the\s+)?(?:case|cause)\s+remanded)?\.)"
                             r"[ \t]*$")
# Texas prints the disposition above the caption: "Affirmed and Memorandum Opinion filed May 1, 2019.", "REVERSE and
# REMAND; and Opinion Filed June 3, 2019", "AFFIRMED as MODIFIED; Opinion Filed ..."
_HEADER_DISPOSITION_RE = re.compile(
    r"(?im)^[ \t]*(?P<d>(?:affirm|revers|vacat|dismiss|modif|reform)\w*(?:[ \t]*[,;]?[ \t]+(?:and[ \t]+)?(?:in[ \t]+part|as[ \t]+(?:modified|reformed)|"
    r"(?:affirm|revers|vacat|dismiss|remand|render|modif|reform)\w*))*)[ \t]*[,;]?[ \t]+(?:and[ \t]+)?(?:memorandum[ \t]+|per[ \t]+curiam[ \t]+)?"
    r"opinions?[ \t]+(?:filed|delivered|issued)\b|"
    # the Fourth Circuit: "Affirmed by unpublished per curiam opinion.", "Affirmed in part, vacated in part, and remanded by
    # published opinion."
    r"^[ \t]*(?P<f>(?:affirm|revers|vacat|dismiss)\w*(?:[ \t]*,?[ \t]+(?:and[ \t]+)?(?:in[ \t]+part|(?:affirm|revers|vacat|dismiss|remand)\w*))*)"
    r"[ \t]+by[ \t]+(?:un)?published[ \t]+(?:per[ \t]+curiam[ \t]+)?opinion\b|"
    # Kentucky: "OPINION\nAFFIRMING", "OPINION REVERSING AND REMANDING", "OPINION AFFIRMING IN PART, REVERSING IN PART"
    r"^[ \t]*OPINION[ \t]*\n?[ \t]*(?P<k>(?:AFFIRMING|REVERSING|VACATING|DISMISSING)(?:[ \t]*,?[ \t]+(?:AND[ \t]+)?(?:IN[ \t]+PART|"
    r"AFFIRMING|REVERSING|VACATING|DISMISSING|REMANDING))*)[ \t]*$")
# North Carolina closes an appeal it rejects with "No error." / "NO ERROR." (the judgment stands)
# (its unpublished table: "Case Reported Without Published Opinion. No Error.")
_NO_ERROR_RE = re.compile(r"(?m)^[ \t]*(?:Case\s+Reported\s+Without\s+Published\s+Opinion\.\s*)?"
                          r"(?:NO\s+(?:PREJUDICIAL\s+)?ERROR|No\s+(?:[Pp]rejudicial\s+)?[Ee]rror)\.?[ \t]*$")
# ... and one it grants with "New trial." (the judgment is set aside for a new trial)
_NEW_TRIAL_LINE_RE = re.compile(r"(?m)^[ \t]*(?:NEW\s+TRIAL|New\s+trial)(?:\s+(?:granted|ordered|awarded))?\.?[ \t]*$")
_OWN_DECISION_RE = re.compile(
    # (present tense only: "We affirmed his conviction on direct appeal" is history, "We granted certification" is review)
    # (the Third Circuit's "we will affirm", "we shall reverse"; not "we would reverse")
    r"\b(?:we\s+(?:therefore\s+|accordingly\s+|hereby\s+|now\s+|thus\s+)?(?:summarily\s+)?(?:(?:will|shall|must)\s+(?![^.;]{0,90}\b(?:only|unless|if|when|where|absent)\b))?(?:affirm|reverse|vacate|remand|dismiss|deny|grant)(?![a-z])|"
    # an order in the third person: "The Court hereby grants the petition for review and quashes the decision"
    # (the verb decides, and a motion as its object makes it a side ruling: "The Court GRANTS the Appellant's Motion to Vacate
    # the submission setting")
    r"\bthe\s+Court\s+(?:hereby\s+|therefore\s+|accordingly\s+)?(?P<tc>affirms|reverses|vacates|remands|dismisses|denies|grants|quashes)\b"
    r"(?:\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:motions?|requests?)\b)?|"
    # the finding and the decision in one breath: "We find no reversible error and affirm.", "We disagree and reverse."
    # ("We granted review and now affirm.")
    r"\bwe\s+(?:find|see|discern|perceive|disagree|agree|conclude|granted|allowed)\b[^.;]{0,80}?\sand\s+(?:therefore\s+|accordingly\s+|thus\s+|now\s+)?"
    r"(?:affirm|reverse|vacate|dismiss)(?![a-z])|"
    # Nevada's orders: "Accordingly, we ORDER the judgment of conviction AFFIRMED.", "ORDER this appeal DISMISSED."
    r"(?-i:\bORDER)\s+(?:the|this)\s+(?:judgments?|orders?|appeal|petition|decision)\b[^.\n]{0,120}?(?-i:\b(?:AFFIRMED|REVERSED|VACATED|DISMISSED|"
    r"DENIED|GRANTED|REMANDED))\b|"
    r"\b(?:judgment|conviction|convictions|sentence|sentences|order|decision|petition|motion|application|writ|case|appeal|cause|matter|record|relief|"
    r"(?:trial|district|lower)\s+court)s?"
    r"(?:\s+[^.;]{0,80}?)?\s+(?:is|are|be|must\s+be|should\s+be|will\s+be)(?:\s*,\s*(?:therefore|accordingly|thus)\s*,)?\s+(?:hereby\s+|therefore\s+|accordingly\s+|unanimously\s+)?"
    # Texas: "The judgment of the trial court is in all things affirmed."
    r"(?:in\s+all\s+(?:things|respects)\s+)?"
    # (Texas and Virginia refuse a petition for review: "Appellant's petition for discretionary review is refused")
    r"(?:affirmed|reversed|vacated|remanded|dismissed|denied|granted|refused|AFFIRMED|REVERSED|VACATED|DENIED|DISMISSED|GRANTED|REFUSED)|"
    r"(?:is|are)\s+(?:hereby\s+)?ORDERED\s+that\s+[^.]{0,120}?(?:affirmed|reversed|vacated|denied|dismissed|granted)|"
    # New York: "Judgment, Supreme Court, New York County (Jane Roe, J.), rendered ..., convicting ..., unanimously affirmed."
    r"(?<![^\n])[ \t]*(?:Judgment|Order)s?,\s+(?:[^.]|\.(?=[)\],]))(?:[^.]|\.(?=[)\],])|\.\d){0,700}?,\s+(?:unanimously\s+)?(?:affirmed|reversed))",
    re.IGNORECASE,
)
_PCR_RE = re.compile(
    r"\bpost-?\s?conviction\s+(?:relief|motion|petition|application|proceeding|review|claim|filing)s?|\bpostconviction\b|"
    r"\bRule\s+(?:24\.035|29\.15|32(?:\.1)?|3\.850|3\.800(?:\(a\))?|61|37)\b|\bmotion\s+to\s+correct\s+(?:an\s+)?illegal\s+sentence|\bstate\s+habeas\b|\bmotion\s+court\b|\bPCR\b|"
    r"\bapplication\s+for\s+post-?conviction|\bpersonal\s+restraint\s+petition|\bmotion\s+for\s+appropriate\s+relief\b|"
    r"\bon\s+collateral\s+review\b|\bcoram\s+nobis\b|\bCPL\s+(?:§\s*)?440\b|"
    r"\b(?:article|art\.)\s+11\.07\b|"
    # the states' post-conviction statutes and rules by number: Kansas "K.S.A. 60-1507 motion", Kentucky "RCr 11.42",
    # Wisconsin "§ 974.06 motion", Ohio "R.C. 2953.21", Colorado "Crim. P. 35(c)", Pennsylvania "PCRA"
    r"\b60-1507\b|\bRCr\s+11\.42\b|\b974\.06\b|\b2953\.21\b|\bCrim\.\s*P\.\s*35\(c\)|\bPCRA\b|"
    # a state-court habeas petition seen from a federal court: "a petition for a writ of habeas corpus in state court"
    r"\bhabeas\s+(?:corpus\s+)?(?:petitions?|applications?|relief)?\s*in\s+(?:the\s+)?state\s+courts?\b|"
    r"\bstate\s+(?:court\s+)?(?:petitions?|applications?)\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?habeas\b",
    re.IGNORECASE,
)
_FED_HABEAS_RE = re.compile(
    r"(?:§+|Sec(?:tion|s?\.)?)\s*22(?:54|55|41)\b|\b28\s+U\.\s?S\.\s?C\.\s*(?:§+|Sec\.)\s*22(?:54|55|41)|\bhabeas\s+corpus\b|"
    r"\bhabeas\s+petition|\bmotions?\s+to\s+vacate\b|\bpetition\s+for\s+(?:a\s+)?writ\s+of\s+habeas",
    re.IGNORECASE,
)
_CHAIN_APPEAL_RE = re.compile(
    r"\b(?:[Tt]his\s+[Cc]ourt|[Tt]he\s+(?:Superior|Supreme|Appellate)\s+Court|[Tt]he\s+Court\s+of\s+(?:Criminal\s+|Special\s+)?Appeals?|"
    r"[Tt]he\s+Appellate\s+Division|[Oo]n\s+appeal,\s+(?:this|the)\s+[\w ]{0,30}?[Cc]ourt)\s+(?:\w+\s+)?(?:affirmed|reversed|vacated)\b"
)
_COUNTED_ROUNDS_RE = re.compile(
    r"\bfiled\s+(?P<n>two|three|four|five|six)\s+(?:separate\s+|successive\s+|pro\s+se\s+)?(?:state\s+(?:court\s+)?)?"
    r"(?:(?:habeas(?:\s+corpus)?|post-?conviction|PCRA?|collateral)\s+(?:applications|petitions|motions)\b|"
    r"(?:applications|petitions|motions)\s+for\s+(?:post-?conviction\s+relief|(?:a\s+)?writs?\s+of\s+habeas\s+corpus)\b)",
    re.IGNORECASE,
)
_ALL_FAILED_RE = re.compile(r"\b(?:all|each)\s+(?:of\s+(?:which|them|these)\s+)?(?:failed|(?:was|were)\s+(?:denied|dismissed|rejected|unsuccessful))",
                            re.IGNORECASE)
_PCR_COURT_RULING_RE = re.compile(r"\b(?:post-?\s?conviction|PCRA?|habeas)\s+(?:court|judge)\b", re.IGNORECASE)
# in a state court, a motion attacking the judgment after it became final is post-conviction review ("motion for
# modification or vacation of sentence", "motion to vacate his conviction"); in a federal court it is a 2255 motion
_STATE_PCR_MOTION_RE = re.compile(
    r"\bmotion\s+(?:for\s+(?:modification|vacation)(?:\s+or\s+(?:modification|vacation))?\s+of|to\s+(?:vacate|set\s+aside)"
    r"(?:\s+(?:and|or)\s+(?:correct|modify|set\s+aside|vacate))?)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:illegal\s+)?"
    r"(?:sentences?|convictions?|judgments?(?:\s+of\s+conviction)?|guilty\s+pleas?|pleas?)\b",
    re.IGNORECASE,
)
# in a state court, a habeas corpus application is state post-conviction review
_STATE_HABEAS_RE = re.compile(r"\b(?:application|petition)\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?habeas\s+corpus\b|\bhabeas\s+(?:corpus\s+)?(?:relief|application|petition)\b",
                              re.IGNORECASE)
# relief the accused won: "Salazar obtained a writ of habeas corpus and was discharged from the center"
_FEDERAL_FORUM_RE = re.compile(r"\bfederal\s+(?:district\s+)?(?:court|habeas)|\bUnited\s+States\s+District\s+Court\b|\b(?:28\s+U\.\s?S\.\s?C\.\s*)?\u00a7+\s*2254\b",
                               re.IGNORECASE)
# the petition a court of discretionary review decides: "The petition for writ of certiorari is denied", "leave to appeal is
# DENIED", "The application for further review is granted"
_REVIEW_PETITION_RE = re.compile(
    r"\b(?:petition|application|motion)\s+for\s+(?:(?:a|the)\s+)?(?:writ\s+of\s+certiorari|certiorari|leave\s+to\s+appeal|"
    r"(?:discretionary\s+|further\s+(?:appellate\s+)?)?review|transfer|supervisory\s+writ|allowance\s+of\s+appeal|certification)|"
    r"\bleave\s+to\s+appeal\b|\bcertiorari\b",
    re.IGNORECASE,
)
_BELATED_APPEAL_RE = re.compile(r"\bpetition\s+(?:seeking\s+|for\s+)(?:a\s+)?belated\s+appeal\b", re.IGNORECASE)
_SENTENCE_MOTION_RE = re.compile(
    r"\b(?:orders?|ruling|judgment)\s+(?P<v>denying|granting|dismissing)\s+(?:relief\s+on\s+)?(?:his|her|the|a|[A-Z][a-z]+['\u2019]s)\s+"
    r"(?:pro\s+se\s+)?(?:(?:18\s+U\.\s?S\.\s?C\.\s*)?\u00a7\s*3582\(c\)\(2\)(?:\s+\(\d{4}\))?\s+motion|"
    r"motion\s+(?:for\s+(?:a\s+)?(?:sentence\s+)?reduction|to\s+reduce\s+(?:his|her|the)\s+sentence)|"
    r"(?:Fed\.\s+R\.\s+Crim\.\s+P\.\s+)?Rule\s+35(?:\(b\))?\s+motion)")
_LEAVE_FROM_JUDGMENT_RE = re.compile(
    r"\bleave\s+to\s+appeal\s+(?:from\s+)?the\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s+)(?:judgment|opinion|decision)\s+of\s+the\s+"
    r"Court\s+of\s+(?:Criminal\s+)?Appeals\b")
_ABEYANCE_RE = re.compile(
    r"\b(?:(?P<app>application|applications|petition)|case|appeal|matter)\s+(?:be|is|shall\s+be|will\s+be)\s+held\s+in\s+(?i:abeyance)\b")
_HABEAS_WON_RE = re.compile(r"\b(?:obtained|secured|won)\s+(?:a\s+)?writ\s+of\s+habeas\s+corpus\b", re.IGNORECASE)
_FI_RE = re.compile(r"\bfactual[- ]innocence\b|\bArticle\s+926\.2|\bart\.\s*926\.2|\bSection\s+926\.2", re.IGNORECASE)
_DNA_APP_RE = re.compile(r"\b(?:application|motion|petition|request)\s+for\s+(?:post-?conviction\s+)?DNA\s+testing|"
                         r"\b(?:moved|applied|petitioned)\s+(?:the\s+[\w ]{0,30}?court\s+)?for\s+(?:post-?conviction\s+)?DNA\s+testing|"
                         r"\bDNA\s+testing\s+(?:application|motion|petition)|\bArticle\s+926\.1|\bart\.\s*926\.1", re.IGNORECASE)
_EXONERATED_RE = re.compile(r"\b(?:was|been|were)\s+exonerated\b|\bexoneration\s+of\b", re.IGNORECASE)
_MNT_RE = re.compile(
    r"\bmotions?\s+(?:\w+\s+){0,3}for\s+(?:a\s+)?new\s+trial|\bnew[- ]trial\s+motion|\bmoved\s+for\s+(?:a\s+)?new\s+trial|"
    r"\bRule\s+33\s+motion|\brequested\s+a\s+new\s+trial|\brequests?\s+for\s+(?:a\s+)?new\s+trial",
    re.IGNORECASE,
)
# the accused's motion to take back a guilty plea, and its ruling in the same sentence: "an order denying his motion to
# withdraw his plea of guilty", "the court denied appellant's petition to withdraw his guilty plea", "The trial court
# overruled the motion to withdraw the plea"
_WITHDRAW_PLEA_RE = re.compile(
    r"\b(?:motion|petition|request|application)s?\s+(?:for\s+(?:leave|permission)\s+)?to\s+withdraw\s+(?:(?:his|her|the|a|their|[\w-]+['\u2019]s)\s+)?"
    r"(?:(?:guilty|nolo|no[- ]contest|Alford|negotiated)\s+)?(?:pleas?|admission)\b",
    re.IGNORECASE,
)
_WITHDRAW_RULING_RE = re.compile(r"\b(?P<d>denied|deny|denying|denial|overrul\w+|refus\w+|rejected|rejection)\b|\b(?P<g>granted|granting)\b",
                                 re.IGNORECASE)
_REMAND_NEW_TRIAL_RE = re.compile(r"\b(?:remand\w*|entitled\s+to|requir\w+|warrant\w*|order\w*)\s+(?:\w+\s+){0,8}(?:for\s+)?a\s+new\s+trial", re.IGNORECASE)
_WRIT_LINE_RE = re.compile(r"(?im)^[ \t]*(?:Writs?|Rehearing|(?:(?:Petition\s+for\s+)?Discretionary\s+)?Review|Certiorari|Cert\.|Leave\s+to\s+appeal|Transfer)\s+"
                           r"(?:Denied|Granted|Refused)\b[^\n]*$")
_WRIT_RE = re.compile(
    r"\b(?:denied\s+transfer|transfer\s+(?:was\s+)?denied|(?:denied|refused)\s+(?:his\s+|her\s+|the\s+|[A-Z][\w-]+['\u2019]s\s+)?(?:petition\s+for\s+|application\s+for\s+)?"
    r"(?:leave\s+to\s+appeal|discretionary\s+review|further\s+review|review|supervisory\s+writs?|writs?|allowance\s+of\s+appeal)|"
    # Virginia's review by petition: "refused his petition for appeal", "refused to issue a writ of error"
    r"(?:denied|refused)\s+(?:to\s+(?:issue|grant)\s+)?(?:his\s+|her\s+|the\s+|an?\s+|[A-Z][\w-]+['\u2019]s\s+)?"
    r"(?:petition\s+for\s+(?:an?\s+)?(?:appeal|writ\s+of\s+error)|writ\s+of\s+error)|"
    r"writs?\s+(?:of\s+review\s+|application\s+)?(?:was\s+|were\s+)?(?:denied|granted|refused)|"
    # ("leave to appeal to the Court of Appeals was denied")
    r"(?:leave\s+to\s+appeal|discretionary\s+review)(?:\s+to\s+the(?:\s+[\w-]+){1,5}?)?\s+(?:was\s+)?(?:denied|granted)|"
    # the history in the passive: "Respondent's petition for review by the Supreme Court was denied February 26, 1987"
    r"(?:petition|application)\s+for\s+(?:leave\s+to\s+appeal|(?:discretionary\s+|further\s+)?review|transfer|allowance\s+of\s+appeal|"
    r"(?:an?\s+)?appeal|(?:a\s+)?writ\s+of\s+error)"
    r"(?:\s+(?:by|to|in)\s+the\s+[\w ]{0,40}?)?\s+(?:was|were)\s+(?:denied|granted|refused|allowed)|"
    r"(?:allowed|granted|grants)\s+(?:(?:the\s+)?\w+['\u2019]s\s+|the\s+|a\s+)?(?:petition|application|motion)\s+for\s+(?:leave\s+to\s+appeal|"
    r"discretionary\s+review|further\s+review|review)|"
    r"[Ww]e\s+granted\s+(?:(?:discretionary|further|the\s+State['\u2019]s|\w+['\u2019]s)\s+)?(?:review|leave\s+to\s+appeal|petition\s+for\s+(?:review|certification)|"
    # New Jersey and Indiana: "We granted certification", "We granted transfer"
    r"(?:(?:the\s+)?petition\s+for\s+)?(?:certification|transfer))|"
    # New Jersey certifies on its own motion: "We certified before the matter was argued there" (not certified questions)
    r"\b[Ww]e\s+(?:directly\s+)?certified(?!\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:following\s+)?(?:questions?|issues?|class))|"
    # Louisiana: "We granted the defendant's writ application", "granted the State's application for supervisory writs",
    # "We granted writs to consider ..." (not a writ of habeas corpus, certiorari, error or mandamus)
    r"granted\s+(?:the\s+)?(?:[\w'\u2019]+['\u2019]s\s+)?(?:(?:supervisory\s+)?writ\s+applications?|"
    r"application\s+for\s+(?:a\s+)?(?:supervisory\s+)?writs?(?:\s+of\s+review)?(?!\s+of\s+(?:habeas|certiorari|error|mandamus|prohibition))|"
    r"(?:supervisory\s+)?writs(?!\s+of\s+(?:habeas|certiorari|error|mandamus|prohibition)))|"
    # "This court granted leave to appeal", "the Appellate Division granted the defendant leave to appeal"
    r"granted\s+(?:(?:the\s+)?[\w'\u2019]+\s+)?leave\s+to\s+appeal(?!\s+in\s+forma)|"
    # "The Supreme Court of Ohio declined jurisdiction", "declined to accept jurisdiction of the appeal"
    r"declined\s+(?:to\s+(?:accept|exercise|take)\s+)?(?:(?:discretionary|further)\s+)?(?:jurisdiction|review)|"
    # Pennsylvania's "denied allocatur", "allocatur was denied"
    r"(?:denied|refused|granted)\s+allocatur|allocatur\s+(?:was\s+)?(?:denied|refused|granted))\b",
    re.IGNORECASE,
)
_CERT_RE = re.compile(r"\bcert(?:iorari|\.)?\s*(?:was\s+)?(?:denied|granted)|\b[Ww]e\s+granted\s+(?:a\s+)?(?:writ\s+of\s+)?certiorari\b|"
                      r"\b(?:we\s+)?granted\s+(?:\w+['\u2019]s\s+|the\s+|a\s+)?petition\s+for\s+(?:a\s+)?(?:writ\s+of\s+)?certiorari|\bdenied\s+(?:a\s+|his\s+|her\s+|the\s+)?(?:petition\s+for\s+(?:a\s+)?writ\s+of\s+)?certiorari|"
                      # "filed a petition for a writ of certiorari with the United States Supreme Court, which was denied"
                      r"\bcertiorari\b[^.;]{0,80}?,?\s+which\s+was\s+(?:again\s+|also\s+|subsequently\s+|later\s+)?(?:denied|granted)",
                      re.IGNORECASE)
_APPEAL_FROM_THIS_COURT_RE = re.compile(
    r"\b(?:Court\s+of\s+(?:Criminal\s+)?Appeals|Circuit|Supreme\s+Court|appellate\s+court)\s+(?:summarily\s+)?(?P<v>affirmed|reversed|vacated)\s+"
    r"this\s+[Cc]ourt['\u2019]s\s+(?:\w+\s+)?(?:decision|judgment|order|ruling|opinion)\b")
_PRIOR_APPEAL_RE = re.compile(
    # "vacated" counts only where a retrial followed (a habeas or post-conviction court vacates sentences too)
    r"\b(?:affirmed|reversed|vacated)(?:\s+and\s+remanded)?\s+(?:an?\s+|his\s+|her\s+|(?:the\s+)?(?:defendant|appellant|petitioner)['\u2019]s\s+|"
    r"[A-Z][a-z]+['\u2019]s\s+|the\s+)?(?:aforesaid\s+)?"
    # up to three words naming the offense or the round: "reversed the capital murder conviction", "vacated Roe's initial
    # convictions", "reversed an earlier capital murder conviction"
    r"(?:judgment\s+of\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,3}(?:convictions?|sentences?|judgment)(?:\s+and\s+sentences?)?|"
    r"(?:convictions?|sentences?|judgment)(?:\s+and\s+sentences?)?\s+(?:was|were)\s+(?:subsequently\s+)?(?:affirmed|reversed)\s+on\s+(?:direct\s+)?appeal|"
    r"on\s+direct\s+appeal,?\s+(?:the\s+)?[A-Za-z ]{0,60}?(?:affirmed|reversed)|"
    # "We affirmed on direct appeal.", "this court affirmed on direct appeal in 2015"
    r"\b(?:we|this\s+court)\s+(?:summarily\s+)?(?:affirmed|reversed)\s+on\s+direct\s+appeal\b|"
    # "The Arcadia Court of Appeal affirmed, and ...", "this court affirmed." (no object: the judgment is understood)
    # (Pennsylvania's Superior Court is an appellate court; a trial court never "affirmed")
    r"\b(?:court\s+of\s+(?:criminal\s+|special\s+)?appeals?|appellate\s+(?:court|division)|this\s+court|supreme\s+court|superior\s+court)\s+"
    # ... or with the court below as its object: "The Court of Appeals reversed the trial court, explaining:"
    r"(?:summarily\s+|unanimously\s+)?(?:affirmed|reversed)(?=\s*[,.;]|\s+(?:in|on)\s+(?:\d|an?\s+unpublished|an?\s+unreported|a\s+published|a\s+reported)|"
    r"\s+the\s+(?:trial|district|circuit|lower)\s+court\b(?!['\u2019]))",  # (not "the district court's finding")
    re.IGNORECASE,
)
# a court that took the case on discretionary review reviews an intermediate court's decision ("We granted certiorari",
# "We allowed the defendant's petition for leave to appeal"), whatever its name (Maryland's Court of Appeals)
_GRANTED_REVIEW_RE = re.compile(r"\b[Ww]e\s+(?:granted|allowed)\s+(?:(?:the\s+)?[\w-]+(?:['\u2019]s)?\s+){0,2}?(?:(?:petition|application)\s+for\s+)?"
                                r"(?:(?:a\s+)?writ\s+of\s+)?(?:certiorari|certification|(?:further\s+|discretionary\s+)?review|leave\s+to\s+appeal|transfer)\b")
# North Carolina's order on a petition: "Denied by order of the Court in conference, this the 16th of November 2011."
_NC_CONFERENCE_RE = re.compile(r"(?m)^[ \t]*(?:\*\d+\s+)?[\"\u201c]?(?P<v>Denied|Allowed|Granted|Dismissed)(?:\s+as\s+moot)?\s+by\s+order\s+of\s+the\s+Court"
                               r"\s+in\s+conference", re.IGNORECASE)
# an earlier appeal dismissed: "The Court of Appeals dismissed his appeal as untimely", "His appeal was dismissed"
_APPEAL_DISMISSED_RE = re.compile(
    r"\b(?:(?:court|[Cc]ourt\s+of\s+(?:[\w-]+\s+){0,2}?[Aa]ppeals?)\s+(?:summarily\s+)?dismissed\s+(?:his|her|the|[A-Z][\w-]+['\u2019]s)\s+"
    r"(?:direct\s+)?appeal|(?:[Hh]is|[Hh]er|[A-Z][\w-]+['\u2019]s)\s+(?:direct\s+)?appeal\s+was\s+(?:\w+\s+)?dismissed)\b")
_APPEAL_FAILED_RE = re.compile(
    r"\b(?:(?:[Hh]is|[Hh]er|[Tt]he|[A-Z][\w-]+['\u2019]s)\s+direct\s+appeal\s+(?:was|proved)\s+unsuccessful|"
    r"(?:he|she|[A-Z][\w-]+)\s+(?:unsuccessfully\s+appealed|appealed\s+(?:his|her)\s+convictions?\s+(?:unsuccessfully|without\s+success)))\b")
_INTERMEDIATE_COURT_RE = re.compile(r"\b(?:appellate\s+court|court\s+of\s+(?:criminal\s+|special\s+)?appeals?|appellate\s+division)\b", re.IGNORECASE)
_COLLATERAL_RE = re.compile(r"post-?conviction|habeas|denial\s+of", re.IGNORECASE)
_ARREST_RE = re.compile(r"\b(?:was|were|been|being|is)\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+|finally\s+)?(?:arrested|apprehended)\b|"
                        r"\bplaced\s+(?P<obj2>him|her|the\s+(?:defendant|appellant|accused)|defendant|appellant|[A-Z]\w+)\s+under\s+arrest\b|"
                        r"\b(?:was|were)\s+(?:later\s+|then\s+|subsequently\s+)?placed\s+under\s+arrest\b|"
                        r"\b(?P<poss>(?:his|her|(?:the\s+)?(?:appellant|defendant|petitioner|accused)['\u2019]s)\s+(?:\w+\s+(?:and\s+)?)?(?:arrest|apprehension))\b|"
                        # "told the occupants they were under arrest", "Appellant ... was told that he was under arrest"
                        r"\b(?P<subj>he|she|they|appellant|defendant)\s+(?:was|were)\s+under\s+arrest\b|"
                        # "the defendants were arrested", "he was stopped, questioned, then placed under arrest"
                        r"\b(?P<subj2>(?:the\s+)?(?:defendants|appellants)\s+were\s+(?:\w+\s+)?arrested|(?:he|she)\s+was\s+(?:\w+,\s+){1,3}"
                        r"(?:and\s+|then\s+)+placed\s+under\s+arrest)\b|"
                        r"\barrested\s+(?P<obj>[A-Z]\w+|him|her|the\s+defendant|defendant|appellant|petitioner)\b|\barresting\s+officers?\b")
_HYPOTHETICAL_RE = re.compile(r"\b(?:if|in\s+the\s+event|whenever|unless|would|could|should|may|might)\b", re.IGNORECASE)
_INDICT_RE = re.compile(
    r"\b(?:was|were|been|is)\s+(?:jointly\s+|subsequently\s+|later\s+)?indicted\b|\bindicted\s+(?:him|her|the\s+defendant|defendant|appellant|[A-Z]\w+)\b|"
    r"\b(?:grand\s+jury|indictments?)\s+(?:returned|charged|charging)\b|\b(?:his|her|the\s+defendant's|defendant's|appellant's)\s+(?:\w+\s+){0,3}indictment\b|"
    r"\bindictment\s+(?:was\s+)?(?:returned|filed)\b|\b[A-Z][a-z]+['\u2019]s\s+indictment\b|"
    r"\bindictments?\s+(?:was|were)\s+returned\s+against\s+(?:him|her|the\s+(?:defendant|appellant)|defendant|appellant)\b|"
    r"\bpleas?\s+of\s+(?:\w+\s+){1,2}to\s+(?:an|the)\s+indictment\b|"
    # "the indictment was bad", "the indictment charged ...": past tense, this case's indictment (a statute speaks in the present)
    r"\bthe\s+indictment\s+(?:was|charged|alleged|returned|stated|read|named)\b|"
    r"\b(?:convicted|tried|found\s+guilty(?:\s+as\s+charged)?)\s+(?:on|under|in)\s+(?:an?|the)\s+(?:[\w-]+[- ]count\s+)?indictment\b|"
    r"\bindictment\s+against\s+(?:him|her|the\s+(?:accused|defendant|appellant)|appellant|defendant)\b|"
    # Louisiana: "was charged by grand jury indictment with", "charged by bill of indictment" (a bill of information is no
    # indictment)
    r"\bcharged\s+(?:\w+\s+){0,2}?by\s+(?:an?\s+)?(?:(?:grand\s+jury|bill\s+of)\s+)?indictment\b",
    re.IGNORECASE,
)


_DISTRICT_DENIAL_RE = re.compile(
    r"\b(?:district\s+court|magistrate\s+judge)(?:'s|\u2019s)?\s+(?:(?:final\s+)?(?:order|judgment)s?\s+)?"
    r"(?:\w+\s+){0,2}?(?:denied|denying|dismissed|dismissing|denial|dismissal)\b|"
    r"\b(?:denial|dismissal)\s+(?:by\s+the\s+district\s+court\s+)?of\s+(?:his|her|the|a)\b|"
    # "This is an appeal from an order denying petitioner's application for a writ of habeas corpus."
    r"\bappeal\w*\s+from\s+(?:an?|the)\s+(?:final\s+)?(?:order|judgment)\s+(?:\w+\s+){0,4}?(?:denying|dismissing)\b",
    re.IGNORECASE,
)
# In a federal habeas appeal, the district court's ruling on "the petition" / "his motion" / "relief" is the habeas ruling;
# a motion "to suppress" or "for" something else is not.
_DISTRICT_RULED_RE = re.compile(
    r"\bdistrict\s+(?:court|judge)\s+(?:\w+\s+){0,2}?(?P<v>denied|dismissed|granted)\s+(?:(?:the|his|her|this|that|(?:[A-Z]\w+\s+)?\w+['\u2019]s)\s+)?"
    r"(?:(?:§+\s*22\d\d|habeas|amended|pro\s+se|second|successive|original|federal|corpus)\s+)*"
    r"(?:(?:petition|motion|application|proceeding)s?(?!\s+(?:to|for)\s+(?!(?:a\s+)?writ\s+of\s+habeas|habeas|relief))|relief|"
    r"(?:the\s+)?writ)\b",
    re.IGNORECASE,
)
# A certificate of appealability (or probable cause) is permission to appeal: a writ application.
_COA_RE = re.compile(
    r"\b(?P<v1>den(?:y|ies|ied)|grant(?:s|ed)?|issued?|decline\s+to\s+(?:grant|issue))\s+(?:\w+(?:'s|\u2019s)?\s+){0,3}?"
    r"(?:(?:a|the)\s+)?(?:request\s+for\s+(?:a\s+)?)?(?:certificates?\s+of\s+(?:appealability|probable\s+cause)|(?-i:COAs?)\b)|"
    r"\b(?:certificates?\s+of\s+(?:appealability|probable\s+cause)|(?-i:COAs?))\s+(?:is|was|be|are|were)\s+(?:hereby\s+)?(?P<v2>denied|granted)",
    re.IGNORECASE,
)

# the application itself, its ruling told in the same sentence: "Roe filed a second application for a certificate of
# probable cause to appeal with the State Supreme Court which was denied", "In response to his application for a
# certificate of probable cause to appeal, the Supreme Court remanded ..."
_COA_APPLICATION_RE = re.compile(
    r"\b(?:application|request|motion|petition)\s+for\s+(?:a\s+)?certificate\s+of\s+(?:probable\s+cause|appealability)\b",
    re.IGNORECASE,
)


_EXCEPTIONS_RE = re.compile(r"(?m)^[ \t]*(?:The\s+)?[Ee]xceptions\s+(?:are\s+|were\s+)?(overruled|sustained)\.?[ \t]*$", re.IGNORECASE)
_LOWER_JUDGMENT_RE = re.compile(
    r"\b(?:judgment|decision)s?\s+of\s+the\s+(?:Court\s+of\s+(?:Criminal\s+)?Appeals?|appellate\s+court|Appellate\s+Division|"
    r"Superior\s+Court)\s+(?:is|are)\s+(?:hereby\s+)?(?:affirmed|reversed|vacated)",
    re.IGNORECASE,
)
_STRONG_DECISION_RE = re.compile(
    r"\s*(?:(?:we\s+(?:therefore\s+|accordingly\s+|hereby\s+|now\s+|thus\s+)?(?:will\s+|shall\s+|must\s+)?(?:affirm|reverse|vacate)(?![a-z]))|"
    r"(?:the\s+)?(?:judgments?|convictions?|sentences?)\b|[A-Z ,;'&]*(?:AFFIRMED|REVERSED|VACATED)|(?:Affirmed|Reversed|Vacated)\b)",
    re.IGNORECASE,
)


# this court keeping one part of the judgment and undoing another in one sentence: "We reverse the assault conviction, affirm
# the harassment conviction, and remand", "We affirm defendant's convictions but remand for resentencing"
_MIXED_STEP_RE = re.compile(
    r"\b(?P<v>affirm|reverse|vacate|remand)(?:s|d|ed)?\s+(?:(?:the|his|her|its|[\w-]+['\u2019]s)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:convictions?|sentences?|counts?|judgments?\s+of\s+(?:conviction|sentence)|for\s+(?:re-?sentencing|a\s+new\s+sentencing))\b",
    re.IGNORECASE,
)


def _mixed(sentence: str) -> bool:
    verbs = {m.group("v").lower() for m in _MIXED_STEP_RE.finditer(sentence)}
    return "affirm" in verbs and bool(verbs & {"reverse", "vacate", "remand"})


def _third_person(text: str, m: re.Match[str]) -> str | None:
    """The outcome of "The Court grants ...": the verb's when its object is a motion, else the judgment's decided in the same
    sentence ("grants the petition for review and quashes the decision") or the verb's."""
    if not m.group("tc"):
        return None
    verb = _outcome(m.group("tc"))
    if re.search(r"\b(?:motions?|requests?)\b", m.group(0), re.IGNORECASE):
        return verb
    rest = text[m.end("tc") : m.end("tc") + 300].split(".")[0]
    return _outcome(rest, ("other", "reversed", "vacated", "affirmed", "remanded")) if verb in ("granted", "denied") and _outcome(
        rest, ("other", "reversed", "vacated", "affirmed", "remanded")) else verb


# the name of a motion is no ruling: "Defendant's motion to vacate is DENIED" denies; it vacates nothing
_MOTION_NAME_RE = re.compile(r"\b(?:motions?|petitions?|applications?|requests?)\s+to\s+(?:vacate|set\s+aside|reverse|quash)"
                             r"(?:\s*,\s*(?:or\s+)?(?:vacate|set\s+aside|correct|modify))*(?:\s*,?\s*or\s+(?:vacate|set\s+aside|correct|modify))?",
                             re.IGNORECASE)


def _outcome(snippet: str, prefer: tuple[str, ...] | None = None) -> str | None:
    snippet = _MOTION_NAME_RE.sub(" ", snippet)
    for name, rx in _OUTCOME_WORDS:
        if prefer and name not in prefer:
            continue
        if rx.search(snippet):
            return name
    return None


# the ruling a civil appeal reviews: "The district court granted the defendants' motion for summary judgment", "appeals the
# district court's grant of summary judgment", "the district court dismissed his complaint"
_LOWER_CIVIL_RE = re.compile(
    r"\b(?:district|trial|circuit|lower)\s+court(?:['\u2019]s)?\s+(?:(?:\w+\s+){0,2}?(?P<g>granted|grant\s+of|granting)\s+"
    r"(?:(?:the\s+|a\s+)?[\w-]+(?:['\u2019]s?)?\s+){0,2}?(?:(?:motion|motions|request)\s+for\s+)?summary\s+judgment|"
    r"(?:\w+\s+){0,2}?(?:dismissed|dismissal\s+of|dismissing)\s+(?:(?:his|her|the|their|\w+['\u2019]s)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:complaint|suit|action|lawsuit)s?)\b",
    re.IGNORECASE,
)


# a caption that names a matter, not two parties: "IN THE INTEREST OF A.B., A CHILD", "In re the Marriage of Roe"
_MATTER_CAPTION_RE = re.compile(r"(?m)^[ \t]*(?:In\s+(?:the\s+)?(?:Interest|Matter)\s+of|In\s+re)\b", re.IGNORECASE)


def _civil_ruling(ctx: Context) -> list[ProceedingFact]:
    """A civil suit's own ruling as kind "other" (a prisoner's damages suit, a tort claim): no criminal proceeding is
    read from it, but the court's decision is still this case's; so is the lower court's ruling it reviews."""
    titled = ctx.parties or _MATTER_CAPTION_RE.search(ctx.text, 0, max(ctx.header_end, 0) + 200)
    if ctx.kind not in ("opinion", "order") or not titled or not ctx.appellate:
        return []  # (a trial court's order on several motions has no one ruling to read)
    outcome, start, end = disposition(ctx)
    if outcome is None or start >= end:
        return []
    out = [ProceedingFact("other", outcome, start, end, 0.4, method="proceedings.civil_ruling")]
    for m in _LOWER_CIVIL_RE.finditer(ctx.text, ctx.header_end, min(ctx.facts_end, ctx.header_end + 4000)):
        if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
            lower = "granted" if m.group("g") else "dismissed"
            if lower != outcome:
                out.append(ProceedingFact("other", lower, m.start(), m.end(), 0.4, method="proceedings.civil_ruling"))
            break
    return out


def disposition(ctx: Context) -> tuple[str | None, int, int]:
    """The outcome of the court's own decision and where it is stated.

    The last decision statement of the majority opinion wins (final "AFFIRMED." lines first);
    rulings on side motions ("pending motions are denied as moot", "counsel's motion to
    withdraw is granted") are passed over when the judgment itself is decided nearby.
    """
    text = ctx.text
    end = min(ctx.body_end, ctx.separate_start)
    start = ctx.header_end
    out = _disposition_in(ctx, max(start, end - 2500), end)
    if (out is None or ctx.appellate and not _STRONG_DECISION_RE.match(text, out[1], out[2])) and end - start > 2500:
        # unmarked footnotes or an undetected dissent may follow the decision: look further back for one on the judgment
        earlier = _disposition_in(ctx, max(start, end - 9000), end - 2500)
        if earlier is not None and _STRONG_DECISION_RE.match(text, earlier[1], earlier[2]):
            return earlier
    if out is not None:
        return out
    hd = _HEADER_DISPOSITION_RE.search(text, 0, min(len(text), start + 200))
    if hd:
        g = "d" if hd.group("d") else "f" if hd.group("f") else "k"
        said = hd.group(g)
        oc = _outcome(said) or ("affirmed" if re.match(r"(?i)modif|reform", said) else "dismissed" if said.lower().startswith("dismiss") else None)
        if oc:
            return oc, hd.start(g), hd.end(g)
    # an undetected separate opinion may fill the tail: the last short decision line of the whole opinion
    lines = [m for m in _FINAL_LINE_RE.finditer(text, start, end)
             if len(m.group(0).strip()) < 60 and _outcome(m.group(0)) and not ctx.is_masked(m.start(), m.end())]
    if lines:
        return _outcome(lines[-1].group(0)), lines[-1].start(), lines[-1].end()
    return _disposition_up_front(ctx, start, end)


def _disposition_in(ctx: Context, tail_start: int, end: int) -> tuple[str | None, int, int] | None:
    """The last decision statement between ``tail_start`` and ``end`` (None when there is none)."""
    text = ctx.text
    cands: list[tuple[int, int, str, bool]] = []  # start, end, outcome, about a side motion
    for m in _FINAL_LINE_RE.finditer(text, tail_start, end):
        if len(m.group(0).strip()) - len(m.group("lead") or "") < 140:
            out = _outcome(m.group(0))
            if out:
                cands.append((m.start(), m.end(), out, False))
    for m in _OWN_DECISION_RE.finditer(text, tail_start, end):
        if ctx.is_masked(m.start(), m.end()):
            continue
        s, e = ctx.sentence(m.start())
        # "The judgment of the Court of Appeals is reversed and the judgment of the trial court is affirmed":
        # a court of last resort decides the intermediate court's judgment
        lower = _LOWER_JUDGMENT_RE.search(text, s, e)
        out = _third_person(text, m) or (_outcome(lower.group(0)) if lower else None) or _outcome(
            text[m.start() : e]) or _outcome(m.group(0))
        if out != "other" and (_outcome(text[s:e]) == "other" or out in ("affirmed", "reversed", "vacated", "remanded")
                               and _mixed(text[m.start() : e])):
            out = "other"  # "The judgment of conviction is affirmed, the sentence is vacated, ...": one mixed decision
        if out == "remanded":
            # a remand in the sentence of the reversal: "the judgments are annulled and reversed; ... and the case is remanded"
            out = _outcome(text[s:e], ("reversed", "vacated")) or out
        if out in ("granted", "denied") and re.search(r"\bsummary\s+(?:affirmance|reversal)\b", m.group(0), re.IGNORECASE):
            # "the government's motion for summary affirmance is GRANTED": the judgment is affirmed
            if out == "granted":
                cands.append((m.start(), m.end(), "affirmed" if "affirm" in m.group(0).lower() else "reversed", False))
            continue
        if out:
            side = bool(re.search(r"\b(?:motions?|requests?)\b(?![^.]{0,40}\bnew\s+trial)", m.group(0), re.IGNORECASE))
            cands.append((m.start(), m.end(), out, side))
    for m in _CAPS_DISPOSITION_RE.finditer(text, tail_start, end):
        out = _outcome(m.group(0))
        if out and not ctx.is_masked(m.start(), m.end()):
            cands.append((m.start(), m.end(), out, False))
    for m in _INLINE_CAPS_RE.finditer(text, tail_start, end):
        out = _outcome(m.group(0))
        if out and not ctx.is_masked(m.start(), m.end()):
            cands.append((m.start(), m.end(), out, False))
    for m in _TABLE_DISPOSITION_RE.finditer(text, tail_start, end):
        said = m.group("v") or m.group("pv") or m.group("qv") or m.group("c")
        said = re.sub(r"(?i)\baff['\u2019]d", "affirmed", re.sub(r"(?i)\brev['\u2019]d", "reversed", said))
        out = _outcome(said)
        g = next(k for k in ("v", "pv", "qv", "c") if m.group(k))
        if out and not ctx.is_masked(m.start(g), m.end(g)):  # (the report cited after it is masked)
            cands.append((m.start(), m.end(), out, False))
    for m in _NO_ERROR_RE.finditer(text, tail_start, end):
        cands.append((m.start(), m.end(), "affirmed", False))
    for m in _NEW_TRIAL_LINE_RE.finditer(text, tail_start, end):
        cands.append((m.start(), m.end(), "reversed", False))
    for m in _LEAD_RULING_RE.finditer(text, tail_start, end):
        if not ctx.is_masked(m.start(), m.end()):
            cands.append((m.start(), m.end(), m.group("v").lower(), False))
    for m in _EXCEPTIONS_RE.finditer(text, tail_start, end):
        # a bill of exceptions: "Exceptions overruled." leaves the judgment standing
        cands.append((m.start(), m.end(), "affirmed" if m.group(1).lower() == "overruled" else "reversed", False))
    main = [c for c in cands if not c[3]]
    # a decision on the judgment ("The judgment of the District Court is affirmed.") outranks a later
    # "petition must be dismissed" that is an argument or an unmarked footnote
    strong = [c for c in main if _STRONG_DECISION_RE.match(text, c[0], c[1])]
    if strong and not any(c[0] > max(s[0] for s in strong) and _FINAL_LINE_RE.match(text, c[0], c[1]) for c in main):
        main = strong
    if main:
        best = max(main, key=lambda c: c[0])
        if best[2] in ("reversed", "vacated", "remanded"):
            # the conviction kept in one sentence, the sentence undone in the next: "We affirm Roe's conviction. We vacate
            # his sentence and remand for resentencing."
            kept = [c for c in main if c[2] == "affirmed" and best[0] - 300 <= c[0] < best[0]]
            if kept and _mixed(text[kept[-1][0] : ctx.sentence(best[0])[1]]):
                return "other", kept[-1][0], best[1]
        if best[2] == "remanded":
            # a remand told after the reversal: "Judgment reversed. The cause is remanded for further proceedings."
            undone = [c for c in main if c[2] in ("reversed", "vacated") and best[0] - 300 <= c[0] < best[0]]
            if undone:
                best = max(undone, key=lambda c: c[0])
        lower = _LOWER_JUDGMENT_RE.search(text, max(tail_start, best[0] - 300), best[0])
        if lower and not _LOWER_JUDGMENT_RE.match(text, best[0]):
            # "The decision of the Court of Appeals is reversed. The judgment of the district court is affirmed.": a court
            # of last resort decides the intermediate court's judgment; the trial court's is restored by it
            return _outcome(lower.group(0)), lower.start(), lower.end()
        if best[2] in ("granted", "denied"):
            judged = [c for c in main if c[2] not in ("granted", "denied")]
            if judged and ctx.appellate:
                best = max(judged, key=lambda c: c[0])
        return best[2], best[0], best[1]
    return None


def _side_disposition(ctx: Context, tail_start: int, end: int) -> tuple[str | None, int, int] | None:
    """The last ruling on a side motion ("pending motions are denied as moot"), the last resort."""
    text = ctx.text
    for m in reversed(list(_OWN_DECISION_RE.finditer(text, tail_start, end))):
        if ctx.is_masked(m.start(), m.end()):
            continue
        _, e = ctx.sentence(m.start())
        out = _third_person(text, m) or _outcome(text[m.start() : e]) or _outcome(m.group(0))
        if out:
            return out, m.start(), m.end()
    return None


def _disposition_up_front(ctx: Context, start: int, end: int) -> tuple[str | None, int, int]:
    """A decision stated at the start ("For the following reasons, we affirm.") or a side ruling."""
    text = ctx.text
    for m in _OWN_DECISION_RE.finditer(text, max(0, start - 1000), min(end, start + 3000)):
        if ctx.is_masked(m.start(), m.end()) or re.search(r"\bmotions?\b", m.group(0), re.IGNORECASE):
            continue
        _, e = ctx.sentence(m.start())
        out = _third_person(text, m) or _outcome(text[m.start() : e]) or _outcome(m.group(0))
        if out:
            return out, m.start(), m.end()
    head = [m for m in _FINAL_LINE_RE.finditer(text, start, min(end, start + 400))]
    if head:
        return _outcome(head[0].group(0)), head[0].start(), head[0].end()
    return _side_disposition(ctx, max(start, end - 2500), end) or (None, start, start)


def _federal_round(ctx: Context, m: re.Match[str]) -> bool:
    """A habeas mention whose sentence puts it in federal court: the federal round told by a state court."""
    return "habeas" in m.group(0).lower() and bool(_FEDERAL_FORUM_RE.search(ctx.text, *ctx.sentence(m.start())))


_HEADER_APPEAL_LINE_RE = re.compile(r"(?im)^[^\n]{0,80}\bappeal\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:final\s+)?orders?\s+(?:summarily\s+)?"
                                    r"(?P<v>denying|dismissing|striking)\b[^\n]{0,200}$")


def _header_pcr_appeal(ctx: Context) -> re.Match[str] | None:
    """Florida's appeal line above the opinion: "Appeal of order denying rule 3.850 motion from the Circuit Court for ..." """
    lo = max(0, ctx.header_end - 800)
    for m in _HEADER_APPEAL_LINE_RE.finditer(ctx.text, lo, ctx.header_end):
        if _PCR_RE.search(m.group(0)):
            return m
    return None


def decided_kind(ctx: Context) -> str:
    """The kind of proceeding the deciding court rules on (``direct_appeal``, ``pcr_application``, ``federal_habeas``, ...)."""
    text = ctx.text
    opening = text[ctx.header_end : min(ctx.body_end, ctx.header_end + 3000)]
    if re.search(r"\b(?:seeks?|petition\w*\s+for|applies\s+for|filed\s+(?:a|an)\s+(?:\w+\s+)?(?:petition|complaint)\s+for)\s+(?:a\s+)?"
                 r"writ\s+of\s+(?:mandamus|prohibition|procedendo)\b", opening[:800], re.IGNORECASE):
        return "other"  # an original writ against a court or officer, not review of the judgment
    if ctx.federal_court and not ctx.appellate:
        return "federal_habeas" if _FED_HABEAS_RE.search(opening) else "other"
    if ctx.federal_court and re.search(r"(?:§+|Sec(?:tion|s?\.)?)\s*22(?:54|55|41)\b", opening[:1500]):
        return "federal_habeas"
    if ctx.federal_court and ctx.appellate and ctx.defendant_party and "petitioner" in ctx.defendant_party.labels and (
            _FED_HABEAS_RE.search(opening) or _PCR_RE.search(opening)):
        # a petitioner before a federal court of appeals who speaks of habeas: state post-conviction is reviewed there
        # only through federal habeas ("Federal habeas petitioner Tom Roe confessed ...")
        return "federal_habeas"
    if (_PCR_RE.search(opening) or not ctx.federal_court and _STATE_PCR_MOTION_RE.search(opening)) and not re.search(
            r"\bdirect\s+appeal\b", opening[:600], re.IGNORECASE):
        return "pcr_application"
    if not ctx.federal_court:
        # Florida's appeal line above the opinion: "Appeal of order denying rule 3.850 motion from the Circuit Court for ..."
        if _header_pcr_appeal(ctx):
            return "pcr_application"
    first = _PCR_RE.search(opening[:600])
    if first and not ctx.federal_court:
        # the appeal itself is from the post-conviction ruling, however the history goes on ("Roe appeals the circuit
        # court's order summarily denying his motion for postconviction relief. ... We affirmed his conviction on direct appeal.")
        at = ctx.header_end + first.start()
        s, e = ctx.sentence(at)
        # (from the paragraph's start: the sentence splitter may break at "K.S.A.")
        s = min(s, max(text.rfind("\n", 0, at) + 1, at - 300))
        mm = re.search(r"\bappeal(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:from\s+)?(?:the\s+|an?\s+)?(?:[\w-]+(?:['\u2019]s)?\s+){0,4}?"
                       r"(?:orders?|denial|dismissal|judgment)\b[^.]{0,80}?\b(?:deny|denying|denied|denial|dismiss\w*|summarily)\b|"
                       r"\bappeal(?:s|ed|ing)?\s+(?:from\s+)?(?:the\s+)?(?:summary\s+)?(?:denial|dismissal)\s+of\b", text[s:e], re.IGNORECASE)
        if mm and not re.search(r"[a-z]{3,}[.!?]\s+[A-Z]", text[s + mm.start() : at]):  # (the appeal and the motion in one sentence)
            return "pcr_application"
    if not ctx.federal_court:
        # a state court's habeas corpus is state post-conviction: "has petitioned this court for ... a writ of habeas corpus"
        for m in re.finditer(r"\b(?:petition|application)\w*\s+(?:[^.]{0,80}?\s)?for\s+(?:a\s+)?(?:writ\s+of\s+)?(?:\w+\s+){0,8}?habeas\s+corpus\b",
                             opening[:800], re.IGNORECASE):
            at = ctx.header_end + m.start()
            if ctx.usable(at, ctx.header_end + m.end()) and not ctx.sentence_cites_case(at) and not _FEDERAL_FORUM_RE.search(
                    text, *ctx.sentence(at)):
                return "pcr_application"
    if ctx.federal_court and re.search(r"(?:§+|Sec(?:tion|s?\.)?)\s*22(?:54|55|41)\b|\bhabeas\b|motion\s+to\s+vacate", opening, re.IGNORECASE):
        return "federal_habeas"
    if not ctx.federal_court and _STATE_HABEAS_HEADER_RE.search(text, 0, min(len(text), ctx.header_end + 200)):
        # the caption names the application this court decides, though the body may not: Texas's "EX PARTE JOHN ROE,
        # Applicant ... ON APPLICATION FOR A WRIT OF HABEAS CORPUS"
        return "pcr_application"
    return "direct_appeal"


_STATE_HABEAS_HEADER_RE = re.compile(r"\bon\s+(?:an?\s+)?application\s+for\s+(?:a\s+)?writ\s+of\s+habeas\s+corpus\b|"
                                     r"\bex\s+parte\s+[A-Z][^\n]{0,60}?,\s+applicant\b", re.IGNORECASE)


# the charging paper or all the charges dismissed: "the trial court dismissed the information", "the indictment was
# dismissed", "granted his motion to dismiss all charges"
_CHARGING_PAPER_LEAD = r"(?:the\s+|all\s+(?:the\s+)?|both\s+)(?:original\s+|first\s+|initial\s+)?"
_CHARGING_PAPER = _CHARGING_PAPER_LEAD + r"(?:indictments?|informations?|complaints?|charges)"
# a count of the indictment ("the order dismissing count one of the indictment")
_COUNT_OF_INDICTMENT = r"count\s+(?:[IVX\d]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+the\s+(?:indictment|information)"
# where a civil suit's "order dismissing the complaint" would be read too
_CRIMINAL_CHARGING_PAPER = r"(?:" + _CHARGING_PAPER_LEAD + r"(?:indictments?|informations?|charges)|" + _COUNT_OF_INDICTMENT + ")"
_DISMISSAL_RE = re.compile(
    rf"\b(?:court|judge)\s+(?:\w+\s+)?dismissed\s+{_CHARGING_PAPER}\b|"
    # after another ruling: "The trial court granted Roe's motion to suppress and dismissed the information."
    rf"\b(?:court|judge)\s+(?:granted|sustained|suppressed)\b[^.;]{{0,80}}?\sand\s+(?:then\s+)?dismissed\s+{_CHARGING_PAPER}\b|"
    rf"\b{_CHARGING_PAPER}\s+(?:against\s+(?:him|her|the\s+(?:defendant|appellant))\s+)?(?:was|were)\s+(?:later\s+|subsequently\s+|ultimately\s+)?dismissed\b|"
    rf"\bgrant(?:ed|ing)\s+(?:the\s+|his\s+|her\s+|(?:the\s+)?(?:defendant|appellant)['\u2019]s\s+)?motion\s+to\s+dismiss\s+{_CHARGING_PAPER}\b|"
    rf"\bmotion\s+to\s+dismiss\s+{_CHARGING_PAPER}\s+(?:was\s+)?granted\b|"
    # "the order granting appellee Roe's motion to quash count one of the indictment": quashed, the charge is gone
    rf"\bgrant(?:ed|ing)\s+(?:[\w'\u2019]+\s+){{0,4}}?motion\s+to\s+quash\s+{_CRIMINAL_CHARGING_PAPER}\b|"
    # the ruling appealed or reported: "the district court erred in dismissing the charges", "the order dismissing the
    # information", "successful in obtaining a dismissal of the first information"
    rf"\b(?:court|judge|order)\s+(?!(?:\w+\s+){{0,3}}?not\s)(?:\w+\s+){{0,3}}?dismissing\s+{_CRIMINAL_CHARGING_PAPER}\b|"
    rf"\b(?:obtain\w*|resulted\s+in|upon|after|following)\s+(?:the\s+|a\s+)?dismissal\s+of\s+{_CRIMINAL_CHARGING_PAPER}\b",
    re.IGNORECASE,
)
_PLEA_DROP_RE = re.compile(r"\b(?:plea|pleaded|pled|bargain|agreement|in\s+exchange|remaining|other\s+(?:counts|charges))\b", re.IGNORECASE)


_THE_INDICTMENT_RE = re.compile(
    r"(?i:\b(?:count\s+[IVX\d]+\s+of\s+the|the|this)\s+indictment\s+(?:charged|alleged|upon\s+which|in\s+(?:this|the\s+instant)\s+(?:case|cause)|returned|was|"
    r"against\s+(?:him|her|the\s+defendant|appellant))|"
    # "as alleged in the indictment", "the offense charged in the indictment": past participles about a returned indictment
    r"\b(?:alleged|charged|named|set\s+out|described)\s+in\s+the\s+indictment\b)|\b[Cc]ount\s+(?:[IVX\d]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten))\s+of\s+the\s+indictment\b"
)
_REPEATABLE = {"pcr_application", "writ_application", "cert_petition", "federal_habeas", "motion_new_trial"}
_ORDINAL_RE = re.compile(
    r"\b(?P<ord>second|third|fourth|successive|another|renewed|subsequent)\s+(?:[\w-]+\s+){0,3}?(?:petitions?|applications?|motions?|"
    r"requests?|round|post-?conviction|PCR|habeas)\b|\b(?:again|also)\s+(?:\w+\s+)?(?P<verb>denied|denying|dismissed|dismissing|refused|rejected|granted|affirmed)\b",
    re.IGNORECASE,
)


def _repeat_tag(text: str, sentence: tuple[int, int], at: int) -> str | None:
    """Which round a mention belongs to: its ordinal ("second petition", "again denied"), else the year of the ruling
    when the sentence or the citation right after it gives one ("This Court affirmed. Roe v. State, 30 A.3d 1 (2011)");
    else None."""
    s, e = sentence
    m = _ORDINAL_RE.search(text, s, e)
    if m:
        word = (m.group("ord") or "again").lower()
        return {"successive": "again", "another": "again", "renewed": "again", "subsequent": "again"}.get(word, word)
    cite = _CITE_SENTENCE_RE.match(text, e)
    year = _YEAR_IN_PARENS_RE.search(text, at, e) or (cite and _YEAR_IN_PARENS_RE.search(cite.group(0)))
    return year.group(1) if year else None


# a citation sentence right after a ruling: " Commonwealth v. Roe, 30 A.3d 1111 (Pa. 2011)."
_CITE_SENTENCE_RE = re.compile(r"\s*[A-Z][\w.'\u2019 ]{1,60}\s+v\.\s+[^,\n]{2,60},\s+\d+\s+[^()\n]{2,40}\([^()\n]*\)")
_YEAR_IN_PARENS_RE = re.compile(r"\((?:[^()\n]{0,30}\s)?((?:19|20)\d\d)\)")


def extract_proceedings(ctx: Context, accused_name: str | None) -> list[ProceedingFact]:
    """Proceedings other than the conviction (which ``verdicts`` reports).

    Args:
        ctx: Document context.
        accused_name: Name of the accused, to tell their arrest/indictment from others'.
    """
    if not ctx.criminal:
        return _civil_ruling(ctx)
    text = ctx.text
    end = ctx.facts_end
    out: list[ProceedingFact] = []
    keys: set[tuple[str, str | None]] = set()
    repeats: dict[tuple[str, str | None], set[str]] = {}
    acc_sur = surname(accused_name).lower() if accused_name else None

    def add(kind: str, outcome: str | None, s: int, e: int, conf: float = 0.6, own: bool = False, tag: str | None = None,
            **kw) -> None:
        tag = "own" if own else tag or (_repeat_tag(text, ctx.sentence(s), s) if kind in _REPEATABLE else None)
        if (kind, outcome) in keys:
            # a second round of the same kind: "a second petition for post-conviction relief, which was denied",
            # "again denied leave to appeal", an earlier ruling reported with its year; other mentions of the same kind
            # and outcome are the same event
            tags = repeats.setdefault((kind, outcome), set())
            if tag is None or tag in tags or tag.isdigit() and None in tags:
                return
        keys.add((kind, outcome))
        repeats.setdefault((kind, outcome), set()).add(tag)
        out.append(ProceedingFact(kind, outcome, s, e, conf, method="proceedings." + kind, **kw))

    def about_accused(s: int) -> bool:
        ss, _ = ctx.sentence(s)
        before = text[max(ss, s - 80) : s].lower()
        subj = re.findall(r"\b([a-z][\w'-]*)\b", before)
        if not subj:
            return False
        if acc_sur and acc_sur in before:
            return True
        return bool(re.search(r"\b(?:defendant|appellant|petitioner|movant|he|she)\b(?!.*\b(?:victim|officer|witness)\b)", before[-40:]))

    def usable(m: re.Match[str]) -> bool:
        return ctx.usable_or_note(m.start(), m.end()) and not ctx.sentence_cites_case(m.start())

    own_kind: str | None = None
    if ctx.kind in ("opinion", "order"):
        own_kind = decided_kind(ctx)
        outcome, ds, de = disposition(ctx)
        own_court = (normalize_court(ctx.court_line) or ctx.court_line) if ctx.court_line else None
        opening = text[max(0, ctx.header_end - 200) : ctx.header_end + 300]
        belated = _BELATED_APPEAL_RE.search(text, ctx.header_end, min(end, ctx.header_end + 2000))
        if belated and outcome in ("granted", "denied", "dismissed"):
            # leave to appeal out of time ("petition for belated appeal"): permission to appeal, decided here
            add("writ_application", outcome, ds, de, 0.7, own=True, court=own_court)
        elif re.search(r"(?m)^[ \t]*(?:WRITS?\s+|APPLICATION\s+)?GRANTED\.?[ \t]*$", opening, re.IGNORECASE):
            add("writ_application", "granted", ctx.header_end, ctx.header_end + 10, 0.7)
            rest = _outcome(text[ctx.header_end + 10 : end], ("reversed", "vacated", "remanded", "affirmed"))
            add(own_kind, rest, ctx.header_end, ctx.header_end + 10, 0.6)
        elif outcome in ("granted", "denied") and own_kind == "pcr_application" and _REVIEW_PETITION_RE.search(
                text, ctx.sentence(ds)[0], ctx.sentence(max(ds, de - 1))[1]):
            # leave to appeal a post-conviction ruling refused: the court decides the petition for review ("the application
            # for leave to appeal the May 1 order of the Court of Appeals is considered, and it is DENIED")
            review = _REVIEW_PETITION_RE.search(text, ctx.sentence(ds)[0], ctx.sentence(max(ds, de - 1))[1])
            kind = "cert_petition" if re.search(r"certiorari|\bcert\.", review.group(0), re.IGNORECASE) else "writ_application"
            add(kind, outcome, ds, de, 0.7, own=True, court=own_court)
        elif outcome is not None and not (own_kind == "direct_appeal" and outcome in ("granted", "denied")):
            add(own_kind, outcome, ds, de, 0.75, own=True, court=own_court)
        elif outcome in ("granted", "denied") and own_kind == "direct_appeal":
            # no appeal is granted or denied: a court that grants or denies review decides a petition for it
            said = text[ds : ctx.sentence(ds)[1]]
            # the petition may open the sentence the ruling closes ("the application for leave to appeal the March 2
            # judgment of the Court of Appeals is considered, and it is DENIED"), and the ruling may be read from an
            # "ORDER" heading on to the sentence under it
            review = _REVIEW_PETITION_RE.search(text, ctx.sentence(ds)[0], ctx.sentence(max(ds, de - 1))[1])
            if review:
                kind = "cert_petition" if re.search(r"certiorari|\bcert\.", review.group(0), re.IGNORECASE) else "writ_application"
                add(kind, outcome, ds, de, 0.7, own=True, court=own_court)
            elif not ctx.federal_court and _STATE_HABEAS_RE.search(said):
                # a state court denies or grants a habeas corpus petition filed with it: state post-conviction review
                add("pcr_application", outcome, ds, de, 0.7, own=True, court=own_court)
            elif re.fullmatch(r"\s*(?:(?:petitions?|applications?|writs?|review|transfer)\s+)?(?:denied|granted|refused)\.?\s*", said,
                              re.IGNORECASE):
                # a one-word order ("Denied.", "PETITION REFUSED."): a court of review refusing or allowing an application to it
                add("writ_application", outcome, ds, de, 0.7, own=True, court=own_court)
        if ctx.criminal:
            # the decision leave is asked from, named with its date, its outcome unstated: "the application for leave to
            # appeal the July 17, 2008 judgment of the Court of Appeals is considered"
            # (from the top: a one-paragraph order under a tall caption may be taken into the header)
            lm = _LEAVE_FROM_JUDGMENT_RE.search(text, 0, end)
            if lm and usable(lm):
                add("direct_appeal", None, lm.start(), lm.end(), 0.55)
            # a matter held for another case: "we ORDER that the application be held in ABEYANCE pending the decision in
            # that case" (the application, pending); "We ORDER that this case be held in ABEYANCE" (the appeal, pending)
            am = _ABEYANCE_RE.search(text, ctx.header_end, end)
            if am and usable(am) and outcome in (None, "pending", "other"):
                what = "writ_application" if am.group("app") else own_kind
                add(what, "pending", am.start(), am.end(), 0.6, own=True, court=own_court)
        hm = _header_pcr_appeal(ctx) if own_kind == "pcr_application" else None
        if hm:
            add("pcr_application", "denied" if hm.group("v").lower() == "denying" else "dismissed", hm.start("v"), hm.end(), 0.6)
        for m in _WRIT_LINE_RE.finditer(text, 0, ctx.header_end):
            word = m.group(0).split()[0].lower()
            if word.startswith("rehearing"):
                continue  # rehearings are not recorded
            kind = "cert_petition" if word.startswith("cert") else "writ_application"
            add(kind, _outcome(m.group(0)), m.start(), m.end(), 0.8)
    # a motion in the criminal case about the sentence, decided below and reviewed here (not post-conviction relief):
    # "appeals the district court's orders denying relief on his 18 U.S.C. § 3582(c)(2) motion", "the order denying his
    # motion to reduce his sentence"
    for m in _SENTENCE_MOTION_RE.finditer(text, ctx.header_end, end):
        if usable(m):
            verb = m.group("v").lower()
            add("other", "denied" if verb.startswith("deny") else "granted" if verb.startswith("grant") else "dismissed",
                m.start(), m.end(), 0.6)
            break
    # ctx.fact_matches reads the footnotes too: they often carry the procedural history (Georgia's first footnote:
    # committed, indicted, tried, appealed)
    for m in ctx.fact_matches(_ARREST_RE):
        if not usable(m) or _HYPOTHETICAL_RE.search(text, max(ctx.sentence(m.start())[0], m.start() - 40), m.start()):
            continue  # (not "to confuse ownership in the event he is apprehended", "if a suspect is arrested")
        if (m.group(0).lower().startswith("arresting") or m.group("obj") or m.group("obj2") or m.group("subj") or m.group("subj2")
                or (m.group("poss") and not re.match(r"(?:his|her)\s", m.group("poss"), re.IGNORECASE)) or about_accused(m.start())
                or (m.group("poss") and acc_sur and acc_sur in text[max(0, m.start() - 200) : m.start()].lower())):
            obj = m.group("obj") or m.group("obj2")
            if obj and obj[0].isupper() and acc_sur and obj.lower() != acc_sur:
                continue
            add("arrest", None, m.start(), m.end(), 0.6)
            break
    for m in ctx.fact_matches(_INDICT_RE):
        ss, se = ctx.sentence(m.start())
        if usable(m) and (about_accused(m.start()) or re.search(r"his|her|defendant|appellant|accused|convicted|tried|guilty",
                                                                 m.group(0), re.IGNORECASE)
                          or re.search(r"\b(?:the\s+|this\s+)?(?:appellant|defendant|accused|petitioner)\s+(?:was|were)\s+(?:\w+\s+)?$",
                                       text[ss : m.start() + 4], re.IGNORECASE)
                          or (acc_sur and acc_sur in text[ss:se].lower())):
            add("indictment", None, m.start(), m.end(), 0.6)
            break
    if ("indictment", None) not in keys:
        # "The indictment charged that ...", "Count I of the indictment", "the indictment in this case": this case was
        # charged by indictment even where no sentence says who returned it
        for m in _THE_INDICTMENT_RE.finditer(text, ctx.header_end, end):
            if usable(m):
                add("indictment", None, m.start(), m.end(), 0.5)
                break
    for m in ctx.fact_matches(_DISMISSAL_RE):
        # the charges themselves dismissed (not counts a plea bargain dropped, not an appeal)
        ss, se = ctx.sentence(m.start())
        if usable(m) and not _PLEA_DROP_RE.search(text, ss, se):
            add("dismissal", None, m.start(), m.end(), 0.5)
            break
    # the parties of the cases the opinion cites: "The defendant in Jones moved to withdraw his plea" tells a cited case
    cited_parties = {w for c in ctx.citations if c.kind == "case" and c.case_name
                     for w in re.findall(r"[A-Z][a-z]{2,}", c.case_name.split(" v")[0])} - {"State", "People", "United", "States",
                                                                                          "Commonwealth", "Ex", "In", "Re"}
    if acc_sur:
        cited_parties = {w for w in cited_parties if w.lower() != acc_sur}
    for m in ctx.fact_matches(_WITHDRAW_PLEA_RE):
        if not usable(m):
            continue
        s, e = ctx.sentence(m.start())
        if any(re.search(rf"\b{re.escape(w)}\b", text[s:e]) for w in cited_parties):
            continue
        # the accused's own motion ("his motion", "appellant's petition", "an order denying the motion to withdraw his
        # plea"), not the rule ("A defendant whose motion to withdraw a guilty plea is denied may appeal")
        if not (re.search(r"\b(?:his|her|their|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+)?$", text[max(s, m.start() - 30) : m.start()], re.IGNORECASE)
                or re.search(r"\bwithdraw\s+(?:his|her|their|[\w-]+['\u2019]s)\s", m.group(0), re.IGNORECASE)):
            continue
        # the ruling nearest the motion ("denied ... but granted a continuance" reads the denial); not what should have been
        rulings = sorted(_WITHDRAW_RULING_RE.finditer(text, s, e), key=lambda r: min(abs(r.start() - m.start()), abs(r.start() - m.end())))
        rulings = [r for r in rulings if not re.search(r"\b(?:should|would|could|must|to)\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?$",
                                                       text[max(s, r.start() - 25) : r.start()], re.IGNORECASE)]
        if rulings:
            add("other", "denied" if rulings[0].group("d") else "granted", m.start(), m.end(), 0.5)
            break
    for m in ctx.fact_matches(_MNT_RE):
        if not usable(m):
            continue
        s, e = ctx.sentence(m.start())
        sent = text[s:e]
        if _REMAND_NEW_TRIAL_RE.search(sent) and not re.search(r"motion", sent, re.IGNORECASE):
            continue
        if re.search(r"\balter\s+or\s+amend\b", sent, re.IGNORECASE):
            continue  # a civil judgment's Rule 59 motion ("for a new trial or to alter or amend the judgment")
        # the ruling named right before the motion decides it: "The overruling of the motion for new trial was error
        # requiring the grant of a new trial" (the later "grant" is what the appeal asks)
        refused = re.search(r"\b(?:overrul\w+|denial|denying|refus\w+)\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|\w+['\u2019]s\s+)?(?:amended\s+)?$",
                            text[max(s, m.start() - 40) : m.start()], re.IGNORECASE)
        oc = "denied" if refused else _outcome(sent, ("denied", "granted"))
        if oc is None and re.search(r"\bdenial\b|\berred\b|\bchalleng|\boverrul\w+|\bdenying\b|\brefus\w+", sent, re.IGNORECASE):
            oc = "denied"
        if oc is None and own_kind == "direct_appeal" and re.search(
            r"\b(?:appellant|defendant|accused)(?:['\u2019]s)?\s+(?:\w+\s+){0,2}motion\s+for\s+(?:a\s+)?new\s+trial|"
            r"\b(?:in|by|in\s+support\s+of)\s+(?:the|his|her)\s+motion\s+for\s+(?:a\s+)?new\s+trial", sent, re.IGNORECASE
        ):
            oc = "denied"  # the accused's motion, on an appeal from the judgment: it did not succeed
        if oc is None:
            # the ruling told in the next sentence: "Roe requested a new trial. The district court declined to hold a
            # hearing or grant a mistrial."
            nxt = re.search(r"\S", text[e:end])
            if nxt:
                ruling = text[slice(*ctx.sentence(e + nxt.start()))]
                if re.search(r"\b(?:court|judge)\b", ruling, re.IGNORECASE) and re.search(
                        r"\b(?:the|his|her|that)\s+(?:motion|request)\b|\bnew\s+trial|\bmistrial|\bit\b", ruling, re.IGNORECASE):
                    if re.search(r"\b(?:denied|declined|refused|overruled|rejected)\b", ruling, re.IGNORECASE):
                        oc = "denied"
                    elif re.search(r"\bgranted\b", ruling, re.IGNORECASE):
                        oc = "granted"
        if oc:
            add("motion_new_trial", oc, m.start(), m.end(), 0.6)
            break
    if ("motion_new_trial", "granted") not in keys and ctx.kind == "news":
        from .verdicts import _NEW_TRIAL_GRANTED_RE

        for m in _NEW_TRIAL_GRANTED_RE.finditer(text, 0, end):
            if re.search(r"\b(?:trial\s+court|judge|court)\b", text[max(0, m.start() - 120) : m.start()], re.IGNORECASE):
                add("motion_new_trial", "granted", m.start(), m.end(), 0.55)
                break
    own = out[0].kind if out else None
    # a court of last resort reviewing an intermediate court's decision: that decision is a direct appeal too
    review = own == "direct_appeal" and bool(re.search(r"\bsupreme\b", ctx.court_line or "", re.IGNORECASE) or _GRANTED_REVIEW_RE.search(
        text, ctx.header_end, min(end, ctx.header_end + 4000)))
    if own == "direct_appeal" and retried_before(ctx, end):
        # an appeal after a retrial: the first appeal undid the first conviction ("The Supreme Court of Virginia
        # reversed the capital murder conviction and remanded the case for a new trial", "On appeal this Court reversed
        # the judgment"); an intermediate court's ruling reviewed by a court of last resort is read below
        for m in _PRIOR_APPEAL_RE.finditer(text, ctx.header_end, end):
            oc = _outcome(m.group(0), ("reversed", "vacated"))
            if usable(m) and oc and not (review and _INTERMEDIATE_COURT_RE.search(text, ctx.sentence(m.start())[0], m.end())):
                add("direct_appeal", oc, m.start(), m.end(), 0.55)
                break
    if own == "direct_appeal" and not review:
        # an earlier appeal of the same case named as such: "In his first appeal, we reversed his conviction and remanded for
        # a new trial", "In a prior appeal, this Court affirmed the conviction but vacated the sentence"
        for m in _PRIOR_APPEAL_RE.finditer(text, ctx.header_end, end):
            s, e = ctx.sentence(m.start())
            if usable(m) and re.search(r"\b(?:first|prior|previous|earlier|initial|original)\s+(?:direct\s+)?appeal\b", text[s:m.start()],
                                       re.IGNORECASE) and not _COLLATERAL_RE.search(text, s, e):
                told = text[s:e]  # ("this court vacated only the restitution condition and affirmed the sentences": mixed)
                oc = "other" if _mixed(told) or re.search(r"\baffirm\w*", told, re.IGNORECASE) and re.search(
                    r"\b(?:vacat|revers)\w*", told, re.IGNORECASE) else _outcome(m.group(0), ("reversed", "vacated", "affirmed"))
                if oc:
                    add("direct_appeal", oc, m.start(), m.end(), 0.55, tag="first")
                    break
    if own != "direct_appeal" or review:
        for m in _PRIOR_APPEAL_RE.finditer(text, ctx.header_end, end):
            oc = _outcome(m.group(0), ("affirmed", "reversed"))
            if not ctx.in_majority(m.start()) or oc is None:
                continue
            s, e = ctx.sentence(m.start())
            if review:
                if re.search(r"\b(?:judgments?|decisions?)\s+of\s+(?:the\s+)?$", text[max(0, m.start() - 30) : m.start()], re.IGNORECASE):
                    continue  # this court's own decision on it: "JUDGMENT OF THE COURT OF SPECIAL APPEALS REVERSED."
                if _INTERMEDIATE_COURT_RE.search(text, s, m.end()) and not ctx.sentence_cites_case(m.start()):
                    if ("direct_appeal:lower", oc) not in keys:
                        keys.add(("direct_appeal:lower", oc))
                        out.append(ProceedingFact("direct_appeal", oc, m.start(), m.end(), 0.55, method="proceedings.direct_appeal"))
                continue
            if re.search(r"\bwe\s+(?:now\s+)?(?:affirm|reverse)\b", text[s:e], re.IGNORECASE) and own is None:
                continue
            # a ruling on collateral review ("affirmed the judgment denying habeas relief"), not the direct appeal; a
            # habeas petition named later in the sentence does not make it one ("reversed Roe's conviction for an
            # error unrelated to this habeas petition")
            if _COLLATERAL_RE.search(text, s, m.end()) or re.match(r"\s*(?:denying|dismissing|of\b)", text[m.end() : e]):
                continue
            if ctx.sentence_cites_case(m.start()):
                continue  # "In Williams, the Court of Appeals reversed the district court": a cited case's history
            add("direct_appeal", oc, m.start(), m.end(), 0.55)
    if own != "direct_appeal":
        # a trial court on remand tells the appeal from its own ruling: "The Court of Appeals vacated this Court's decision
        # and remanded the case to this Court."
        for m in _APPEAL_FROM_THIS_COURT_RE.finditer(text, ctx.header_end, end):
            if usable(m) and ctx.in_majority(m.start()):
                add("direct_appeal", m.group("v").lower(), m.start(), m.end(), 0.55)
                break
    if own != "direct_appeal":
        # the direct appeal told as a failure: "His direct appeal was unsuccessful", "Roe unsuccessfully appealed"
        for m in _APPEAL_FAILED_RE.finditer(text, ctx.header_end, end):
            if usable(m) and ctx.in_majority(m.start()):
                add("direct_appeal", "affirmed", m.start(), m.end(), 0.5)
                break
        for m in _APPEAL_DISMISSED_RE.finditer(text, ctx.header_end, end):
            # (not an appeal in the post-conviction chain told just before)
            if usable(m) and ctx.in_majority(m.start()) and not _COLLATERAL_RE.search(text, *ctx.sentence(m.start())) and not (
                    _PCR_RE.search(text, max(ctx.header_end, m.start() - 300), m.start())
                    or _STATE_PCR_MOTION_RE.search(text, max(ctx.header_end, m.start() - 300), m.start())):
                add("direct_appeal", "dismissed", m.start(), m.end(), 0.5)
                break
    # North Carolina's orders on petitions: "Upon consideration of the petition filed ... for discretionary review ..., the
    # following order was entered: "Denied by order of the Court in conference, this the 16th of November 2011.""
    for m in _NC_CONFERENCE_RE.finditer(text, ctx.header_end, end):
        before = text[max(ctx.header_end, m.start() - 500) : m.start()]
        last = before[before.lower().rfind("upon consideration") :] if "upon consideration" in before.lower() else before
        if re.search(r"\bpetition\b[^\n]{0,200}?\bfor\s+(?:(?:discretionary|further)\s+review|(?:a\s+)?writ\b|certiorari|leave\s+to\s+appeal|"
                     r"review|allowance\s+of\s+appeal)", last, re.IGNORECASE):
            v = m.group("v").lower()
            kind = "cert_petition" if re.search(r"certiorari", last, re.IGNORECASE) else "writ_application"
            add(kind, "granted" if v in ("allowed", "granted") else "dismissed" if v.startswith("dismiss") else "denied", m.start(), m.end(), 0.6)
    for m in _WRIT_RE.finditer(text, ctx.header_end, end):
        if usable(m) or (ctx.in_majority(m.start()) and _own_citation(ctx, m.start(), acc_sur)):
            oc = _outcome(m.group(0), ("denied", "granted")) or ("granted" if re.search(r"\b(?:allowed|certified)\b", m.group(0), re.IGNORECASE) else "denied")
            add("writ_application", oc, m.start(), m.end(), 0.55)
    for m in _CERT_RE.finditer(text, ctx.header_end, end):
        # "The Supreme Court denied certiorari." in the history of this case
        by_high_court = bool(re.search(r"\bSupreme\s+Court(?:\s+of\s+the\s+United\s+States)?\s+(?:again\s+)?$", text[max(0, m.start() - 60) : m.start()]))
        if ctx.in_majority(m.start()) and (_own_citation(ctx, m.start(), acc_sur) or usable(m) and (
                about_accused(m.start()) or by_high_court or re.match(r"we\s", m.group(0), re.IGNORECASE))):
            add("cert_petition", _outcome(m.group(0), ("denied", "granted")), m.start(), m.end(), 0.55)
    pcr_mentions = list(_PCR_RE.finditer(text, ctx.header_end, end))
    if not ctx.federal_court:
        pcr_mentions += list(_STATE_HABEAS_RE.finditer(text, ctx.header_end, end))
        pcr_mentions += list(_STATE_PCR_MOTION_RE.finditer(text, ctx.header_end, end))
    # "the post-conviction court vacated the death sentence but otherwise denied relief"
    pcr_mentions += list(_PCR_COURT_RULING_RE.finditer(text, ctx.header_end, end))
    for m in sorted(pcr_mentions, key=lambda x: x.start()):
        if not usable(m):
            continue
        s, e = ctx.sentence(m.start())
        sent = text[s:e]
        if not re.search(r"\b(?:den\w+|dismiss\w+|refused|rejected|grant\w*|affirm\w*)\b", sent, re.IGNORECASE):
            # the ruling told in the next sentence: "Roe filed a petition for postconviction relief under Rule 37.1. The petition
            # was denied, and Roe lodged an appeal."
            nxt = re.match(r"\s*(?:The|That|This|His|Her|[A-Z][\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:petition|motion|application)s?\s+"
                           r"(?:was|were)\s+(?:(?:summarily|subsequently|ultimately|later|then)\s+)?(?:denied|dismissed|granted)\b", text[e:end])
            if nxt:
                sent = sent + " " + nxt.group(0)
        if _federal_round(ctx, m):
            # a state court tells the federal round: "he filed an application for a writ of habeas corpus in federal court"
            if re.search(r"\b(?:denied|denying|denial|dismissed|dismissing|granted|granting)\b", sent, re.IGNORECASE):
                oc = _outcome(sent, ("dismissed", "denied", "granted"))
                add("federal_habeas", oc, m.start(), m.end(), 0.55)
            continue
        if re.search(r"\baffirm\w*\b[^.]{0,80}\b(?:denial|dismissal)|\b(?:denial|dismissal)\b[^.]{0,80}\baffirm", sent, re.IGNORECASE) or re.match(
                # the appeal in the next sentence: "... which the trial court denied. The state appellate court affirmed the denial."
                r"\s*(?:The|the)\s+(?:[\w-]+\s+){0,3}?(?:court|Court)(?:\s+of\s+(?:[\w-]+\s+){0,2}?Appeals?)?\s+(?:summarily\s+)?affirmed\s+"
                r"(?:the|that|this)\s+(?:denial|dismissal|order|ruling|decision)\b", text[e:end]):
            add("pcr_application", "affirmed", m.start(), m.end(), 0.55)
        if _PCR_COURT_RULING_RE.fullmatch(m.group(0)) and re.search(r"\b(?:vacated|granted)\b[^.]{0,80}\b(?:but|otherwise)\b[^.]{0,40}\bdenied\b",
                                                                   sent, re.IGNORECASE):
            add("pcr_application", "other", m.start(), m.end(), 0.55)  # relief in part: a mixed ruling
            continue
        # ("sought post-conviction relief in state court without success")
        if re.search(r"\b(?:denied|denying|denial|dismissed|dismissing|dismissal|refused|rejected|without\s+success|unsuccessful(?:ly)?)\b",
                     sent, re.IGNORECASE) and not _FI_RE.search(sent):
            # ("appeals from the summary dismissal of his pro se petition under the Post-Conviction Hearing Act")
            oc = "dismissed" if re.search(r"\bdismiss(?:ed|ing|al)\b", sent, re.IGNORECASE) else "denied"
            add("pcr_application", oc, m.start(), m.end(), 0.55)
        elif re.search(r"\bgranted\b", sent, re.IGNORECASE) and not re.search(r"\bnew\s+trial\b", sent, re.IGNORECASE):
            add("pcr_application", "granted", m.start(), m.end(), 0.5)
    for m in _HABEAS_WON_RE.finditer(text, ctx.header_end, end):
        if usable(m) and about_accused(m.start()):
            add("federal_habeas" if ctx.federal_court else "pcr_application", "granted", m.start(), m.end(), 0.5)
    # rounds told by number: "Roe filed four state habeas applications and one federal habeas petition. All failed."
    for m in _COUNTED_ROUNDS_RE.finditer(text, ctx.header_end, end):
        if not usable(m):
            continue
        _, e = ctx.sentence(m.start())
        nxt = re.search(r"\S", text[e:end])
        after = text[m.end() : ctx.sentence(e + nxt.start())[1] if nxt else e]
        failed = _ALL_FAILED_RE.search(after)
        if failed:
            oc = "dismissed" if failed.group(0).lower().endswith("dismissed") else "denied"
            have = sum(1 for p in out if (p.kind, p.outcome) == ("pcr_application", oc))
            for i in range(have, to_int(m.group("n")) or 0):
                add("pcr_application", oc, m.start(), m.end(), 0.5, tag=f"round {i + 1}")
    # an appeal within the post-conviction chain takes the chain's kind: "Appellant then filed a PCRA petition, which the
    # PCRA court denied. This Court affirmed." / "The PCRA court dismissed the petition as untimely. On appeal, this Court
    # reversed and remanded."
    if not ctx.federal_court:
        seen: set[int] = set()
        for m in sorted(pcr_mentions, key=lambda x: x.start()):
            if not ctx.usable(m.start(), m.end()):
                continue
            if _federal_round(ctx, m):
                continue  # the federal round is no link of the state chain
            # the mention's sentence, the next one, and the one after that when the next is only a citation
            spans = [ctx.sentence(m.start())]
            for _ in range(2):
                nxt = re.search(r"\S", text[spans[-1][1] : end])
                if not nxt:
                    break
                spans.append(ctx.sentence(spans[-1][1] + nxt.start()))
                if not _CITE_SENTENCE_RE.match(text, spans[-1][0]):
                    break
            for ss, se in spans:
                if ss in seen:
                    continue
                cm = _CHAIN_APPEAL_RE.search(text, max(ss, m.start()), se)
                if cm and not ctx.is_masked(cm.start(), cm.end()):
                    seen.add(ss)
                    add("pcr_application", _outcome(cm.group(0), ("affirmed", "reversed", "vacated")), cm.start(), cm.end(), 0.5)
                    break
    district_outcomes: set[str] = set()

    def district_ruling(oc: str, m: re.Match[str]) -> None:
        # the district court's ruling on a petition is told as a denial in one sentence and a dismissal in the next
        # ("denied the § 2255 motion", "erred in dismissing his claim"): one ruling, unless the mention names its round
        if district_outcomes - {oc} and _repeat_tag(text, ctx.sentence(m.start()), m.start()) is None:
            return
        district_outcomes.add(oc)
        add("federal_habeas", oc, m.start(), m.end(), 0.55)

    for m in _FED_HABEAS_RE.finditer(text, ctx.header_end, end):
        if not usable(m) or not ctx.federal_court:
            continue
        s, e = ctx.sentence(m.start())
        sent = text[s:e]
        # "the district court denied ...", "the district court's order denying relief on his § 2255 motion",
        # "the denial by the District Court of his petition for habeas corpus"
        dm = _DISTRICT_DENIAL_RE.search(sent)
        if dm:
            district_ruling("dismissed" if re.search(r"dismiss", dm.group(0), re.IGNORECASE) else "denied", m)
    if own_kind == "federal_habeas" and ctx.appellate:
        for m in _DISTRICT_RULED_RE.finditer(text, ctx.header_end, end):
            if usable(m):
                v = m.group("v").lower()
                district_ruling("dismissed" if v.startswith("dismiss") else "granted" if v == "granted" else "denied", m)
    if ctx.federal_court and ctx.appellate:
        for m in _COA_RE.finditer(text, ctx.header_end, end):
            if ctx.usable(m.start(), m.end()):
                word = (m.group("v1") or m.group("v2") or "").lower()
                oc = "denied" if re.match(r"den|decline", word) else "granted"
                # this court's own ruling on a certificate is a round of its own beside the district court's
                before = text[ctx.sentence(m.start())[0] : m.start()]
                ours = re.search(r"\bwe\b(?![^.]*\bdistrict\s+court\s+(?:\w+\s+)?(?:granted|denied|issued|declined|rejected|refused)\b)",
                                 before, re.IGNORECASE)
                add("writ_application", oc, m.start(), m.end(), 0.6, tag="we" if ours else "below")
        # "requests a certificate of appealability to challenge ... We deny the request and dismiss the appeal."
        for m in re.finditer(r"\b[Ww]e\s+(?:therefore\s+|accordingly\s+)?(?P<v>deny|grant)\s+(?:the|his|her|this|that|\w+['\u2019]s)\s+"
                             r"(?:request|application|motion)\b", text[ctx.header_end:end]):
            at = ctx.header_end + m.start()
            if ctx.usable(at, at + len(m.group(0))) and re.search(r"\bcertificate\s+of\s+(?:appealability|probable\s+cause)\b|\bCOA\b",
                                                                 text[max(ctx.header_end, at - 400) : at]):
                add("writ_application", "denied" if m.group("v") == "deny" else "granted", at, at + len(m.group(0)), 0.6, tag="we")
                break
    for m in _COA_APPLICATION_RE.finditer(text, ctx.header_end, end):
        if usable(m) and about_accused(m.start()):
            _, e = ctx.sentence(m.start())
            oc = _outcome(text[m.end() : e], ("denied", "granted", "remanded", "dismissed"))
            if oc:
                add("writ_application", oc, m.start(), m.end(), 0.55)
    for m in _FI_RE.finditer(text, ctx.header_end, end):
        if not usable(m):
            continue
        s, e = ctx.sentence(m.start())
        window = text[s : min(end, e + 200)]
        if re.search(r"\b(?:raised|filed|claim|petition|application|sought)\b", window, re.IGNORECASE):
            oc = _outcome(window, ("denied", "dismissed", "granted"))
            add("factual_innocence_claim", oc or "pending", m.start(), m.end(), 0.5, claims=("factual_innocence",))
            break
    for m in _DNA_APP_RE.finditer(text, ctx.header_end, end):
        if usable(m):
            s, e = ctx.sentence(m.start())
            oc = _outcome(text[s:e], ("denied", "dismissed", "granted"))
            if oc is None:
                # the ruling in the next sentence: "In 2015 he moved for DNA testing. The trial court denied the motion."
                nxt = re.match(r"\s*(?:The|the)\s+(?:[\w-]+\s+){0,3}?(?:court|judge)\s+(?:\w+\s+)?(denied|dismissed|granted)\s+"
                               r"(?:the|his|her|that|this)\s+(?:motion|petition|application|request)\b", text[e:end])
                oc = _outcome(nxt.group(1)) if nxt else None
            add("dna_testing_application", oc, m.start(), m.end(), 0.5, claims=("dna",))
            break
    for m in _EXONERATED_RE.finditer(text, ctx.header_end, end):
        if usable(m) and about_accused(m.start()):
            add("exoneration", None, m.start(), m.end(), 0.5)
            break
    return out


def _own_citation(ctx: Context, offset: int, acc_sur: str | None) -> bool:
    """Offset lies in a citation of the accused's own earlier decision ("State v. <accused>, ..., cert. denied")."""
    if not acc_sur:
        return False
    for c in ctx.citations:
        if c.kind != "case" or c.full_start is None:
            continue
        if c.full_start <= offset <= (c.full_end or c.end) + 120 and c.case_name and acc_sur in c.case_name.lower():
            return True
    return False
