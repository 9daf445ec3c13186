"""Offenses of conviction, worded as the document words them, one entry per offense.

Read from conviction cues ("convicted of", "found guilty of", "pleaded guilty to",
"conviction for", "convicting him ... of") and, for a plea "as charged", from the charge
("charged by bill of information with ..."). Statute quotations, footnotes, separate
opinions and cited cases are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import STATE_NAMES, Context
from .facts import Evidence
from .verdicts import NOT_OTHERS, PRECEDENT_TOLD_RE, accused_words, anothers_plea, extract_convictions

OFFENSE_HEADS = (
    r"murder|manslaughter|homicide|robbery|burglary|theft|larceny|assault|battery|rape|sodomy|molestation|"
    r"murders|homicides|robberies|burglaries|thefts|assaults|rapes|kidnapp?ings|"
    r"kidnapp?ing|abduction|feticide|infanticide|destruction|shoplifting|riot|affray|hit[- ]and[- ]run|domestic\s+violence|home\s+invasion|terrorism|voyeurism|breach\s+of\s+the\s+peace|contributing\s+to\s+the\s+(?:delinquency|neglect)|ovi|owi|leaving\s+the\s+scene|"
    r"housebreaking|breaking\s+and\s+entering|pimping|promoting|abandonment|maiming|poisoning|torture|accessory|blackmail|"
    r"paraphernalia|subornation|malfeasance|cheating|criminal\s+contempt|imposition|sexual\s+contact|possession|distribution|delivery|delivering|distributing|"
    r"trafficking|sale|selling|fraud|laundering|conspiracy|escape|arson|forgery|embezzlement|extortion|bribery|"
    r"perjury|obstruction|stalking|incest|indecency|solicitation|carjacking|racketeering|failure\s+to\s+pay|"
    r"child\s+support|driving|operating\s+(?:a\s+)?(?:motor\s+)?vehicle|vehicular|endangerment|cruelty|abuse|pornography|obscenity|mischief|trespass|"
    r"resisting|harassment|threats?|receiving\s+stolen|unauthorized\s+use|counterfeit\w*|evasion|misapplication|"
    r"felon\s+in\s+possession|use\s+of\s+a\s+firearm|carrying|weapon|firearm|cocaine|marijuana|heroin|"
    r"methamphetamine|controlled\s+(?:dangerous\s+)?substance|narcotics?|dwi|dui|intoxicat\w+|lewd\w*|"
    r"exploitation|enticement|prostitution|pandering|gambling|looting|vandalism|mayhem|terroristic|treason|"
    r"piracy|smuggling|misprision|false\s+statements?|identity\s+theft|wire\s+fraud|mail\s+fraud|"
    r"exposure|failure\s+to\s+\w+|register\w*|deception|impersonat\w+|interference|endanger\w*|obstruct\w*|"
    r"neglect|desertion|nonsupport|bribe\w*|harbou?ring|transporting|importing|importation|manufactur\w+|cultivat\w+|smuggl\w+|structuring|tampering|"
    r"bigamy|sodomy|battery|menacing|trafficking|bribery|forgery|uttering|counterfeiting|fleeing|eluding|evading|"
    r"hijacking|racketeering|loitering|disorderly|reckless\w*|negligen\w+|child\s+\w+|misconduct|corruption|"
    r"Act\s+violations?|injur(?:y|ing|ies)|transport\w*|launder\w*|defraud\w*|aiding\s+and\s+abetting|intercourse|deviate\s+conduct|"
    r"false\s+(?:\w+\s+)?(?:registration|name|report|information|pretenses|imprisonment)|"
    r"attempt(?:ed)?\s+\w+|aggravated\s+\w+|simple\s+\w+|second[- ]degree\s+\w+|first[- ]degree\s+\w+|"
    r"(?:illegal|unlawful|criminal|sexual|indecent|felonious|wanton|malicious|fraudulent|wil?ful)(?:ly)?\s+\w+|(?:re-?)?entry|"
    r"stealing|receiving|soliciting|robbing|"
    r"conspiring|possessing|making\s+(?:a\s+)?false|giving\s+(?:a\s+)?false|filing\s+(?:a\s+)?false|passing|"
    r"maintaining\s+(?:a|the)\s+(?:\w+\s+)?(?:place|premises|house|residence|dwelling|nuisance)|stolen\s+\w+|dealing|obtaining\s+(?:money|property)|discharging|pointing|brandishing|defrauding|"
    r"retaliation|intimidat\w+|impersonation|menac\w+|hindering|penetration|having\s+(?:a\s+)?weapons?|"
    r"violat\w+\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:order|injunction)|jumping\s+bail|bail\s+jumping|Act\s+violations?|violations?\s+of\s+the\s+[A-Z]\w+\s+Act"
)
_HEAD_RE = re.compile(rf"\b(?:{OFFENSE_HEADS})\b", re.IGNORECASE)
# the jurisdiction written before the offense ("his California second degree murder conviction", "his Texas conviction"):
# the court that convicted, not part of the offense's name
_STATE = rf"(?:{STATE_NAMES}|Puerto\s+Rico)"

_CUE = (
    r"(?:(?:was|were|been|being|is|and)\s+)?(?:(?:(?:his|her|the|a)\s+)?conviction\s+of\s+(?:the\s+)?(?:appellant|defendant|petitioner|him|her)(?=\s+for\b)|"
    r"(?:[Oo]n|[Uu]pon|[Aa]fter|[Ff]ollowing|appeal\w*\s+(?:is\s+|was\s+)?from)\s+(?:his\s+|her\s+|a\s+)?conviction|(?:his|her)\s+guilty[- ]plea\s+conviction|"
    r"sentence(?:\s+of\s+\d+\s+(?:months|years)(?:\s+of\s+(?:imprisonment|incarceration))?|\s+imposed\s+(?:upon|on)\s+(?:him|her))(?=\s+for\s+(?!a\s+term|the\s+term))|"
    r"(?:convicted|(?<![\w,;] )Convicted)(?:\s+(?:him|her|them))?|convicting\s+(?:him|her|them|defendant|the\s+defendant|appellant)|"
    r"verdicts?\s+of\s+guilty(?:\s+as)?(?=\s+(?:of|to)\s)|(?:returned|rendered|reached)\s+(?:a\s+)?guilty\s+verdicts?(?=\s+(?:on|of|for)\s)|\bbut\s+guilty(?=\s+of\s)|"
    r"found\s+that\s+(?:the\s+)?(?:defendant|appellant|petitioner|he|she|[A-Z][a-z]+)\s+(?:was|is)\s+guilty|(?:found|finding|adjudicated|adjudged)\s+(?:to\s+be\s+)?(?:him\s+|her\s+|them\s+|the\s+(?:defendant|appellant|petitioner|accused)\s+|defendant\s+|appellant\s+|petitioner\s+|[A-Z][a-z]+\s+|(?:Mr|Ms|Mrs|Dr)\.\s+|(?:the\s+)?(?:defendant|appellant|petitioner|accused),\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+|and\s+(?:his|her)\s+(?:wife|husband|co-?defendants?|co-?conspirators?|brother|sister|son|daughter|father|mother|partner|cousin)\s+){0,4}guilty(?:\s+but\s+mentally\s+ill)?|"
    r"(?:pleaded|pled|plead|(?:after|upon|following|by|on|when)\s+pleading)\s+(?:guilty|no\s+contest|nolo\s+contendere|non\s+vult)|"
    r"(?:entered|entering)\s+(?:a\s+|an\s+)?(?:(?:blind|open|negotiated|conditional|Alford|counseled|knowing)\s+)*"
    r"(?:pleas?\s+of\s+guilty|guilty\s+pleas?|pleas?\s+of\s+nolo\s+contendere|Alford\s+plea|pleas?\s+of\s+no\s+contest|pleas?\s+of\s+non\s+vult)"
    r"(?:\s+under\s+(?:North\s+Carolina\s+v\.\s+)?Alford)?|"
    r"(?:his|her|the|defendant['\u2019]s|appellant['\u2019]s|petitioner['\u2019]s|[A-Z][a-z]+['\u2019]s)\s+(?:\d{4}\s+)?" + rf"(?:{_STATE}\s+)?" + r"(?:underlying\s+|state\s+|jury\s+|bench\s+trial\s+|jury\s+trial\s+)?convictions?|\bfor\s+(?:his\s+|her\s+)?convictions?(?=\s+(?:of|for)\s)|\ba\s+jury\s+conviction(?=\s+for\s)|"
    # "appeals his judgment and sentence for X", "his adjudications of guilt and sentences for X" (Florida), "the judgment entry
    # of conviction for X" (Ohio), "appeals his 46-month sentence for X"
    r"(?:his|her|the)\s+(?:judgments?|adjudications?\s+of\s+guilt)\s+and\s+sentences?(?=\s+for\s)|(?:his|her)\s+adjudications?\s+of\s+guilt(?=\s+for\s)|"
    r"(?:his|her)\s+(?:(?!prior\b|previous\b|earlier\b|former\b|past\b|other\b|juvenile\b|state\b|federal\b)[\w-]+\s+){0,2}sentences?(?=\s+for\s+(?!a\s+(?:term|period)|the\s+(?:term|period)|each\b|his\b|her\b|(?:a|the)\s+\w+\s+conviction))|"
    # "appeals his sentence under the United States Sentencing Guidelines for two counts of armed robbery"
    r"(?:his|her)\s+sentences?\s+under\s+the\s+(?:United\s+States\s+|[Ff]ederal\s+)?Sentencing\s+Guidelines(?=\s+for\s)|"
    r"judgments?\s+(?:entry\s+)?of\s+conviction|(?:his|her|a|the|defendant['\u2019]s|appellant['\u2019]s|petitioner['\u2019]s|[A-Z][a-z]+['\u2019]s)\s+(?:plea\s+of\s+(?:guilty|no\s+contest|nolo\s+contendere)|(?:guilty|no\s+contest|nolo\s+contendere)\s+plea)(?=\s+to\s)|"
    r"sentenced\s+(?:him|her|[A-Z][a-z]+|(?:the\s+)?(?:defendant|appellant|petitioner))?\s*to\s+[^.;]{1,80}?(?=\s+for\s+(?!a\s+(?:term|period)|the\s+(?:term|period)|each\b|his\b|her\b))|serving\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}sentence(?:s?\s+of\s+[^.;]{1,60}?(?=\s+for\s+(?!a\s+(?:term|period)|the\s+(?:term|period))))?|affirm(?:s|ed)?\s+(?:the\s+)?convictions?|"
    # "Roe is presently incarcerated in federal prison for X"
    r"(?:is|was|being|remains)\s+(?:\w+ly\s+)?(?:incarcerated|imprisoned|confined)(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:prison|penitentiary|jail|institution|facility|custody|[Cc]orrectional\s+[A-Z]\w+))?(?=\s+for\s+(?!(?:a|the)\s+(?:term|period)|life\b|\d))|"
    r"(?:serving\s+a\s+sentence|sentence\s+imposed)[^.;]{0,80}?(?=\s+for\s+the\s+offense)|"
    # Texas: "The conviction is for burglary"; "following a conviction by jury on October 31, 1980 for seven counts of X"
    r"(?<![a-z]\s)(?:[Tt]he\s+)?[Cc]onviction\s+is(?=\s+for\s)|conviction\s+by\s+(?:a\s+)?jury(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?(?=\s+for\s))"
)
_FILLER = (
    r"(?:\s*,?\s*(?:and\s+sentences?(?=\s+(?:for|of|on)\s)|by\s+(?:a\s+|the\s+)?(?:[A-Z]\w+\s+){0,3}(?:\w+\s+)?jury|"
    r"without\s+(?:a|the\s+benefit\s+of\s+a)\s+(?:written\s+)?plea\s+(?:agreement|bargain)|"
    r"by\s+(?:a|the)\s+(?:trial\s+)?(?:judge|court)(?:\s*,?\s*sitting\s+without\s+a\s+jury)?|in\s+absentia|"
    r"in\s+the\s+Court\s+of\s+[A-Z][\w ]{2,40}?\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+County(?:,\s+[A-Z][a-z]+)?|by\s+the\s+(?:trial\s+)?(?:court|judge|jury)|upon\s+a\s+(?:jury\s+)?verdict|"
    # (Connecticut: "the judgment of conviction, rendered after a jury trial, of X", "rendered after a trial to the court")
    r"(?:rendered\s+)?(?:after|following|in|at)\s+a\s+(?:\w+\s+)?(?:jury|bench|nonjury)\s+trial|"
    r"(?:rendered\s+)?(?:after|following)\s+a\s+trial\s+to\s+the\s+(?:court|jury)|as\s+charged|"
    r"rendered\s+(?:after|following|upon)\s+(?:his|her|a|the\s+defendant['\u2019]s)\s+(?:conditional\s+)?pleas?\s+of\s+(?:guilty|nolo\s+contendere)|"
    r"in\s+(?:the\s+)?\w+\s+(?:\w+\s+)?[Cc]ourt(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?(?:\s+(?:[Cc]ounty|[Pp]arish|[Dd]istrict))?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)?|"
    r"in\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:[Cc]ounty|[Pp]arish)(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*,))?|"
    r"in\s+\d{4}|on\s+(?:\w+\s+)?\d{1,2},\s+\d{4}|(?<=guilty\s)[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|on\s+(?:his|her)\s+(?:guilty\s+|nolo\s+contendere\s+|no\s+contest\s+)?pleas?(?:\s+of\s+(?:guilty|nolo\s+contendere|no\s+contest))?|upon\s+(?:his|her)\s+pleas?\s+of\s+(?:guilty|no\s+contest|nolo\s+contendere)|at\s+trial|in\s+state\s+court|"
    r"(?:the\s+)?trial\s+court\s+found\s+(?:him|her)|on\s+all\s+counts|"
    r"(?:the\s+)?(?:defendant|appellant|petitioner)(?:,\s+[A-Z][\w.\" ]+?,)?|(?<=convicted\s)[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){0,3}|"
    r"(?:again|also|subsequently|ultimately|eventually)|a\s+(?:second|third)\s+time|pursuant\s+to\s+(?:a|an|the|his|her)\s+(?:written\s+)?plea\s+(?:agreement|bargain)|pursuant\s+to\s+(?:a|the)\s+jury\s+(?:trial|verdict)|"
    r"under\s+\d+\s+U\.\s?S\.\s?C\.\s*(?:§+|Secs?\.)\s*[\w().]+|under\s+(?:La\.\s*)?R\.\s?S\.\s*[\d:.]+)\s*,?)*"
)
_OF = (r"\s+(?:of|on|upon|to|for|under)(?::\s*|\s+)(?:the\s+)?(?:an?\s+(?:superseding\s+|criminal\s+)?(?:indictment|information)\s+charging\s+(?:(?:him|her)\s+with\s+|(?!(?:him|her|them)\b))|crimes?\s+of\s+|offenses?\s+of\s+|charges?\s+of\s+|charged\s+offenses?\s+of\s+|"
    # "convicted of the same offenses, plus one count of X": the offenses named after
    r"same\s+(?:offenses|crimes|charges|counts)(?:\s+as\s+\w+)?,?\s+(?:plus|and\s+also|as\s+well\s+as|along\s+with)\s+|"
    # "convicted of several drug offenses, including possession of cocaine": the offenses the opinion names
    r"(?:several|various|multiple|numerous|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offenses|crimes|charges|counts|felonies)\s*,?\s+including\s+(?:one\s+count\s+of\s+)?|"
    # "guilty on all three counts of the indictment: conspiracy, wire fraud, and money laundering"
    r"(?:all|both|each\s+of\s+the)\s+(?:\w+\s+)?counts\s+(?:of|in)\s+the\s+(?:[\w-]+\s+)?(?:indictment|information|complaint)\s*:\s*|"
    # "pleaded guilty to count one, which charged him with conspiracy to ..."
    r"[Cc]ount\s+(?:one|two|three|four|five|six|\d{1,2}|[IVX]{1,5})(?:\s+of\s+the\s+(?:[\w-]+\s+)?(?:indictment|information))?,\s+which\s+charged\s+(?:him|her)\s+with\s+)?")
# a numbered or count-labelled list: "convicted of: (1) murder; (2) robbery", "convicted of Count I, robbery, and Count II, ..."
_ENUMERATION = r"\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)|\b[Cc]ounts?\s+(?:[IVX]{1,5}|\d{1,2})\s*[,:]"
_ENUMERATION_RE = re.compile(_ENUMERATION)
_CONVICTION_RE = re.compile(_CUE + _FILLER + _OF + rf"(?:(?:{_ENUMERATION})\s*)?" + r"[\"\u201c]?(?P<off>[A-Za-z][^;:\[\]\n]{2})")
_STATUTE_REF_RE = re.compile(
    r"\s*,?\s*\b(?:in\s+violation\s+of|contrary\s+to|under|pursuant\s+to)\s+(?:the\s+)?"
    r"(?:\d+\s+U\.\s?S\.\s?C\.(?:A\.)?|(?:LSA-|La\.\s*)?R\.\s?S\.|[A-Z][\w.]*\s+(?:Penal\s+)?(?:Code|Law|Stat\w*\.?)|"
    r"Penal\s+Law|Code|Section|Sec\.|§|SDCL|(?:O\.)?R\.\s?C\.|Ind\.\s*Code|Mo\.\s*Rev|Ohio|RSMo|Va\.|Miss\.)[^,;\n]*?(?=,|;|\s+and\s(?![\d(])|\.?\n|\.\s+[A-Z][a-z]|$)"
    r"|\s*,?\s*\b(?:\d+\s+U\.\s?S\.\s?C\.(?:A\.)?|[Ii]d\.)\s*(?:\u00a7+|Secs?\.)\s*[\w()]+(?:\.[\w()]+)*"  # a bare ", 18 U.S.C. § 1347"
    # a bare state cite of initials: ", 25 M.R.S.A. § 2001", ", 17-A M.R.S. §§ 209(1), 1252(4)"
    r"|\s*,\s*(?:\d+(?:-[A-Z])?\s+)?(?:[A-Z][A-Za-z]?\.){2,5}\s*\u00a7+\s*[\w().:-]+(?:\s*,\s*\d[\w().:-]*)*"
    r"|\s*\((?:[^()]|\([^()]*\))*\)|\[\d+\]|(?<=[a-z])\d{1,2}\b|(?<=[a-z]\.)\d{1,2}(?=\s)"
)
_CHARGED_RE = re.compile(
    r"\b(?:charged\s+(?:(?:him|her|them|the\s+(?:defendant|appellant|accused)|defendant|appellant|[A-Z][a-z]+)\s+)?"
    r"(?:in\s+(?:the\s+)?(?:[\w.-]+\s+){1,8}?(?=with\b))?"  # "charged in the district court of Pike county with", "in a two-count indictment with"
    r"(?:by\s+(?:a\s+)?(?:bill\s+of\s+information|indictment|information|grand\s+jury\s+indictment)\s+)?with|"
    r"indicted\s+(?:by\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?grand\s+jury\s+)?(?:for|on\s+(?:\w+\s+)?charges?\s+of)|"
    # the offense tried: "was tried before a jury on charges of X", "brought to trial on three counts of X"
    r"(?:(?:was|were)\s+tried|brought\s+to\s+trial|stood\s+trial|went\s+to\s+trial)(?:\s+(?:before|by)\s+(?:a|the)\s+(?:jury|court|judge))?\s+"
    r"(?:for|on\s+(?:(?:\w+\s+)?charges?\s+of|(?:one|two|three|four|five|six|\d+)\s+counts?\s+of))|"
    # "the grand jury indicted appellant, John Roe, on one count of escape"
    r"indicted(?:\s+(?:him|her|(?:the\s+)?(?:defendant|appellant))(?:,\s+[A-Z][\w. ]{2,40},)?)?\s+on\s+(?:one|two|three|four|\d+)\s+counts?\s+of)\s+"
    r"(?!and\b)(?P<off>[^.;:()\[\]\n]{3,200})"
)
_AS_CHARGED_RE = re.compile(
    r"\b(?:pleaded|pled|plea\s+of)\s+guilty\s+(?:as\s+charged|to\s+(?:the|that|this|each|both|all)\s+(?:\w+\s+)?(?:charges?|counts?|offenses?))|"
    r"\b(?:verdicts?\s+of\s+guilty|guilty\s+verdicts?)\s+(?:on|as\s+to)\s+(?:all|both)\s+(?:the\s+)?(?:\w+\s+)?(?:counts|charges)\b|"
    r"\bguilty\s+as\s+charged\b|\b(?:convicted|found)\s+(?:(?:him|her|them|defendant|appellant)\s+)?(?:guilty\s+)?(?:on|of)\s+(?:all|both|these|those|the\s+said|said)\s+(?:the\s+)?(?:two\s+|three\s+)?(?:counts|charges)\b|"
    # a bare verdict right after the charge: "was indicted for X. He was found guilty and was sentenced ..."
    # "He was tried to a jury and found guilty.", "was convicted as charged"
    r"(?P<bare>\b(?:was|were)\s+(?:tried(?:\s+(?:to|before|by)\s+(?:a|the)\s+(?:jury|court|judge))?(?:\s+and|,)\s+)?(?:found\s+guilty|convicted)"
    r"(?:\s+as\s+charged)?(?=\s*(?:[,.;]|and\s+(?:was\s+)?sentenced?\b)|\s+by\s+(?:a|the)\s+jury\s*[,.;])|"
    # "The trial court found Appellant guilty and sentenced him", "A jury found him guilty and assessed punishment at ...",
    # "The case was tried to a jury, which found him guilty."
    r"\b(?:court|judge|jury)(?:,\s+which)?\s+found\s+(?:him|her|the\s+(?:defendant|appellant)|defendant|appellant|[A-Z][a-z]+)\s+guilty(?=\s*(?:[,.;]|and\s+(?:sentenced|assessed)))|"
    r"\bjury\s+convicted\s+(?:him|her|[A-Z][a-z]+)(?=\s*[,.])|"
    # a plea with no object right after the charge: "charged by information with X. He entered a plea of nolo contendere"
    r"\b(?:entered|entering)\s+(?:a\s+|an\s+)?(?:\w+\s+)?pleas?\s+of\s+(?:guilty|nolo\s+contendere|no\s+contest)(?=\s*(?:[,.;]|and\b))|"
    r"\b(?:pleaded|pled)\s+(?:guilty|nolo\s+contendere|no\s+contest)(?=\s*(?:[.;]|,\s+and\b|\s+and\s+was\b)))",
    re.IGNORECASE,
)
_END_RE = re.compile(
    r"\s*,?\s*\b(?:in\s+violation|contrary\s+to|under\s+(?:\d|section|sec\.|§|La\.|art|the\s+(?!age|influence))|"
    r"(?<!dealing\s)(?<!abetting\s)(?<!aiding\s)(?<!trafficking\s)(?<!engaging\s)(?<!participating\s)"
    r"in\s+(?:the|a|an|his|her)\s+(?!(?i:first|second|third|fourth)\s+(?i:degree)|commission)|pursuant|and\s+(?:was\s+|were\s+|is\s+)?sentenced|"
    r"and\s+sentences?\b|and\s+(?:the\s+)?(?:trial\s+)?(?:court|judge|jury)|and\s+(?:he|she|they)\b|and\s+received|"
    r"and\s+(?:his\s+|her\s+)?punishment\b|and\s+assess\w*\b|"
    r"and\s+(?:his|her)\s+sentence|and\s+(?:the\s+)?(?:resulting|subsequent)|and\s+(?:was|were|has|had)\b|"
    r"on\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)|"
    r"in\s+(?:the\s+)?(?:\w+\s+)?(?:District|Circuit|Superior|County|Parish|Criminal)\s+Court|in\s+\d{4}\b|after\s+a\b|"
    r"following\b|(?:by|before|in)\s+(?:a|the)\s+(?:[A-Z]\w+\s+){0,4}(?:trial\s+)?(?:jury|court|judge|Court|Jury|Judge)\b|(?:by|before)\s+(?:a|the)\s+(?:[\w-]+\s+){1,2}jury\b|for\s+which|which\b|who\b|that\b|when\b|where\b|"
    r"because\b|but\b(?!\s+(?:less|not\s+more)\s+than\b)|(?<!driving\s)(?<!operating\s)(?<!intoxicated\s)while\b(?!\s+(?:intoxicated|impaired|under\b|ability|license|an\s+inmate|armed|in\s+possession))|in\s+exchange\s+for\b|beyond\s+a\s+reasonable\s+doubt|(?:petitioner|defendant|appellant|he|she)\s+(?:was|is|has|had)\b|based\s+(?:on|upon)\b|relating\s+to\b|with\s+(?:a\s+)?(?:sentence|fine)|with\s+(?:a\s+|the\s+)?(?:jury\s+)?recommendation\b|at\s+(?:the\s+)?(?:age|trial)|at\s+(?:a|his|her)\s+(?:\w+\s+)?trial\b|"
    r"(?<!of\s)a\s+(?:class\s+\w+\s+|first|second|third|fourth|fifth|capital|\w+[- ]degree\s+)?(?:felony|misdemeanor)|"
    r"(?<!of\s)an?\s+(?:\w+\s+)?(?:felony|misdemeanor)|is\s+|was\s+|were\s+|are\s+|has\s+|had\s+|(?<!register\s)as\s+(?:a|an)\s+|since\b|"
    r"as\s+charged|(?<!related\sactivity\s)in\s+connection\s+with\s+(?!the\s+(?:purchase|sale|acquisition|transfer)\b)|arising\s+(?:out|from)|stemming|on\s+(?:his|her|their)\s+(?:plea|guilty)|"
    r"and\s+(?:appeals?|now)|\s+(?:pointed|held|noted|stated|observed|concluded|ruled)\b|and\s+(?:an?\s+)?(?:consecutive\s+|concurrent\s+)?(?:term|sentence)s?\b|and\s+(?:Sec\b|Section|\u00a7)|(?<=[a-z])\s+(?:charges?|counts?|convictions?)(?=\s*(?:$|[,;.)]|and\b|against\b|for\b|in\b|was\b|were\b|is\b))|and\s+(?:acquitted|found|ordered|appealed|filed|placed|then|later|thereafter|subsequently)\b|\s+of\s+[\"\u201c]|even\s+though|for\s+(?:his|her|their)\s+(?:role|part)|respectively|(?<!count\s)(?<!counts\s)each\b|"
    r"in\s+(?:cause|case|docket|trial\s+court\s+cause|count)\s+nos?\b|and\s+the\s+(?:other|remaining)\b|"
    r"and\s+(?:\w+\s+)?(?:other\s+)?(?:accusations?|charges|counts|offenses|crimes)\b|on\s+(?:\w+\s+)?(?:separate\s+)?occasions\b|"
    r"(?:but\s+)?not\s+(?:of|guilty)\b|with\s+(?:a|his|her|the)\s+co-?(?:defendant|conspirator)s?\b|and\s+testified\b|by\s+(?:a\s+)?(?:[\w-]+\s+)?(?:vote|margin)\b|by\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}verdict\b|"
    r"for\s+(?:breaking|entering|taking|stealing|selling|shooting|killing|striking|hitting|beating|stabbing|robbing|possessing|"
    r"having|touching|fondling|driving|using|carrying|threatening|assaulting|attacking|forging|writing|passing|cashing)\b|\s*(?:\u2014|--)|without\s+(?:an?\s+|the\s+)?(?:agreed|plea|benefit|recommendation)|(?:cannot|can|could|must|should|would|will|did|does|do|may|might)\b)"
)
_COUNT_RE = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|multiple|several|all)\s+"
    r"(?:\(\d+\)\s+)?(?:(?:consolidated|separate|additional|felony|misdemeanor|substantive)\s+)?(?:counts?|charges?|convictions?)\s+(?:each\s+)?(?:of\s+)?|counts?\s+(?:\w+\s+)?(?:of\s+)?|the\s+(?:crime|offense|charge)s?\s+of\s+|"
    r"(?:a|an|the)\s+(?:single\s+)?counts?\s+of\s+|(?:the\s+)?lesser[- ]included\s+(?:offenses?|crimes?|charges?)\s+of\s+|(?:an?\s+|the\s+)?(?:amended\s+|reduced\s+|original\s+|lesser\s+|separate\s+|additional\s+|further\s+|misdemeanor\s+|felony\s+)?charges?\s+of\s+|"
    r"(?:an?\s+|the\s+)?(?:amended\s+|reduced\s+|lesser\s+)?charges?\s+on\s+(?:one|two|three|four|five|\d+)\s+counts?\s+of\s+)",
    re.IGNORECASE,
)
_BAD_START_RE = re.compile(r"^(?:a|an|the|his|her|their|this|that|these|those|it|which|what|any|such|both|all|each|either|no|not|none)\b",
                            re.IGNORECASE)
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|whether|unless|could\s+(?:have\s+)?be(?:en)?|would\s+(?:have\s+)?be(?:en)?|may\s+be|shall|punishable|"
    # "a prisoner who is convicted of", not the accused described: "Roe, a state prisoner, challenges ...", "is a federal prisoner"
    r"must|either|to\s+be(?!\s+guilty)|(?:could|would|may|might|can)\s+(?:not\s+)?(?:\w+\s+){0,2}find|(?:a|any|the|every)\s+person|(?<!\bis\s)(?<!\bwas\s)(?:an?|any|every)\s+(?:\w+\s+)?(?:individual|prisoner|offender|inmate)s?(?!\s*,)|whoever|faces?|facing|eligible|risk|prior\s+convictions?|previous(?:ly)?\s+convicted|previous\s+convictions?|"
    r"was\s+not\s+convicted|never\s+convicted|acquitted|prior\s+(?:\w+\s+)?convictions?|had\s+(?:once|earlier|formerly)\s+been)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ChargeFact:
    offense: str
    evidence: Evidence
    statute: str | None = None


def _clean_offense(raw: str) -> str | None:
    off = re.sub(r"\s+", " ", raw).strip(" ,")
    if re.match(r"(?:(?:the|these|those|both|all|said)\s+(?:(?:two|three|four|five|six|\d+)\s+)?|(?:two|three|four|five|six|\d+)\s+)"
                r"(?:[\w-]+\s+){0,2}(?:charges|counts|offenses|crimes)\b(?=\s*(?:$|[,;.)]|and\b|against\b|were\b|was\b))", off, re.IGNORECASE):
        return None  # "the two possession charges": a reference back to offenses named elsewhere
    # "counts 2 and 6 for felony false imprisonment": the counts, then the offense
    off = re.sub(r"^counts?\s+[\dIVX]+(?:\s*(?:,|and|&|through|-)\s*[\dIVX]+)*\s+(?:for|of)\s+", "", off, flags=re.IGNORECASE)
    off = re.sub(r"^(?:the\s+)?(?:crime|offense)\s+of\s+[\"\u201c]", "", off, flags=re.IGNORECASE)  # 'the crime of "Forgery ..."'
    off = re.sub(r"^(?:(?:his|her|the)\s+)?convictions?\s+(?:of|for)\s+", "", off, flags=re.IGNORECASE)  # "sentence for convictions of X"
    off = re.sub(r"(?<=\w)[\"\u201d]\s*(?:and|or|,)\b.*$", "", off)  # '"the offense of leaving the scene" and is worded ...'
    off = re.sub(r"[.;][\"\u201d].*$", "", off)  # a quotation ends: 'guilty of making false statements.” Roe v. State'
    m = _END_RE.search(off)
    if m:
        off = off[: m.start()]
    off = off.strip(" ,-\u2014\"\u201c\u201d")
    off = re.sub(r"^(?:of|for|with)\s+", "", off)
    off = _COUNT_RE.sub("", _COUNT_RE.sub("", off).strip()).strip()  # "two counts of the lesser-included offense of"
    # "twenty-one felony violations of the Lacey Act": a leading number counts the offenses
    off = re.sub(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty)(?:-\w+)?)\s+(?=\w+\s+\w+s\b)",
                 "", off, flags=re.IGNORECASE)
    off = re.split(r"[\]\[*]", off, maxsplit=1)[0].strip(" ,")
    off = re.sub(r"^(?:[\w-]+[- ](?:years?|months?)|life)(?:\s+in\s+prison|\s+imprisonment)?\s+for\s+", "", off, flags=re.IGNORECASE)
    off = re.sub(r"^(?:(?:guilty|nolo\s+contendere|no\s+contest)\s+(?:plea\s+)?to\s+(?:the\s+)?)", "", off, flags=re.IGNORECASE)
    off = re.sub(r"^(?:having(?!\s+(?:an?\s+)?(?:weapons?|firearms?)\b)|committing|for|(?:the\s+)?(?:substantive\s+)?offense\s+of|the\s+crime\s+of)\s+(?:the\s+)?", "", off,
                 flags=re.IGNORECASE)
    off = re.sub(r"^(?:the\s+|an?\s+)?(?:class\s+\w+\s+|[\w-]+[- ]degree\s+|third-?\s?degree\s+)?(?:felony|misdemeanor)\s+"
                 r"(?:offense|crime|charge)s?\s+of\s+", "", off, flags=re.IGNORECASE)
    desc = re.match(r"(?:(?!and\b|of\b|or\b)\w+[- ]){0,4}(?:felony|felonies|offenses|crimes|charges|counts)\b", off, re.IGNORECASE)
    if desc and not _HEAD_RE.match(off[desc.end() :].strip()):
        return None  # "two first degree felony offenses": a description, not an offense
    off = re.sub(r"^(?:the\s+)?(?:lesser(?:\s+included)?\s+(?:offense|crime|charge)\s+of\s+|responsive\s+(?:verdict|offense|crime)\s+of\s+)",
                 "", off, flags=re.IGNORECASE)
    off = re.sub(r"\s*,\s*(?:and\s+)?$|\s+generally$", "", off)  # "a plea of guilty to murder generally"
    off = re.sub(r"^class\s+\w\s+(?:felony|misdemeanor)\s+(?=\w)", "", off, flags=re.IGNORECASE)
    if "?" in off or re.fullmatch(
        r"aiding\s+and\s+abetting|(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|several|multiple|\d+)\s+"
        r"(?:\w+\s+)+(?:offenses|charges|counts|convictions)", off, re.IGNORECASE):
        return None  # a theory of liability, or a description ("two possession of a firearm offenses")
    if not off or len(off) > 140 or not _HEAD_RE.search(off):
        return None
    if _BAD_START_RE.match(off) and not re.match(r"(?:a|an)\s+(?:controlled|firearm|weapon)", off, re.IGNORECASE):
        return None
    if re.search(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|i|[Yy]ou)\b", off):  # not "Schedule I"
        return None
    # "murder of Ann Roe": the victim's name is not part of the offense ("Possession of Drug Paraphernalia" names a thing)
    # ("the murders of Ann Roe and Bob Roe": several victims)
    victim = re.search(r"\s+of\s+((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){1,3}"
                       r"(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){0,3})*)$", off)
    if victim and not _HEAD_RE.search(victim.group(1)):
        return off[: victim.start()]
    return off


_OFFENSE_NOUN_RE = re.compile(
    rf"\b(?:{OFFENSE_HEADS.replace('cocaine|marijuana|heroin|methamphetamine|', '')})\b", re.IGNORECASE
)
_DROPPED_RE = re.compile(r"\b(?:was|were)\s+(?:later\s+|subsequently\s+)?(?:dismissed|nolle\s+prossed|nol-prossed|acquitted)\b",
                         re.IGNORECASE)
_DISMISSAL_AFTER_RE = re.compile(r"\b(?:in\s+exchange\s+for|dismissal\s+of)\b", re.IGNORECASE)
# (not the comma inside an amount: "valued at more than $1,500")
_LIST_SEP_RE = re.compile(r"\s*(?:[,;]\s*and,?\s+|,\s*or\s+|(?:;|,(?!\d{3}\b))\s*|\s+and\s+)")


def _key(offense: str) -> str:
    key = re.sub(r"[^a-z0-9]+", " ", offense.lower()).strip()
    return re.sub(r"^(?:a|an|the)\s+", "", key)


def _degree_key(key: str) -> str:
    """"murder in the first degree" is "first degree murder"."""
    return re.sub(r"^(.+?) in the (first|second|third|fourth) degree\b", r"\2 degree \1", key)


_DRUG = (r"(?:cocaine(?:\s+base|\s+hydrochloride)?|crack(?:\s+cocaine)?|marijuana|heroin|methamphetamine|fentanyl|oxycodone|"
         r"hydrocodone|MDMA|ecstasy|LSD|PCP)")
_DRUG_ONLY_RE = re.compile(rf"{_DRUG}(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+)?{_DRUG})*", re.IGNORECASE)


# "methamphetamine manufacture, importation, and distribution": the drug named once modifies each act
_ACTS = r"(?:manufacture|manufacturing|importation|importing|distribution|distributing|possession|sale|trafficking|delivery|cultivation|smuggling)"
_DRUG_ACT_RE = re.compile(rf"({_DRUG})\s+{_ACTS}", re.IGNORECASE)
_ACT_ONLY_RE = re.compile(_ACTS, re.IGNORECASE)


def _head_key(offense: str) -> str:
    head = _OFFENSE_NOUN_RE.search(offense) or _HEAD_RE.search(offense)
    return _key(offense[: head.end()]) if head else _key(offense)


# pairs joined by "and" inside one offense's name
_AND_INSIDE_RE = re.compile(r"\b(?:lewd|breaking|aiding|assault|cheating|kidnapping|willful|wilful|knowing|obtaining|possession)\s*$", re.IGNORECASE)
_AND_INSIDE_AFTER_RE = re.compile(r"(?:lascivious|entering|abetting|battery|defrauding|wanton|intentional|false\s+pretenses?|"
                                  r"carrying)\b", re.IGNORECASE)


def _list_items(phrase: str) -> list[tuple[str, int]]:
    """Split "A, B, and C" (statute references already blanked) into items with offsets.

    "and" splits only when the words after it start another offense; a comma always splits,
    and the caller stops at the first item that names no offense.
    """
    items: list[tuple[str, int]] = []
    pos = 0
    for m in _LIST_SEP_RE.finditer(phrase):
        before = phrase[pos : m.start()]
        if ";" not in m.group(0) and (
            re.fullmatch(r"\s*\w+ing(?:,\s*\w+ing)*", before) and not _HEAD_RE.fullmatch(before.strip())
            or re.search(r"\b(?:of|for|to|in)\s+\w+ing\s*$", before)
            or re.search(r"\b(?:during|of|in|to|with|by|for|from)\s*$", before)
        ):
            continue  # "using, carrying and possessing a firearm during and in relation to ..."
        shared = re.match(r"\s*(\w+)\s+(\w+)\b", phrase[m.end() :])
        left_word = re.search(r"(\w+)\s*$", phrase[pos : m.start()])
        if ("," not in m.group(0) and ";" not in m.group(0) and shared and left_word
                and _HEAD_RE.fullmatch(left_word.group(1) + " " + shared.group(2))
                and not _HEAD_RE.fullmatch(left_word.group(1))):
            continue  # "conspiracy to commit mail and wire fraud": both words modify "fraud"
        if "," not in m.group(0) and ";" not in m.group(0) and _AND_INSIDE_RE.search(phrase[pos : m.start()]) and \
                _AND_INSIDE_AFTER_RE.match(phrase, m.end()):
            continue  # "lewd and lascivious", "breaking and entering": one offense's name
        if "," not in m.group(0) and ";" not in m.group(0) and re.match(
                r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+)?counts?\s+of\s", phrase[m.end() :], re.IGNORECASE):
            items.append((phrase[pos : m.start()], pos))  # "... and one count of X": another offense, counted
            pos = m.end()
            continue
        if "," not in m.group(0) and ";" not in m.group(0) and re.match(r"of\s+(?!the\b|a\b|an\b|his\b|her\b)", phrase[m.end() :]) and \
                _OFFENSE_NOUN_RE.search(phrase[pos : m.start()]):
            items.append((phrase[pos : m.start()], pos))  # "convicted of X ... and of Y": a second "of" starts the next offense
            pos = m.end()
            continue
        if "," not in m.group(0) and ";" not in m.group(0):
            rest = phrase[m.end() : m.end() + 80]
            rest = _COUNT_RE.sub("", re.sub(r"^(?:of|to|for|with)\s+", "", rest))  # "robbery and of two counts of using ..."
            if re.fullmatch(r"(?:[A-Z][a-z]+\s?)+", phrase[pos : m.start()].strip()) and re.match(r"[A-Z][a-z]+", rest):
                # "Rape and Criminal Deviate Conduct": offenses written as titles
                items.append((phrase[pos : m.start()], pos))
                pos = m.end()
                continue
            if not re.match(r"(?:\w+[- ]){0,5}?(?:" + OFFENSE_HEADS + r")\b", rest, re.IGNORECASE) or re.match(
                r"(?:commit|possess|distribute|defraud|launder|manufacture|import|obstruct|make|use(?!\s+of\b)|sell|deliver|transport)\b", rest
            ):
                continue  # "conspiracy to destroy property and commit mail fraud" is one offense
            if not _OFFENSE_NOUN_RE.search(phrase[pos : m.start()]):
                continue  # "possession or dealing in ..." keeps its own "and"/"or"
        items.append((phrase[pos : m.start()], pos))
        pos = m.end()
    items.append((phrase[pos:], pos))
    out = []
    for item, off in items:
        lead = len(item) - len(item.lstrip())
        item = re.sub(r"\s+", " ", item).strip()
        if item:
            out.append((item, off + lead))
    return out


# a parenthetical that is part of the offense's wording: the substance or the short name ("obtaining a controlled
# substance (Percocet) by fraud", "driving under the influence (DUI)"), not a grade, a count or a statute
_WORDING_PARENTHETICAL = (
    r"\((?![^)]*\b(?i:felony|felonies|misdemeanor|counts?|sic|hereinafter|class|degree|grade|[IVX]+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|first|second|third|fourth|fifth|repealed|amended|former|formerly|now|see|et|seq|supra|infra|"
    r"emphasis|footnote|the|a|an|and|or)\b)[A-Za-z][a-z-]{2,}(?:[ \t][A-Za-z][a-z-]*)?\)|\([A-Z]{2,5}\)")  # (not "(d)")
_WORDING_PARENTHETICAL_RE = re.compile(r"[ \t]*(?:" + _WORDING_PARENTHETICAL + ")")


# a semicolon ends the phrase unless it separates offenses ("X, in violation of ...; Y, in violation of ...; and Z")
_PHRASE_END_RE = re.compile(
    r"[.]\d{0,2}\s|[.]$|:|(?!(?-i:" + _WORDING_PARENTHETICAL + r"))\(|;(?!\s*(?:and,?\s+)?(?:(?:one|two|three|four|five|six|\d+)\s+counts?\s+of\b|"
    r"(?:[\w-]+,?\s+){0,5}?(?:" + OFFENSE_HEADS + r")\b))",
    re.IGNORECASE,
)


_TERM = (r"(?:life|death|(?:\d+|[a-z]+(?:[- ][a-z]+)?)[- ](?:years?|months?|days?))"
         r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:State\s+|state\s+|county\s+|[Cc]ounty\s+)?(?:prison|jail|imprisonment|confinement|custody|"
         r"penitentiary))?")
# "sentenced Powell to life in prison for three counts of X, sixty years in prison for two counts of Y, ... and 128 days for Z"
_SENTENCE_LIST_RE = re.compile(
    rf"\b{_TERM}\s+for\s+(?P<off>(?!a\s+term|the\s+term|each\b)[^,;.]{{3,160}}?)"
    rf"(?=,\s*(?:and\s+)?{_TERM}\s|,?\s+and\s+{_TERM}\s|\s*[.;])"
)
_SENTENCED_RE = re.compile(r"\bsentenced\s+(?:him|her|them|[A-Z][a-z]+|(?:the\s+)?(?:defendant|appellant|petitioner))?\s*to\b")
# an appositive that grades the offense: "selling a narcotic drug, which is a felony, and of possessing barbiturates, a misdemeanor"
_GRADE_APPOSITIVE_RE = re.compile(r",\s*(?:which\s+is\s+)?an?\s+(?:class\s+\w+\s+)?(?:felony|misdemeanor)\s*(?=,|\.|;|$)", re.IGNORECASE)
# a witness's own record: "Nava admitted he had been convicted of robbery"
_IMPEACHMENT_RE = re.compile(r"\b(?:admitted|admits|testified|acknowledged|conceded|stated)\b[^.;]{0,40}\bhad(?:\s+\w+){0,2}\s*$|"
                            r"\b(?:previously|formerly)\s*$")
# "was charged ... with the crime of X, was tried, convicted, sentenced ...": the charge is the offense of conviction
_TRIED_CONVICTED_RE = re.compile(r"\b(?:was|were)\s+(?:tried(?:\s+and|,)\s+)?(?:convicted|found\s+guilty)(?!\s+(?:of|on|for|in)\b)|"
                                 r",\s+tried(?:\s+and|,)\s+(?:convicted|found\s+guilty)(?!\s+(?:of|on|for|in)\b)")  # "indicted for X, tried and convicted"


def _offense_phrase(text: str, start: int, sentence_end: int, end: int, reach: int) -> str:
    """The text from ``start`` to the sentence end, at least ``reach`` characters (the sentence splitter stops inside
    "(Pen. Code, § 211)"), with statute references and parentheticals blanked so offsets hold."""
    raw = text[start : min(end, max(sentence_end, start + reach))]
    named = _VIOLATING_NAMED_RE.match(raw)
    if named:
        # "violating section 12021 of the Penal Code (former felon's possession of a weapon)": the words in parentheses
        return " " * named.start("words") + named.group("words") + " " * (len(raw) - named.end("words"))
    return _STATUTE_REF_RE.sub(lambda x: x.group(0) if _WORDING_PARENTHETICAL_RE.fullmatch(x.group(0)) else " " * len(x.group(0)), raw)


_VIOLATING_NAMED_RE = re.compile(r"violat(?:ing|ions?\s+of)\s+(?:[^()\n]|\([\w.]{1,4}\)){0,80}?\((?P<words>[A-Za-z][^()\d]{3,120})\)")


# "Operating a Motor Vehicle After Underage Consumption (R.C. 4511.19(B)(2)), Defective Muffler (R.C. 4513.22)": offenses
# written as titles, each followed by the statute in parentheses
_TITLED_OFFENSE_RE = re.compile(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|a|an|the|of|to|in|on|with|for|and|or|by|under)){1,8}")
_STATUTE_AFTER_RE = re.compile(r"\s*\((?:R\.\s?C\.|O\.R\.C\.|\u00a7|[A-Z][\w.]*\s+(?:Code|Stat|Penal|Rev)|\d+\s+U\.\s?S\.\s?C|"
                               r"(?:La\.\s*)?R\.\s?S\.|(?:Pen(?:al)?|Veh(?:icle)?|Health\s+&\s+Saf)\.?\s+Code|\d+[-.:]\d)")


# the offense written before the word: "his first degree murder conviction", "appellant's robbery and kidnapping convictions"
_OFFENSE_THEN_CONVICTION_RE = re.compile(
    r"\b(?:his|her|(?:the\s+)?(?:defendant|appellant|petitioner)['\u2019]s)\s+"
    r"(?!(?:prior|previous|earlier|former|past|other|juvenile|later|subsequent)\b)"
    rf"(?:(?:state|federal|underlying|original|\d{{4}}|two|three|four|\d+|{_STATE})\s+)*"
    r"(?:[\u201c\"][^\u201d\"]{1,60}[\u201d\"]\s+)?"  # 'his "natural and probable consequences" murder conviction': a theory, not the offense
    rf"(?P<off>(?:[\w-]+\s+){{0,5}}?(?:{OFFENSE_HEADS}))\s+convictions?\b", re.IGNORECASE)

# the sentence is about the accused's record: "his robbery conviction was a predicate violent felony under the ACCA"
_PRIOR_RECORD_RE = re.compile(r"\b(?:predicate|prior|previous|earlier|habitual|career\s+offender|enhance\w*|impeach\w*)\b", re.IGNORECASE)

# a conviction undone on appeal was still one: "The Supreme Court reversed an earlier capital murder conviction"
_UNDONE_CONVICTION_RE = re.compile(
    r"\b(?:reversed|vacated|overturned|set\s+aside)\s+(?:(?:his|her|the|an?|(?:the\s+)?(?:defendant|appellant|petitioner)['\u2019]s)\s+)?"
    r"(?:(?:earlier|first|original|initial)\s+)?"
    rf"(?P<off>(?:[\w-]+\s+){{0,4}}?(?:{OFFENSE_HEADS}))\s+convictions?\b", re.IGNORECASE)

# Texas: "The offense is murder; the punishment, ten years."
_OFFENSE_IS_RE = re.compile(r"\b[Tt]he\s+offense\s+is\s+(?P<off>[^.;]{3,120}?)\s*;\s+(?:the\s+)?punishment\b")


def extract_charges(ctx: Context) -> list[ChargeFact]:
    """Offenses of conviction found in the header and majority body.

    Returns:
        One ``ChargeFact`` per distinct offense wording, in text order.
    """
    if not ctx.criminal:
        return []
    text = ctx.text
    end = ctx.facts_end
    out: list[ChargeFact] = []
    accused = accused_words(ctx)

    def add(off_raw: str, start: int, conf: float, method: str) -> None:
        # a semicolon ends the phrase unless it separates counts ("kidnapping, ...; one count of abduction, ...")
        off_raw = _PHRASE_END_RE.split(off_raw + " ", maxsplit=1)[0]
        first = len(out)
        shared_drug = None
        for n, (piece, off) in enumerate(_list_items(off_raw)):
            if re.fullmatch(r"(?:an?|the)\s+(?:class\s+\w+\s+|[\w-]+\s+){0,3}(?:felony|misdemeanor|offense)", piece, re.IGNORECASE):
                continue  # "a fourth degree felony": an appositive, the list goes on
            if re.search(r"\bspecifications?$", piece, re.IGNORECASE):
                continue  # "and a firearm specification": Ohio's sentence enhancement, not an offense
            if re.match(r"(?:assessing|fixing|setting|imposing)\b", piece, re.IGNORECASE):
                continue  # "guilty of X, assessing his punishment at 60 years, and Y": an aside, the list goes on
            if re.match(r"(?:but\s+)?(?:not|acquitted|except|to)\b", piece, re.IGNORECASE):
                break
            if n > 0 and len(out) > first and _DRUG_ONLY_RE.fullmatch(piece):
                # "... 50 grams of cocaine base, cocaine and marijuana": the drugs belong to the offense before
                prev = out[-1]
                e = start + off + len(piece)
                if 0 < e - prev.evidence.end <= 40:
                    out[-1] = ChargeFact(re.sub(r"\s+", " ", text[prev.evidence.start : e]),
                                         Evidence(prev.evidence.start, e, method, conf))
                continue
            if n > 0:
                piece = re.sub(r"^the\s+(?=\w)", "", piece)  # "feticide and the kidnaping and murder of ..."
            piece_clean = _clean_offense(piece)
            if n == 0:
                shared_drug = _DRUG_ACT_RE.fullmatch(piece_clean or "")
            elif shared_drug and piece_clean and _ACT_ONLY_RE.fullmatch(piece_clean):
                piece_clean = f"{shared_drug.group(1)} {piece_clean}"  # "methamphetamine manufacture, importation, and distribution"
            if not piece_clean and _TITLED_OFFENSE_RE.fullmatch(piece) and _STATUTE_AFTER_RE.match(text, start + off + len(piece)):
                piece_clean = piece  # an offense written as a title and followed by its statute needs no offense word
            elif not piece_clean or (n > 0 and not _OFFENSE_NOUN_RE.search(piece_clean)):
                break
            dropped = _DROPPED_RE.search(piece)
            if dropped and not _END_RE.search(piece[: dropped.start()]):
                break  # "... and the second count of forgery was dismissed"
            # "abduction in exchange for dismissal of the two counts of rape and one count of kidnaping": the
            # offenses after the dismissal are not offenses of conviction
            ended = bool(_DISMISSAL_AFTER_RE.search(piece))
            key = _key(piece_clean)
            head = _head_key(piece_clean)
            # a fuller wording of an offense read before ("conspiracy" then "conspiracy to murder") replaces it
            shorter = [i for i, c in enumerate(out[:first])
                       if _key(c.offense) == head and re.match(re.escape(head) + r" (?:to|in the) ", key)]
            if not shorter and any(
                _key(c.offense) == key or _key(c.offense).startswith(key + " ") or (i < first and _head_key(c.offense) == head)
                or _degree_key(_key(c.offense)) == _degree_key(key)
                for i, c in enumerate(out)
            ):
                # the same offense again; items of one list are distinct offenses, but another
                # statement naming the same kind of offense ("sexual contact with ...") is a rewording
                if ended:
                    break
                continue
            s = text.find(piece_clean, start)
            if s < 0 or s > start + 400:
                s = start + off
                e = s + len(piece_clean)
            else:
                e = s + len(piece_clean)
            fact = ChargeFact(text[s:e] if text[s:e] == piece_clean else piece_clean, Evidence(s, e, method, conf))
            if shorter:
                out[shorter[0]] = fact
            else:
                out.append(fact)
            if ended:
                break

    for m in _CONVICTION_RE.finditer(text, 0, end):
        if not ctx.usable(m.start(), m.end()):
            continue
        s0, e0 = ctx.sentence(m.start())
        # read past the sentence splitter's end: "(Pen. Code, § 211)" holds periods; add() cuts at the real end
        raw = _offense_phrase(text, m.start("off"), e0, end, 400)
        raw = _ENUMERATION_RE.sub(lambda x: " " * len(x.group(0)), raw)
        raw = _GRADE_APPOSITIVE_RE.sub(lambda x: " " * len(x.group(0)), raw)
        before = text[s0 : m.start()]
        if _IMPEACHMENT_RE.search(before[-100:]):
            continue
        hyp = _HYPOTHETICAL_RE.search(before[-80:]) or _HYPOTHETICAL_RE.search(m.group(0)[:40])
        if hyp and not (hyp.group(0).lower() == "acquitted" and re.search(r"\b(?:and|but)\s+(?:(?:was|were|he|she)\s+)*$", before)):
            continue  # "acquitted of X, and was found guilty of Y" still names Y
        if ctx.sentence_cites_case(m.start()) or PRECEDENT_TOLD_RE.match(text, s0):
            continue
        if anothers_plea(text, m.start(), s0, accused if re.match(r"(?:pleaded|pled|plead)\b", m.group(0)) else frozenset()):
            continue  # "Hale, who had pleaded guilty to the robbery, testified", "His codefendant, Poe, was convicted of X"
        cue = m.group(0)[: m.start("off") - m.start()]
        pair = re.match(r"found\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?([A-Z][a-z]+)\s+and\s+(?:his|her)\s", cue)
        if pair and accused and pair.group(1) not in accused:
            continue  # "The jury found Hale and his wife guilty of X": another couple
        if not pair and _SUBJECT_CUE_RE.search(cue) and _others_subject(before, accused):
            continue  # "His brother is incarcerated for murder", "Hale completed her sentence for theft"
        told = [t for t in re.finditer(r"\b(?:testif\w+|revealed|admitted|acknowledged|conceded|witness\w*)\b", before)]
        said = before[max(0, told[-1].start() - 40) :] if told else ""
        if told and not re.search(r"\b(?:defendant|appellant|petitioner|accused)\b", said, re.IGNORECASE) \
                and not accused & set(re.findall(r"[A-Z][a-z]+", said)):
            continue  # "Poe, a witness, revealed that he was on probation for his conviction of X": the witness's record
        owner = re.match(r"([A-Z][a-z]+)['\u2019]s\s+(?:\w+\s+){0,3}?(?:convictions?|plea|guilty|no\s+contest|nolo)\b", m.group(0))
        if owner and accused and owner.group(1) not in accused and owner.group(1) not in NOT_OTHERS:
            continue  # "Poe's conviction for robbery", "Poe's plea of guilty to theft": a named person not the accused
        add(raw, m.start("off"), 0.75, "charges.conviction")
    for m in _OFFENSE_THEN_CONVICTION_RE.finditer(text, 0, end):
        s0, e0 = ctx.sentence(m.start())
        if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()) and not _PRIOR_RECORD_RE.search(text, s0, e0):
            add(m.group("off"), m.start("off"), 0.65, "charges.offense_then_conviction")
    for m in _UNDONE_CONVICTION_RE.finditer(text, 0, end):
        s0, e0 = ctx.sentence(m.start())
        # ("earlier" names the first trial's conviction here, not the accused's record)
        if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()) and \
                not _PRIOR_RECORD_RE.search(text[s0 : m.start()] + " " + text[m.end() : e0]):
            add(m.group("off"), m.start("off"), 0.6, "charges.undone_conviction")
    for m in _OFFENSE_IS_RE.finditer(text, 0, end):
        if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
            add(m.group("off"), m.start("off"), 0.7, "charges.offense_is")
    for m in _SENTENCED_RE.finditer(text, 0, end):
        if not ctx.usable(m.start(), m.end()) or ctx.sentence_cites_case(m.start()):
            continue
        _, e0 = ctx.sentence(m.start())
        items = list(_SENTENCE_LIST_RE.finditer(text, m.end(), min(end, e0 + 1)))
        if len(items) >= 2:
            for it in items:
                add(it.group("off"), it.start("off"), 0.7, "charges.sentence_list")
    charged = [m for m in _CHARGED_RE.finditer(text, 0, end)
               if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start())]
    for m in charged:
        s0, e0 = ctx.sentence(m.start())
        if _HYPOTHETICAL_RE.search(text[s0 : m.start()]):
            continue
        if _TRIED_CONVICTED_RE.search(text, m.start("off"), e0) and re.search(
                r"\b(?:defendant|appellant|accused|petitioner|he|she)\b|^[A-Z]", text[s0 : m.start()], re.IGNORECASE):
            add(m.group("off"), m.start("off"), 0.7, "charges.charged_and_convicted")
    pleas = [m for m in _AS_CHARGED_RE.finditer(text, 0, end) if ctx.usable(m.start())]
    # "the jury convicted him on all counts": every offense charged just before is one of conviction, even when some
    # were read elsewhere
    if pleas and (not out or re.search(r"\b(?:all|both)\b|\bas\s+charged\b", pleas[0].group(0), re.IGNORECASE)):
        # the charges stated just before "convicted on all counts" / "pleaded guilty to the charge"
        near = [m for m in _CHARGED_RE.finditer(text, max(0, pleas[0].start() - 600), pleas[0].start())
                if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start())
                and not _OTHER_PERSON_RE.search(text, ctx.sentence(m.start())[0], m.start())]  # "His brother was tried for X"
        if not near and not pleas[0].group("bare"):
            near = charged[:1]
        for m in near:
            # the whole charging sentence, statute parentheticals blanked: "charged with X (§ 289; count 1), Y (...)"
            _, e0 = ctx.sentence(m.start())
            raw = _offense_phrase(text, m.start("off"), e0, end, 600)
            add(raw, m.start("off"), 0.6, "charges.as_charged")
    if not out:
        # "Appellant was brought to trial on three counts of first-degree murder ... [pages of facts] ... Appellant was
        # convicted and sentenced to death": with no offense named at the conviction, the offense he was tried for
        tried = [m for m in _TRIED_ON_RE.finditer(text, 0, end) if ctx.usable(m.start(), m.end()) and not ctx.sentence_cites_case(m.start())
                 and not _others_subject(text[ctx.sentence(m.start())[0] : m.start()], accused)
                 and not _ACQUITTED_RE.search(text, *ctx.sentence(m.start())) and not _HYPOTHETICAL_RE.search(text, ctx.sentence(m.start())[0], m.start())]
        if tried and any(c.result == "convicted" and c.kind != "plea" for c in extract_convictions(ctx)):
            m = tried[0]
            _, e0 = ctx.sentence(m.start())
            add(_offense_phrase(text, m.start("off"), e0, end, 400), m.start("off"), 0.5, "charges.tried_on")
    return out


_TRIED_ON_RE = re.compile(
    r"\b(?:(?:was|were)\s+tried|brought\s+to\s+trial|stood\s+trial|went\s+to\s+trial)(?:\s+(?:before|by)\s+(?:a|the)\s+(?:jury|court|judge))?\s+"
    r"(?:for|on\s+(?:(?:\w+\s+)?charges?\s+of|(?:one|two|three|four|five|six|\d+)\s+counts?\s+of))\s+(?!and\b)(?P<off>[^.;:()\[\]\n]{3,200})")
# cues whose subject must be the accused: a sentence served, a prison term, a trial, a verdict on "X and his wife"
_SUBJECT_CUE_RE = re.compile(r"^(?:(?:is|was|being|remains)\s+(?:\w+ly\s+)?(?:incarcerated|imprisoned|confined)|(?:(?:is|was|being)\s+)?serving\s|"
                             r"(?:his|her)\s+(?:[\w-]+\s+){0,2}sentences?\s|found\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]+\s+and\s+(?:his|her)\s)")
_OTHER_PERSON_RE = re.compile(r"\b(?:brother|sister|wife|husband|son|daughter|father|mother|cousin|friend|girlfriend|boyfriend|witness\w*|"
                              r"informant|victim\W?s?|co-?defendants?|accomplices?|co-?conspirators?|co-?worker|neighbou?r)\b", re.IGNORECASE)
_NOT_NAMES = frozenset({"The", "In", "On", "At", "After", "Before", "During", "When", "Since", "Following", "State", "Appellant", "Defendant",
                        "Petitioner", "Movant", "Accused", "He", "She", "His", "Her", "This", "That", "Mr", "Ms", "Mrs", "Dr", "Court", "Applicant"})


def _others_subject(before: str, accused: frozenset[str]) -> bool:
    """The words before the cue name someone other than the accused: a relative, a witness, or a named person not the accused."""
    if _OTHER_PERSON_RE.search(before):
        return True
    names = set(re.findall(r"\b[A-Z][a-z]+\b", before)) - _NOT_NAMES
    return bool(accused and names and not names & accused)


_ACQUITTED_RE = re.compile(r"\b(?:acquitted|not\s+guilty|acquittal|dismissed|mistrial)\b", re.IGNORECASE)
