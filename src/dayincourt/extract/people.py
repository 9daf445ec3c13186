"""People and their roles: the accused from the caption or role cues, counsel from the counsel
block, judges from panel/author/concurrence lines and trial-court mentions, and police,
victims, witnesses, co-defendants and informants from titles and role cues in the body.
"""

from __future__ import annotations

import re
import unicodedata

from ._text import PERSON_NAME_RE, clean_name, fix_caps, is_person_name, paragraph_bounds, surname
from .context import APPEAL_FROM_PAREN_RE, US_STATES, Context
from .facts import Evidence, PersonFact

_M = "people"
_POLICE_TITLE_RE = re.compile(
    r"\b(?P<title>(?:Deputy\s+Sheriff|Special\s+Agents?|Police\s+Officers?|Officers?|Deputy(?!\s+(?:Clerk|Attorney|District|Public|Prosecut|Solicitor|Commissioner|Director|Register|Court))|Detective|Det\.|Sergeant|Sgt\.|"
    r"Lieutenant|Lieut\.|Lt\.|Trooper|Patrolman|Corporal|Cpl\.|Investigator|Sheriff|Agent|Inspector|Marshal|Constable|"
    r"Police\s+Chief|Chief\s+of\s+Police|Chief(?!\s+(?:Judge|Justice|Deputy|Assistant|Executive|Counsel|Magistrate|"
    r"Administrative|Disciplinary|Prosecutor|Public|Financial|Medical|Operating|Appellate|Trial|Staff|Clerk|Probation|Legal|Executive)\b))"
    r"(?:\s+(?:Sergeant|Sgt\.|Detective|Lieutenant|Officer))?)"
    r"\s+(?P<name>(?:[A-Z][a-z]*[A-Z][a-z]+|[A-Z][a-z]+|[A-Z]\.(?:\s?[A-Z]\.)*)(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){0,3})"
)
# the words of a name may wrap onto the next line, never across a blank line ("The Facts\n\nAlfred Smith")
# letters with accents count ("Ana Peña", "José Núñez")
_NAME = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]['\u2019][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=\S))(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\u2019\-]+|\"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\")){0,3}"
_INITIALS = r"[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?"
_NAME_OR_INITIALS = rf"(?:{_INITIALS}[ \t]+[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'\-]+|{_NAME}|{_INITIALS})"  # "W.R. Duckworth" whole  # the full name first: "A. A. Hinson" is not "A. A."
_NOT_INITIALS = {"U.S.", "N.D.", "S.D.", "D.C.", "A.M.", "P.M.", "E.D.", "W.D.", "M.D.", "C.J.", "P.J.", "J.P.",
                 "U.S.C.", "R.S.", "N.Y.", "N.J.", "N.C.", "S.C.", "L.A.", "D.A.", "I.D."}

_VICTIM_RES = [
    re.compile(rf"\bvictims?\s*(?:,|was|is|were|named)?\s*(?P<name>{_NAME_OR_INITIALS})(?:,?\s+and\s+(?P<name2>{_NAME_OR_INITIALS}))?(?=[\s,.;)(])"),
    # "Ann Roe, the victim, ...", "A.B., the fourteen-year-old complainant, testified" (not "Ann Roe, the victim's mother",
    # nor "According to Ann Roe, the victim hit him")
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS}),\s+(?:an?\s+[a-z][a-z ]{{1,30}}?\s+and\s+)?the\s+(?:(?!of\b)[\w-]+\s+){{0,2}}?(?:victim|complainant)\b"
               r"(?=\s*[,.;:)\]]|\s+(?:of|in|who|whom|named|herein)\b|\s*$)"),
    # (an age or a title may stand before the name: "the murder of six-year-old Ann Roe", "the death of Dr. Carl Poe")
    re.compile(rf"\b(?:murder(?:ing)?|killing|death|shooting|stabbing|rape|robbery|beating|kidnapping|abduction|"
               rf"assault)\s+of\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|(?:Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    re.compile(rf"\b(?:killed|shot|murdered|stabbed|robbed|raped|assaulted|strangled|kidnapped|molested)\s+(?:the\s+said\s+|one\s+|a\s+)?"
               rf"(?P<name>{_NAME_OR_INITIALS})(?:\s+and\s+(?P<name2>{_NAME_OR_INITIALS}))?(?=[\s,.;)])"),
    # indictment language: "did kill and murder the said John Roe", "feloniously shoot the said John Roe"
    re.compile(rf"\b(?:kill|murder|shoot|stab|rob|rape|assault|strike|beat)\s+(?:the\s+said|one)\s+(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})\s+(?:was|is|became)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?victim\b"),
    # the dead: "Ruth died as the result of a gunshot wound", "Calvin Roe's body was located", "was found dead"
    re.compile(rf"(?P<name>(?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){{1,3}})(?:['\u2019]s\s+(?:body|corpse|remains)\b|\s+(?:was|were)\s+found\s+dead\b|\s+died\s+"
               r"(?:as\s+(?:a|the)\s+result|from|of\s+(?:a|his|her|the|multiple)|at\s+the\s+scene|instantly|shortly|the\s+next\s+day|"
               r"in\s+the\s+hospital|later\s+that))"),
    # "the morning of Shell's death", "Ann Roe's murder" (the caller resolves or drops a bare name)
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})['\u2019]s\s+(?:murder|death|killing|rape|abduction|kidnapping|shooting|stabbing|"
               r"murderer|killer|assailant|attacker)\b(?!\s+(?:penalty|sentence|row|case|warrant))"),
    # the court orders the accused to repay the people he harmed
    re.compile(rf"\brestitution\s+(?:of\s+\$[\d,.]+\s+)?to\s+(?P<name>{_NAME_OR_INITIALS})(?:,?\s+and\s+(?:amounts\s+to\s+)?(?P<name2>{_NAME_OR_INITIALS}))?(?=[\s,.;)])"),
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})\s+was\s+(?:tragically\s+|fatally\s+)?(?:shot|killed|murdered|stabbed|robbed|raped)\b"),
    # indictment language and plans: "the personal property of A. B. Roe", "intent to defraud Jane Roe", "planning to rob John Roe"
    re.compile(rf"\b(?:personal\s+)?property\s+of\s+(?:one\s+)?(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)\"\u201d])"),
    re.compile(rf"\b(?:intent\s+to\s+(?:cheat\s+and\s+)?defraud|to\s+(?:rob|kill|murder|shoot|rape))\s+(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    re.compile(rf"\b(?:girl|boy|child|victim)\s+named\s+(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    # the victim described, then named: "The victim, a 72-year-old widow named Ann Roe, lived alone"
    re.compile(rf"\b[Vv]ictim,\s+an?\s+[\w\- ]{{1,50}}?\s+named\s+(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    # a relative or companion named after the crime: "the sexual abuse of his daughter, J.M., age thirteen"
    re.compile(rf"\b(?:abuse|assault|rape|murder|killing|death|molestation|kidnapping|abduction|robbery|shooting|stabbing)\s+of\s+"
               rf"(?:his|her|their|the\s+(?:defendant|appellant)['\u2019]s)\s+(?:\w+\s+){{0,2}}?(?:daughter|son|wife|husband|girlfriend|"
               rf"boyfriend|step(?:daughter|son)|niece|nephew|grand(?:daughter|son)|mother|father|child|sister|brother|cousin|"
               rf"neighbou?r|friend|fianc\w*|roommate|co-?worker|employer),\s+(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    # the act, then the relative: "sexually assaulted his stepdaughter, Ann Roe", "convicted of assaulting his wife, Ann Roe"
    re.compile(rf"\b(?:assault(?:ed|ing)|rap(?:ed|ing)|molest(?:ed|ing)|kill(?:ed|ing)|murder(?:ed|ing)|shot|shooting|stabb(?:ed|ing)|"
               rf"robb(?:ed|ing)|kidnapp(?:ed|ing)|abus(?:ed|ing)|beat(?:ing)?|strangl(?:ed|ing)|chok(?:ed|ing)|attack(?:ed|ing))\s+"
               rf"(?:his|her|their)\s+(?:\w+\s+){{0,2}}?(?:daughter|son|wife|husband|girlfriend|boyfriend|step(?:daughter|son)|niece|nephew|"
               rf"grand(?:daughter|son)|mother|father|child|sister|brother|cousin|neighbou?r|friend|fianc\w*|roommate|co-?worker|employer),?\s+"
               rf"(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    # the dead found: "The body of Ann Roe was found in a field"
    re.compile(rf"\b(?:[Bb]ody|[Rr]emains|[Cc]orpse)\s+of\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<name>{_NAME_OR_INITIALS})(?=\s*,?\s+(?:was|were|had\s+been|lay|"
               r"in|on|at|near)\b)"),
    # the victim described, then named by initials or name: "the rape of a 12-year-old girl, A.B."
    re.compile(rf"\b(?:rape|molestation|abuse|murder|killing|death|assault|kidnapping|abduction)\s+of\s+(?:a|an|the)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+)?"
               rf"(?:girl|boy|child|woman|man|victim|minor|female|male|teenager|toddler|infant),\s+(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    # "The complainant, Ann Roe, testified", "the complaining witness, Ann Roe"
    # "The deceased, Ann Roe, was found in her kitchen", "the decedent, Tom Poe,"
    # (Texas: "The injured party, Joe Hart, testified")
    re.compile(rf"\b(?:[Tt]he\s+)?(?:complainant|complaining\s+witness|prosecutrix|prosecuting\s+witness|deceased|decedent|injured\s+party)\s*,\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?"
               rf"(?P<name>{_NAME_OR_INITIALS})(?=[\s,.;)])"),
    # "forced Ann Roe into intercourse", "forced Roe to perform oral sex"
    re.compile(rf"\bforced\s+(?P<name>{_NAME_OR_INITIALS})\s+(?:into\s+(?:\w+\s+){{0,3}}(?:intercourse|sex|sodomy)|to\s+(?:perform|engage|have|submit))\b"),
]
# several victims of one crime: "the murders of Anna, Victor and James Lorne", "the deaths of Ann Roe and Tom Poe"
_VICTIM_LIST_RE = re.compile(
    rf"\b(?:deaths?|murders?|killings?|shootings?|stabbings?|rapes?|robber(?:y|ies)|kidnappings?|abductions?)\s+of\s+"
    rf"(?P<list>{_NAME}(?:,\s+{_NAME}){{0,4}},?\s+and\s+{_NAME})(?=[\s,.;)])"
)
_WITNESS_RES = [
    re.compile(rf"(?P<name>{_NAME}),\s+who\s+(?:also\s+|later\s+)?testified"),
    # (two asides: "Ann Roe, age thirty-four, daughter of Jane Poe, testified")
    # (an aside is no clause: in "Additionally, Roe notes that Ann Poe, his neighbor, testified" the name is Ann Poe)
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})(?:,\s+(?:(?:(?!\bthat\b)[^,.;\n]|(?<=\b[A-Z])\.){{1,60}})){{1,2}},\s+(?:also\s+|later\s+|then\s+)?testified"),
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})(?:\s*\([^)]{{0,40}}\))?\s+(?:himself\s+|herself\s+)?(?:also\s+|later\s+|further\s+|then\s+|again\s+|[a-z]+ly\s+)?"
               r"(?:testified|testifies|took\s+the\s+stand|identified\s+(?:the\s+)?(?:defendant|appellant|petitioner|him|her)|"
               r"gave\s+(?:a\s+)?(?:sworn\s+)?(?:testimony|statement)|signed\s+an\s+affidavit)"),
    # (the witness described by a relation first: "the testimony of Roe's neighbor, Ann Poe,"; a possessive is no witness)
    re.compile(rf"\b(?:testimony|[Aa]ffidavit|statement|recanted\s+testimony)\s+(?:(?:given|offered|provided)\s+)?(?:of|by|from)\s+(?:one\s+)?"
               rf"(?:(?:[A-Z][a-z]+|the\s+(?:victim|decedent|deceased|defendant|appellant))['\u2019]s\s+[a-z][a-z\- ]{{2,30}},\s+)?"
               rf"(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{_NAME_OR_INITIALS})(?!['\u2019]s\b)"
               rf"(?:\s+and\s+(?P<name2>{_NAME_OR_INITIALS}))?"),
    # "In his testimony Roe explained ...", "This testimony was corroborated by Fred Roe", "Your first witness was Lee Poe"
    re.compile(rf"\b(?:In|During)\s+(?:his|her)\s+(?:trial\s+|direct\s+|later\s+)?testimony,?\s+(?:(?:Officer|Detective|Agent|Sergeant|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?"
               rf"(?P<name>{_NAME})\s+(?:explained|stated|said|admitted|acknowledged|described|recalled|denied|claimed|maintained|conceded|insisted)\b"),
    re.compile(rf"\b(?:testimony|account)\s+was\s+(?:also\s+)?corroborated\s+by\s+(?:(?:Officer|Detective|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?(?P<name>{_NAME})(?=[\s,.;)\[])"),
    re.compile(rf"\bwitness\s+(?:was|is)\s+(?:(?:Officer|Detective|Agent|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?(?P<name>{_NAME})(?=[\s,.;)?])"),
    # "Ray Roe, the owner of the shop also testified", "Dee Poe, provided the following testimony"
    re.compile(rf"(?P<name>{_NAME}),\s+(?:the|a|an|his|her)\s+[a-z][^,.;\n]{{1,60}}?\s+also\s+testified\b"),
    re.compile(rf"(?P<name>{_NAME}),\s+(?:gave|provided|offered)\s+(?:the\s+following\s+|sworn\s+|similar\s+)?testimony\b"),
    # the role first: "The attending physician, Dr. Cullen, testified", "his neighbor, Ann Roe, also testified"
    # (a title may be capitalized: "The Trace Evidence Manager, Ray Poe, testified")
    # ("One of these witnesses, the Reverend Ann Roe, testified")
    re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|One\s+of\s+(?:these|the|those|his|her))\s+[A-Za-z][A-Za-z'\- ]{{2,40}},\s+"
               rf"(?:the\s+)?(?:(?:Dr|Mr|Mrs|Ms|Rev)\.\s+|Reverend\s+)?(?P<name>{_NAME}),\s+"
               r"(?:also\s+|later\s+|then\s+)?testified\b"),
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})'s\s+(?:trial\s+)?(?:testimony|identification|affidavit)"),
    re.compile(rf"\bwitness(?:es)?\s*,?\s*(?P<name>{_NAME})(?=[\s,.;)])"),
    # two who testified together: "Sheriff Tom Roe and Deputy Sheriff W.R. Poe testified", "Bacon and Nelson both testified"
    re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{_NAME_OR_INITIALS})\s+and\s+(?:(?:Deputy\s+)?(?:Sheriff|Officer|Detective|Agent|Trooper|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)?"
               rf"(?P<name2>{_NAME_OR_INITIALS})(?:,\s+[a-z][^,.;\n]{{1,60}},)?\s+(?:both\s+|each\s+|also\s+)?(?:testified|took\s+the\s+stand)\b"),
    # a party calls a witness: "The defense recalled Coleman as a surrebuttal witness", "the State called Dr. Roe, who"
    re.compile(rf"\b(?:called|recalled|calling)\s+(?:(?:Dr|Mr|Mrs|Ms|Officer|Detective|Agent|Trooper|Sergeant)\.?\s+)?(?P<name>{_NAME_OR_INITIALS})(?=\s*,\s+who\b|\s+(?:as\s+(?:a|an|its|his|her)\s+(?:\w+\s+)?witness|to\s+(?:the\s+stand|testify))\b)"),
    # "Ann Roe was called as a witness for the prosecution", "Roe was then recalled as a rebuttal witness"
    re.compile(rf"(?P<name>{_NAME_OR_INITIALS})\s+was\s+(?:then\s+|later\s+|also\s+|first\s+)?(?:called|recalled)\s+(?:to\s+testify\s+)?as\s+(?:a|an|the)\s+"
               r"(?:[\w']+\s+){0,2}?witness\b"),
    # the party's own witnesses, named after the call: "The State also recalled Detectives Roe and Poe.", "by calling Officer Roe"
    re.compile(rf"\b(?:(?:State|[Pp]rosecution|[Pp]rosecutor|[Dd]efen[cs]e|[Gg]overnment|Commonwealth|People)\s+(?:then\s+|also\s+|next\s+|first\s+)?(?:re)?called|"
               rf"by\s+(?:re)?calling)\s+(?:(?:Dr|Drs|Mr|Mrs|Ms|Officers?|Detectives?|Agents?|Troopers?|Sergeants?|Deputy|Deputies)\.?\s+)?"
               rf"(?P<name>{_NAME_OR_INITIALS})(?:\s+and\s+(?:(?:Dr|Mr|Mrs|Ms|Officer|Detective|Agent|Trooper|Sergeant|Deputy)\.?\s+)?"
               rf"(?P<name2>{_NAME_OR_INITIALS}))?(?=[\s,.;])"),
    # the accused's side calls a witness: "appellant called Ann Roe, for whom he had worked", "the defendant called Tom
    # Poe in his defense" (not a telephone call: the words after the name say it is testimony)
    re.compile(rf"\b(?:[Aa]ppellant|[Dd]efendant|[Pp]etitioner|[Tt]he\s+defen[cs]e)\s+(?:then\s+|also\s+|first\s+|did\s+)?(?:re)?call(?:ed)?\s+"
               rf"(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{_NAME})(?=\s+(?:for\s+whom|who|whose|as\s+(?:a|an|his|her)\s+(?:\w+\s+)?witness|to\s+(?:the\s+stand|testify)|"
               r"in\s+(?:his|her)\s+(?:own\s+)?defen[cs]e|on\s+(?:his|her)\s+(?:own\s+)?behalf)\b|\s*,\s+(?:who|whose|an?|the|his|her)\s)"),
    # a bystander's statement to the police: "Ann Roe, a security guard, reported to the police that" (the aside that
    # says who the person is marks a witness; an accomplice's own account is told without one)
    re.compile(rf"(?P<name>{_NAME}),\s+an?\s+[A-Za-z][^,.;\n]{{1,60}},\s+(?:later\s+|also\s+|then\s+|first\s+)?(?:told|informed|reported\s+to|"
               r"gave\s+(?:a\s+)?(?:written\s+|recorded\s+)?statements?\s+to)\s+(?:the\s+)?(?:police|officers|detectives|investigators)\b"),
    # "the testimony of two witnesses, Ann Roe, a companion of the victim, and Trooper Poe"
    re.compile(rf"\btestimony\s+of\s+(?:two|three|four|\d)\s+witnesses\s*,\s+(?P<name>{_NAME_OR_INITIALS}),(?:\s+[a-z][^,;.\n]{{1,80}},)?\s+and\s+"
               rf"(?:(?:Dr|Mr|Mrs|Ms|Officer|Detective|Agent|Trooper|Sergeant|Deputy)\.?\s+)?(?P<name2>{_NAME_OR_INITIALS})(?=[\s,.;])"),
    # the questioning first: "On cross-examination, Ann Roe admitted", "During redirect examination, Officer Poe stated"
    re.compile(rf"\b(?:On|During)\s+(?:direct|cross|redirect|re-direct|recross)[- ]examination\s*,\s+"
               rf"(?:(?:Officer|Detective|Agent|Sergeant|Trooper|Deputy|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?(?P<name>{_NAME})\s+"
               r"(?:also\s+)?(?:stated|said|testified|admitted|acknowledged|conceded|explained|denied|agreed|maintained|insisted|recalled)\b"),
    # the questioning of a witness: "during the cross-examination of Agent Ingram", "redirect examination of Investigator Cribb"
    re.compile(rf"\b(?:cross|direct|redirect|re-direct|recross)[- ]examination\s+of\s+(?P<name>{_NAME_OR_INITIALS})"),
    # a court retelling the evidence: "According to Agent Roe, no one threatened him." (not a brief or a party's argument:
    # those name the accused or the State, whom the caller leaves out)
    re.compile(rf"\b[Aa]ccording\s+to\s+(?:(?:Officer|Detective|Agent|Chief|Sergeant|Sgt\.|Deputy|Trooper|Investigator|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?"
               rf"(?P<name>{_NAME})(?:['\u2019]s\s+(?:trial\s+)?testimony)?,"),
    # "Roe's girlfriend, Ann Poe, testified on his behalf", "The victim's sister, Ann Poe, identified Roe at trial",
    # "Roe's accomplice, Carl Poe, pleaded guilty and testified against him"
    # (a possessive of a name ending in s may drop its s: "Ortiz' cousin, Maria Cruz, testified")
    re.compile(rf"\b(?:[A-Z][a-z]+|(?:[Tt]he\s+)?(?:victim|deceased|defendant|appellant))(?:['\u2019]s|(?<=[sz])['\u2019])\s+[a-z][a-z'\- ]{{2,40}},\s+"
               rf"(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{_NAME}),\s+"
               r"(?:also\s+|later\s+|then\s+)?(?:(?:pleaded|pled)\s+guilty\s+and\s+)?(?:testified|identified)\b"),
    # an officer named with his agency: "Sergeant Ben Roe of the Lakeview Police Department testified"
    # ("Deputy Ann Roe of the Lake Parish Sheriff's office stated that ...")
    re.compile(rf"(?P<name>{_NAME})\s+of\s+the\s+(?:[A-Z][\w.'\u2019&-]*\s+){{0,5}}(?:Department|Office|office|Police|Patrol|Bureau|Division|"
               r"Unit|Laboratory|Lab|Agency|Service|[A-Z]{2,5})\s+(?:also\s+|then\s+|later\s+|next\s+)?(?:testified|stated\s+that)\b"),
    # a party calls someone described by a relation: "The defense called Roe's employer, Gary Hunt." (not a telephone
    # call: a party of the trial calls)
    re.compile(rf"\b(?:State|[Pp]rosecution|[Pp]rosecutor|[Dd]efen[cs]e|[Gg]overnment|Commonwealth|People)\s+(?:then\s+|also\s+|next\s+|first\s+)?"
               rf"(?:re)?called\s+(?:[A-Z][a-z]+['\u2019]s|the\s+(?:victim|decedent|deceased|defendant|appellant)['\u2019]s|his|her|their|its)\s+"
               rf"[a-z][a-z\- ]{{2,30}},\s+(?:(?:Dr|Mr|Mrs|Ms)\.\s+)?(?P<name>{_NAME})(?=[\s,.;])"),
    # the testimony told by its setting: "Kay Dunn told the jury that ...", "Ed Mays stated at trial that ..." (not the
    # lawyers' or the judge's words: see _LAWYER_BEFORE_RE)
    re.compile(rf"(?P<name>{_NAME})\s+(?:also\s+|later\s+|then\s+)?(?:told\s+the\s+(?:jury|court)|(?:stated|said|admitted|explained|recounted|"
               r"recalled|described|acknowledged|conceded|claimed|denied)\s+(?:at|during)\s+(?:the\s+)?trial)\b(?!\s+that\s+(?:the\s+)?(?:jury|court)\b)"),
    # "An eyewitness, Peter Dunn, saw Roe leave", "The government's first witness, FBI Special Agent Ann Roe, testified"
    re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:State|[Gg]overnment|[Pp]rosecution|[Dd]efen[cs]e|Commonwealth|"
               rf"People)['\u2019]s\s+)?(?:(?:first|second|third|next|last|only|key|chief|main|principal|star|final|sole|rebuttal|alibi)\s+)?"
               rf"(?:eye-?witness|witness)\s*,\s+(?:(?:Dr|Mr|Mrs|Ms)\.\s+|(?:[A-Z]{{2,5}}\s+)?(?:Special\s+)?(?:Agent|Officer|Detective|Sergeant|"
               rf"Trooper|Deputy|Investigator)\s+)?(?P<name>{_NAME}),"),
    # "Paul Roe, a defense witness, stated ...", "Jane Doe, the State's chief witness"
    re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:(?:defense|prosecution|State['\u2019]s|government['\u2019]s|Government['\u2019]s|"
               r"key|chief|principal|main|alibi|rebuttal|eye)\s*)+witness\b"),
]
_LAWYER_BEFORE_RE = re.compile(r"(?i)\b(?:prosecut\w*|counsel|attorneys?|lawyers?|judge|justice|court|district\s+attorney|solicitor)[,\s]*$")
# a witness who names the accused in court: "Ann Roe identified Powers at trial", "Roe positively identified Powers in
# court" (the caller keeps it only when the one identified is the accused; an identification out of court may come
# from someone who never testified)
_IDENTIFIED_ACCUSED_RE = re.compile(rf"(?P<name>{_NAME})\s+(?:also\s+|later\s+|positively\s+|then\s+)?identified\s+(?P<who>[A-Z][a-z]+)\s+"
                                    r"(?:in\s+(?:open\s+)?court|at\s+(?:the\s+)?trial|in\s+the\s+courtroom|from\s+the\s+witness\s+stand)\b")
# "The testimony of Dr. Roe would have been cumulative": a witness who was not called
_COMPANY_AFTER_RE = re.compile(r"\s*,?\s*(?:Inc|Co|Corp|Corporation|Company|LLC|L\.L\.C|Ltd|Bank|Store|Stores)\b\.?")
_HYPOTHETICAL_AFTER_RE = re.compile(r"\s+(?:would|could|might)\b")
# several witnesses at once: "the testimony of Roe, Poe, Doe, and the responding officers"
_WITNESS_LIST_RES = [
    # a list who testified: "Ann Roe, Tom Poe and Peter Lane testified for the State"
    re.compile(rf"(?P<list>{_NAME}(?:,\s+{_NAME}){{1,5}},?\s+and\s+{_NAME})(?:,\s+[a-z][^,.;\n]{{1,60}},)?\s+(?:all\s+|each\s+|also\s+)?"
               r"(?:testified|took\s+the\s+stand)\b"),
    # the witnesses listed after the word: "The State called three witnesses: Ann Roe, Tom Poe and Peter Lane",
    # "The prosecution's witnesses included Ann Roe and Tom Poe"
    re.compile(rf"\bwitnesses\s*(?::|,|\s+(?:included|including|were))\s*(?P<list>{_NAME}(?:,\s+{_NAME}){{0,5}}(?:,?\s+and\s+{_NAME})?)(?=[\s,.;])"),
    # "Testifying for the State were Ann Roe and Tom Poe"
    re.compile(rf"\b[Tt]estifying\s+(?:for\s+the\s+(?:State|[Pp]rosecution|[Dd]efen[cs]e|[Gg]overnment|Commonwealth|People)|at\s+(?:the\s+)?trial)\s+"
               rf"(?:were|was)\s+(?P<list>{_NAME}(?:,\s+{_NAME}){{0,5}}(?:,?\s+and\s+{_NAME})?)(?=[\s,.;])"),
]
_TESTIMONY_LIST_RE = re.compile(
    rf"\b(?:testimony|testimonies|accounts)\s+of\s+(?P<list>{_NAME}(?:,\s+{_NAME}){{1,5}})(?=,?\s+and\b|[,.;)])"
)
_POLICE_APPOS_RE = re.compile(
    rf"(?P<name>{_NAME_OR_INITIALS}),\s+(?:who\s+(?:was|is)\s+)?(?:an?\s+|the\s+)?(?:former\s+|retired\s+)?(?:[A-Z][a-z]+(?:['\u2019]s)?\s+){{0,2}}(?:city\s+|state\s+|county\s+|parish\s+|police\s+)?"
    r"(?:police(?:man|woman)?|officer|detective|deputy|trooper|sheriff|patrolman|investigator)\b"
    # (not "the deputy coroner", "a deputy district attorney", "an investigator for the public defender")
    r"(?!\s+(?:coroner|clerk|medical|district|attorney|prosecut\w*|public|county\s+(?:attorney|clerk|coroner)|director|warden|registrar|"
    r"fire|court|for\s+the\s+(?:defen[cs]e|public|district))\b)|"
    # "Paul Roe, an agent of the Arcadia Bureau of Narcotic Enforcement", "Jane Roe, a special agent with the FBI"
    rf"(?P<agent>{_NAME}),\s+(?:who\s+(?:was|is)\s+)?(?:an?\s+|the\s+)?(?:special\s+|undercover\s+|narcotics\s+)?agent\s+(?:of|with|for)\s+the\s+"
    r"(?:[A-Z][\w.&]*\s+){0,6}?(?:Bureau|Drug|Narcotics?|Police|Investigation|Enforcement|Sheriff|Patrol|FBI|DEA|ATF|Customs|"
    r"Border|Secret\s+Service|Marshals?)\b"
)
_CODEF_RE = re.compile(rf"\b[Cc]o-?(?:defendants?|indictees?)\s*,?\s*(?:(?P<first>{_NAME})\s*,\s*)?(?:(?P<second>{_NAME})\s*,?\s+and\s+)?(?P<name>{_NAME})|"
                       rf"(?P<name2>{_NAME}),\s+(?:also\s+)?(?:a|the|his|her|another)\s+co-?(?:defendant|indictee)")
# "several of the co-defendants pleaded guilty, including Ann Roe, Carl Poe and Dan Lane"
# "Roe's accomplice, Carl Poe, pleaded guilty": charged in the same affair
_ACCOMPLICE_PLEA_RE = re.compile(
    rf"\b(?:accomplices?|co-?perpetrators?|confederates?|co-?conspirators?)\s*,\s+(?P<name>{_NAME}),\s+(?:who\s+)?(?:had\s+)?(?:also\s+)?"
    r"(?:pleaded|pled)\s+guilty\b"
)
_CODEF_INCLUDING_RE = re.compile(
    rf"\b[Cc]o-?(?:defendants|indictees|conspirators)\b[^.;]{{0,60}}?\b(?:including|namely)\s+"
    rf"(?P<list>{_NAME}(?:,\s+{_NAME}){{0,6}}(?:,?\s+and\s+{_NAME})?)(?=[\s,.;])"
)
# the accused named in a list with others charged together: "charge and present that Charles Roe, George Poe, and James
# Doe ... did kill", "Roe, Poe and Doe were indicted": the others are co-defendants
_CHARGED_TOGETHER_RE = re.compile(
    rf"(?P<list>{_NAME}(?:,\s+{_NAME}){{1,4}},?\s+and\s+{_NAME})(?=,?\s+(?:(?:were|was)\s+(?:jointly\s+)?(?:charged|indicted|tried|convicted)|"
    r"on\s+or\s+about|(?:then\s+and\s+there\s+)?did\b|in\s+the\s+manner\s+and\s+form))|"
    # a pair: "John Roe and Carl Poe were indicted for robbery"
    rf"(?P<pair>{_NAME}\s+and\s+{_NAME})(?=\s+were\s+(?:jointly\s+|both\s+)?(?:charged|indicted|tried|convicted)\b)"
)
# a title in lower case: "testimony from detective Jeff Roe", "deputy Pat O'Neal, an evidence technician" (not a
# probation officer or a child-services investigator)
_POLICE_LOWER_TITLE_RE = re.compile(rf"\b(?:officer|detective|deputy|trooper|sergeant|investigator)\s+(?P<name>{_NAME})")
_NOT_POLICE_BEFORE_RE = re.compile(r"\b(?:probation|parole|CPS|services|protective|loan|compliance|administrative|correctional|"
                                   r"court|bailiff|insurance|fraud|claims|medical|fire)\)?\s+$", re.IGNORECASE)
# officers named as a pair: "two city police detectives, Oliver Roe and Donald Poe", "investigators Sam Roe and
# Keith Poe", "Detectives Poe and Roe"
_POLICE_PAIR_RE = re.compile(
    rf"\b(?i:officers|detectives|investigators|troopers|deputies|agents|sergeants)\s*[,(]?\s*"
    rf"(?P<list>{_NAME}(?:,\s+{_NAME}){{0,5}},?\s+and\s+(?:(?i:detective|officer|investigator|agent|sergeant)\s+)?{_NAME})(?=[\s,.;)])"
)
# "Roe was jointly charged with Ann Poe and one Carl Doe", "he was tried together with Ann Poe"
_JOINTLY_RE = re.compile(
    rf"\b(?:jointly|together)\s+(?:charged|indicted|tried|convicted)\s+(?:together\s+)?with\s+(?:one\s+)?(?P<name>{_NAME_OR_INITIALS})"
    rf"(?:,?\s+and\s+(?:one\s+)?(?P<name2>{_NAME_OR_INITIALS}))?(?=[\s,.;)])"
)
# (named later: "a confidential informant, later identified as Ann Roe,", "an informant named Ann Roe"; or the role after
# the name: "Ann Roe, a confidential informant,")
_INFORMANT_RE = re.compile(rf"\b(?:(?:jailhouse\s+)?informants?|cell-?mates?|cell\s+mates?|fellow\s+(?:inmates?|prisoners?))\s*,?\s*"
                           rf"(?:\((?:the\s+)?[\"\u201c]?C\.?I\.?[\"\u201d]?\)\s*,?\s*)?(?:(?:later|subsequently|since|eventually)\s+)?"
                           rf"(?:(?:identified|known|revealed)\s+as\s+|named\s+)?(?P<name>{_NAME})(?=[\s,.;)])|"
                           rf"(?P<name2>{_NAME}),\s+(?:a|an|the)\s+(?:confidential\s+|paid\s+|police\s+|jailhouse\s+|government\s+|"
                           rf"registered\s+)+informant\b")

# a footnote mark after a judge's name ("STRASSBURGER, J.*", "C.J. BYRNS,[*] JJ."), blanked so offsets hold
_FOOTNOTE_MARK_RE = re.compile(r"\[\*+\]|(?<=[.A-Za-z])\*+(?=[\s,]|$)")
# a line that already closes the panel ("..., Circuit Judges.") is not continued: the lines below it are counsel
# (so is a line ending in a name and a period: "Before Judges HALE, MARSH, and GREEN.")
_PANEL_CLOSED = r"(?<!Judges\.)(?<!Judges)(?<!Justices\.)(?<!Justices)(?<!JJ\.)(?<![A-Za-z]{3}\.)"
_PANEL_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:\*?\d*\s*)?(?:The\s+(?:cause|case)\s+was\s+(?:argued|submitted)\s+before|(?:Considered\s+and\s+)?[Dd]ecided\s+by|"
    r"Considered\s+by|(?:The\s+)?Court\s+composed\s+of|Before|PRESENT|Present|Panel(?!\s+(?:composed|consists|consisting)\s+of)|BEFORE)\s*:?\s*"
    r"(?P<body>[^\n]*(?:" + _PANEL_CLOSED + r"\n(?:[ \t]*\n)?[^\n]+){0,5}?)"
    r"(?:\n[ \t]*)?(?:JJ\.|J\.|Judges?\.|Judges|Justices?\.|Justices|Circuit Judges\.?|District Judges?\.?|sitting\s+by\s+designation\.?|"
    r"Senior\s+Judges?\.?|Appellate\s+Military\s+Judges?\.?)[ \t]*$"
)
# the trial judge of a court-martial, named in the sentence line: "... convened at Holloman Air Force Base, New Mexico. Military
# Judge: Ann B. Roe (sitting alone)."
_MILITARY_JUDGE_RE = re.compile(r"\bMilitary\s+Judge:\s*(?P<n>[A-Z][A-Za-z.'\- ]{3,40}?)\s*(?:\(|\.[ \t]*(?:\n|$)|\n)")
# "Before Judges KILKENNY, GOLDMANN and LEWIS." / "Before Chief Justice Jones, Justices Pemberton and Rose": the titles come first
_BEFORE_TITLES_RE = re.compile(
    r"(?m)^[ \t]*(?:\*?\d*\s*)?(?:Before|BEFORE|Present|PRESENT):?\s+(?P<body>(?:(?:Chief|Senior|Presiding|CHIEF|SENIOR|PRESIDING)\s+)?"
    r"(?:Judges?|Justices?|JUDGES?|JUSTICES?)\s+"
    r"[A-Z][^\n]{2,200}?(?:(?<=,|d)\n[ \t]*(?:and\s+)?(?:Judges?\s+|Justices?\s+)?[A-Z][^\n]{1,80}?)?)\.?[ \t]*$"
)
# Tennessee: "JOHN DOE, J., delivered the opinion of the court, in which JANE ROE and RICHARD POE, JR., JJ., joined."
_DELIVERED_JOINED_RE = re.compile(
    r"(?m)^[ \t]*(?P<a>[A-Z][A-Za-z.'\- ]{2,60}?(?:,\s*(?:JR|SR|Jr|Sr)\.)?),\s*(?:P\.\s?J\.|C\.\s?J\.|J\.|SP\.\s?J\.),?\s+"
    r"delivered\s+the\s+opinion\s+of\s+the\s+(?i:court),?\s+in\s+which\s+(?P<b>(?:[^.;]|(?<=\b[A-Z])\.){3,200}?(?:,\s*(?:JR|SR|Jr|Sr)\.)?),\s*"
    r"(?:P\.\s?JJ?\.|JJ?\.|C\.\s?J\.)\s*,?\s+(?:joined|concurred)"
)
# Arizona: "Judge Ann Roe delivered the decision of the Court, in which Presiding Judge Tom Poe and Judge Jane Doe joined."
_TITLED_DELIVERED_JOINED_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:Presiding|Chief|Vice[ \t]+Chief)[ \t]+)?(?:Judge|Justice)[ \t]+(?P<a>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3})"
    r"[ \t]+delivered[ \t]+the[ \t]+(?:decision|opinion|judgment)[ \t]+of[ \t]+the[ \t]+(?i:court),?[ \t]+in[ \t]+which[ \t]+"
    r"(?P<b>[^.;\n]{3,250}?)[ \t]+(?:joined|concurred)\b"
)
# the trial judge after the docket in the header: "No. 2013-CR-13    E. Eugene Eblen, Judge"
_TRIAL_JUDGE_LINE_RE = re.compile(r"(?m)\bNo\.\s+[\w-]+[ \t]+(?P<n>[A-Z][a-z]*\.?(?:[ \t]+[A-Z][a-z]*\.?){1,3}),[ \t]+Judge[ \t]*$")
# Texas: "FROM THE 167TH DISTRICT COURT ... NO. 1-2, HONORABLE JANE ROE, JUDGE PRESIDING"
# the judge below whose opinion the court adopts: "affirmed for the reasons expressed by Judge Roe in his opinion"
_REASONS_OF_JUDGE_RE = re.compile(r"\bfor\s+the\s+reasons\s+(?:expressed|stated|set\s+forth|given)\s+by\s+(?:Judge|Justice)\s+"
                                  r"(?P<n>[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+)){0,2})(?=[\s,.;])")
# Connecticut's header names the trial judge in the court appealed from (``APPEAL_FROM_PAREN_RE``): "(Appeal from
# Superior Court, judicial district of Roe, Poe, J.)", several for several rulings ("Doe, J. [motion to suppress]; Poe,
# J. [judgment])")
_APPEAL_FROM_PAREN_JUDGE_RE = re.compile(r"(?:,|;)\s*(?P<n>[A-Z][A-Za-z'\-]*\.?(?:\s+[A-Z][A-Za-z'\-]*\.?){0,3}),\s*(?:J|Js|JJ)\.")
_JUDGE_PRESIDING_RE = re.compile(r"\b(?:HONORABLE|Honorable)\s+(?P<n>[A-Z][A-Za-z.'\- ]{2,40}?),?\s+(?:JUDGE|Judge)\s+(?:PRESIDING|Presiding)\b")
# "Tom, J.P., Sweeny, Manzanet-Daniels, Gische, Gesmer, JJ." / "HALE, C.J., GOODMAN, & GRANT, JJ.": a panel with no "Before"
# (full names too, closing the opinion: "ANN B. HALE, C.J., CARL D. MARSH, JR., and EVA F. WADE, JJ.")
_JJ_LINE_NAME = r"[A-Z][A-Za-z'\-]+(?:\s(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){0,3}(?:,\s*(?:JR|Jr|SR|Sr)\.)?"
_NAMES_JJ_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<body>{_JJ_LINE_NAME},\s*(?:(?:C\.\s?J|P\.\s?J|J\.\s?P)\.,\s*)?"
    rf"(?:(?:&\s*|and\s+)?{_JJ_LINE_NAME}(?:\s+(?:and|&)\s+{_JJ_LINE_NAME})?,\s*)+)(?:JJ|Js)\.[ \t]*$"  # (Connecticut: "..., Js.")
)
# New York's Appellate Division sets the bench one full name per line: "ANN B. HALE, J.P.\n\nCARL D. MARSH\n\nEVA F. WADE, JJ."
_PANEL_COLUMN_NAME = r"[A-Z][A-Za-z'\-]+\.?(?:[ \t]+[A-Z][A-Za-z'\-]*\.?){1,3}"
_PANEL_COLUMN_RE = re.compile(
    rf"(?m)^[ \t]*(?P<block>{_PANEL_COLUMN_NAME},[ \t]*(?:J\.\s?P|P\.\s?J|C\.\s?J)\.[ \t]*\n(?:[ \t]*\n)*"
    rf"(?:[ \t]*{_PANEL_COLUMN_NAME}[ \t]*\n(?:[ \t]*\n)*){{1,7}}[ \t]*{_PANEL_COLUMN_NAME},[ \t]*JJ\.)[ \t]*$"
)
_CONCUR_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>[A-Z][^\n]{2,300}?(?:\n[ \t]*[A-Z][^\n]{2,200}?)?)\s*(?:,\s*)?"
    r"(?i:concurs?|concurred|concurring|dissents?|dissenting)\b[^\n]{0,120}$"
)
# "Pope, J., concurs. Carley, P. J., concurs in Divisions 1 and 3." / "ROAF, J., dissents."
_JUDGE_VOTE_RE = re.compile(
    r"(?P<n>[A-Z][A-Za-z'\u2019\-]+),\s*(?:C\.\s?J\.|P\.\s?J\.|J\.)\s*,?\s*(?:(?:and|AND)\s+[A-Z][A-Za-z'\u2019\-]+,\s*(?:C\.\s?J\.|P\.\s?J\.|J\.)\s*,?\s*)*"
    r"(?i:concurs?|concurred|dissents?|dissented|concurring|dissenting)\b"
)
# the title first, heading a separate opinion: "JUSTICE ROE, dissenting:", "Justice Roe, concurring.", "PRESIDING JUSTICE
# ROE, specially concurring:"
_TITLED_SEPARATE_RE = re.compile(
    r"(?m)^[ \t]*(?:Chief\s+|CHIEF\s+|Senior\s+|SENIOR\s+|Presiding\s+|PRESIDING\s+)?(?:Justice|JUSTICE|Judge|JUDGE)\s+"
    r"(?P<n>[A-Z][A-Za-z'\-]+),?\s+(?:(?:specially|SPECIALLY)\s+)?(?:[Dd]issenting|DISSENTING|[Cc]oncurring|CONCURRING)\b[^\n]{0,80}$"
)
# the second name of "Kennard, J., and Werdegar, J., dissented."
_JUDGE_VOTE_MORE_RE = re.compile(r"(?:and|AND)\s+(?P<n>[A-Z][A-Za-z'\-]+),\s*(?:C\.\s?J\.|P\.\s?J\.|J\.)")
# New York: "Chief Judge HALE and Judges MARSH, GREEN and WADE concur." (in the header or at the end); the titles
# lead, so a sentence of prose never matches
_TITLED_CONCUR_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>(?:(?:Chief|Presiding|Associate)\s+)?(?:Judges?|Justices?)\s+[A-Z]{2}[^\n;:]{0,250}?)"
    r"\s+(?:concur|dissent)s?\b"
)
# New Jersey's vote lines: "For affirmance -- Chief Justice HALE and Justices MARSH, GREEN and WADE -- 4."
_VOTE_TALLY_RE = re.compile(
    r"(?m)^[ \t]*For\s+(?:affirmance|reversal|modification|vacation|reversal\s+and\s+remandment|affirmance\s+in\s+part)[^A-Z\n]{0,20}?"
    r"(?P<body>(?:(?:Chief|Associate)\s+)?(?:Judges?|Justices?)\s+[A-Z][^\n]{2,250}?)[\s\u2014\u2013-]+\d{1,2}\.?[ \t]*$"
)
# Georgia: "All the Justices concur, except BENHAM, C.J., and SEARS and HUNSTEIN, JJ., who concur specially."
_ALL_CONCUR_EXCEPT_RE = re.compile(r"\bAll\s+the\s+(?:Justices|Judges)\s+concur,?\s+except\s+(?P<body>[^\n]{3,300}?),?\s+who\s+")
# the magistrate of a stage of this case ("Magistrate Jess H. Nicholas issued the warrant", "Magistrate Judge Roe"), and a
# judge named at work in the history ("This motion was heard by Judge Ann B. Roe", "Judge Ann B. Roe sentenced him")
_BODY_JUDGE_RES = [
    re.compile(r"\bMagistrate(?:[ \t]+Judge)?[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Za-z'\-]+)?)\b"),
    re.compile(r"\b(?:heard|tried|presided\s+over|appeared|was\s+sentenced)\s+(?:by|before)\s+(?:the\s+)?(?:Honorable\s+|Hon\.\s+)?Judge[ \t]+"
               r"(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'\-]+)\b"),
    re.compile(r"\bJudge[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'\-]+)[ \t]+(?:presided|denied|granted|sentenced|overruled|"
               r"sustained|ruled|accepted|imposed|instructed)\b"),
    # "in the Lake County Circuit Court, Judge Ann Roe presiding", "the court, per Judge Ann Roe, imposed ten years", "A
    # magistrate, Ted Roe, issued the warrant"
    re.compile(r"\bJudge[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'\-]+),?[ \t]+presiding\b"),
    re.compile(r"\bper[ \t]+(?:Judge|Justice)[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'\-]+)\b"),
    # "The district court (Judge Ann Roe) sentenced him", "District Judge Ann Roe later reduced the sentence"
    re.compile(r"\((?:the[ \t]+)?(?:Hon\.[ \t]+|Honorable[ \t]+)?(?:(?:U\.S\.|United[ \t]+States|Chief|Senior)[ \t]+)?(?:(?:District|Magistrate|Trial|"
               r"Circuit|Superior)[ \t]+)?Judge[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'\-]+)\)"),
    re.compile(r"\b(?:U\.S\.[ \t]+|United[ \t]+States[ \t]+|Senior[ \t]+|Chief[ \t]+)?District[ \t]+Judge[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+"
               r"[A-Z][A-Za-z'\-]+)\b"),
    re.compile(r"\b(?:[Aa]|[Tt]he)[ \t]+(?:(?:district|county|trial|federal|state|municipal|circuit|superior)[ \t]+court[ \t]+)?(?:magistrate|judge),[ \t]+"
               r"(?:(?:the[ \t]+)?(?:Hon\.|Honorable)[ \t]+)?(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'\-]+),"),
    # the trial judge named with the court: "rendered by the Hon. John B. Roe, Circuit Court Judge, Lake County"
    re.compile(r"\bHon(?:\.|orable)[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)*[ \t]+[A-Z][A-Za-z'\-]+),[ \t]+(?:Circuit|District|Superior|County|"
               r"Trial|Criminal|Municipal|Juvenile|Family|Chancery)[ \t]+(?:Court[ \t]+)?Judge\b"),
]
# a judge sitting by designation, named in a footnote: "The HONORABLE MICHAEL J. DAVIS, Chief Judge of the United States
# District Court for the District of Minnesota, sitting by designation."
_DESIGNATION_NOTE_RE = re.compile(
    r"\b(?:The\s+)?(?i:Honorable)\s+(?P<n>[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){1,3}),\s+(?:Chief\s+|Senior\s+)?"
    r"(?:United\s+States\s+)?(?:District|Circuit|Magistrate)\s+Judge\b|\b(?:The\s+)?(?i:Honorable)\s+(?P<n2>[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){1,3}),"
    r"\s+(?:Chief\s+|Senior\s+)?(?:Judge|Justice)\s+of\s+the\s+(?:United\s+States|[A-Z][a-z]+)"
)
# the author's signature just above "We concur:" (California): "GILBERT, P. J.\nWe concur:"
_SIGNATURE_BEFORE_CONCUR_RE = re.compile(
    r"(?m)^[ \t_]*(?P<n>[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+)?),[ \t]*(?:Acting[ \t]+)?(?:P\.[ \t]?J\.|J\.)[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?:We[ \t]+[Cc]oncur|WE[ \t]+CONCUR)"
)
# California: "APPEAL from a judgment of the Superior Court of Kings County. Donna L. Tarter, Judge."; Florida: "Appeal from
# the Circuit Court for Lake County; Ann B. Roe, Judge."
_APPEAL_FROM_JUDGE_RE = re.compile(
    r"\b(?:County|Court)[.;]\s+(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?\s+[A-Z][A-Za-z'\-]+(?:,[ \t]+Jr\.)?),\s+(?:Judge|Commissioner)\b"
)
# the trial judge after the court and county, with a comma or colon: "Appeal from the Circuit Court of Lake County, Hon. Ann
# Roe, Judge.", "the circuit court for Lake County: ANN B. ROE, Judge.", "the Iowa District Court for Lake County, Ann B. Roe,
# Judge."; and after a federal docket: "No. 1:17-cr-00123 — Ann B. Roe, Judge."
_TRIAL_NAME = r"[A-Z][A-Za-z'\-]+\.?(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){1,3}(?:,[ \t]+(?:Jr|JR|Sr|SR)\.)?"
_APPEAL_FROM_JUDGE2_RE = re.compile(
    rf"\b(?:County|COUNTY|Court|COURT|Parish|PARISH)[,:;][ \t]*\n?[ \t]*(?:(?:the|The)\s+)?(?:(?:Hon\.|Honorable|HONORABLE|HON\.)\s+)?"
    rf"(?P<n>{_TRIAL_NAME}),\s+(?:(?:Circuit|District|Superior|Trial|Special|Associate|Senior|Chief)\s+)?(?:Judge|JUDGE|judge|Commissioner)\b"
    rf"|\bNos?\.\s+[\w:.\-]+(?:\s*(?:,|&|and)\s*[\w:.\-]+)*[ \t]*[\u2014\u2013]+[ \t]*(?:-[ \t]*)?(?P<n2>{_TRIAL_NAME}),\s+"
    rf"(?:(?:Chief|Senior)\s+)?(?:(?:District|Magistrate|Bankruptcy)\s+)?Judge\b"
    # the Second Circuit: "Appeal from the United States District Court for the Southern District of Arcadia (Ann B. Roe, Judge)."
    rf"|\((?P<n3>{_TRIAL_NAME}),\s+(?:(?:Chief|Senior)\s+)?(?:(?:U\.\s?S\.|United\s+States)\s+)?(?:(?:District|Magistrate|Bankruptcy)\s+)?Judge\)"
)
# Texas and Tennessee, below the author's line: "Alcala, J., filed a dissenting opinion.", "Roe, J., concurred in the result."
_FILED_OPINION_RE = re.compile(
    r"(?m)(?:^|(?<=\.[ \t])|(?<=\.[ \t]{2}))[ \t]*(?P<a>[A-Z][A-Za-z'\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){0,3}(?:,\s*(?:JR|SR|Jr|Sr)\.)?),\s*"
    r"(?:P\.\s?J\.|C\.\s?J\.|J\.|SP\.\s?J\.),?\s+(?:filed\s+an?\s+(?:separate\s+)?(?:dissenting|concurring|concurring\s+and\s+dissenting|"
    r"dissenting\s+and\s+concurring)\s+opinion|filed\s+a\s+separate\s+opinion|concurred\s+in\s+the\s+(?:result|judgment)|"
    r"(?:concurred|dissented)\s+(?:without\s+(?:written\s+)?opinion|in\s+part)|dissented\.)"
)
# Pennsylvania and New Jersey, closing the opinion: "Chief Justice Roe and Justices Poe, Doe and Hale join the opinion.",
# "CHIEF JUSTICE ROE and JUSTICES POE and DOE join in JUSTICE HALE's opinion." (present tense: a cited decision's bench
# is told in the past)
_JOIN_OPINION_RE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<body>(?:Mr\.[ \t]+)?(?:(?:Chief|CHIEF|Presiding|PRESIDING)[ \t]+)?(?:Justices?|JUSTICES?|Judges?|JUDGES?)[ \t]+"
    r"[A-Z][^\n.;:]{1,250}?)[ \t]+joins?[ \t]+(?:in[ \t]+)?(?:the|this|(?:Chief[ \t]+|CHIEF[ \t]+)?(?:Justice|JUSTICE|Judge|JUDGE)[ \t]+"
    r"[A-Za-z'\-]+['\u2019]s)[ \t]+(?:(?:majority|lead|plurality|court['\u2019]s)[ \t]+)?opinion\b"
)
# "Justice Roe files a dissenting opinion.", "JUSTICE ROE filed a separate dissenting opinion."
_TITLED_FILED_RE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?:(?:Chief|CHIEF)[ \t]+)?(?:Justice|JUSTICE|Judge|JUDGE)[ \t]+(?P<n>[A-Z][A-Za-z'\-]+)[ \t]+"
    r"(?:files|filed)[ \t]+an?[ \t]+(?:separate[ \t]+)?(?:dissenting|concurring|concurring[ \t]+and[ \t]+dissenting)[ \t]+opinion"
    r"(?=[ \t]*[.;]|,?[ \t]+in[ \t]+which\b|,?[ \t]+joined\b)"  # (not "... filed a concurring opinion in that case")
)
# a federal district court's judge: signing the order ("s/Ann B. Roe\nANN B. ROE\nUnited States District Judge") or set
# alone beside the caption ("v.        Case No. 1:15-cr-1\n          Hon. Ann B. Roe")
_SIGN_NAME = r"[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){1,3}(?:,[ \t]*(?:Jr|JR|Sr|SR)\.?)?"
_DISTRICT_SIGNATURE_RE = re.compile(
    rf"(?m)^[ \t]*(?:/?[Ss]/[ \t]*)?(?:(?:Hon\.|HON\.|Honorable|HONORABLE)[ \t]+)?(?P<n>{_SIGN_NAME})[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*"
    r"(?:(?:Senior|SENIOR|Chief|CHIEF)[ \t]+)?(?:United[ \t]+States|UNITED[ \t]+STATES|U\.[ \t]?S\.)[ \t]+(?:District|DISTRICT|Magistrate|MAGISTRATE|"
    r"Bankruptcy|BANKRUPTCY)[ \t]+(?:Judge|JUDGE)\b"
)
_CAPTION_HON_RE = re.compile(rf"(?m)(?:^|[ \t]{{4}})[ \t]*(?:Hon\.|HON\.|Honorable|HONORABLE|(?:District[ \t]+|Magistrate[ \t]+)?Judge)[ \t]+"
                             rf"(?P<n>{_SIGN_NAME})[ \t]*$")
# the author's name opening the first paragraph: Washington's "Becker, J. — John Roe appeals ...", Wisconsin's
# "¶1 FINE, J. Tony Poe appeals ..."
_AUTHOR_INLINE_RE = re.compile(
    r"(?m)^[ \t]*(?:¶[ \t]*1[ \t]+(?P<p>[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+)?),[ \t]*(?:C\.\s?J\.|P\.\s?J\.|J\.)[ \t]+(?=[A-Z])|"
    r"(?P<n>[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+)?),[ \t]*(?:A\.\s?C\.\s?J\.|C\.\s?J\.|P\.\s?J\.|J\.)[ \t]*(?:[\u2014\u2013]|--)[ \t]*(?=[A-Z]))"
)
# the bench's vote as a line of its own, each judge with his title: "Hale, C. J., Marsh, J., Green, J., and Wade, J.,
# concurred." (read anywhere in the majority: an appendix may follow it)
_VOTE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>[A-Z][A-Za-z'\-]+,[ \t]*(?:C\.[ \t]?J\.|P\.[ \t]?J\.|J\.)(?:,?[ \t]+(?:and[ \t]+)?[A-Z][A-Za-z'\-]+,[ \t]*"
    r"(?:C\.[ \t]?J\.|P\.[ \t]?J\.|J\.|JJ\.)){2,9}),?[ \t]+(?:concurred|concur)\.[ \t]*$"
)
_BEFORE_ONE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:Before|BEFORE|Present|PRESENT)[ \t]*:?[ \t]+(?P<body>(?!(?:the|The|THE|me|ME|us|US)\b)[A-Z][^\n]{5,400}?(?:\bJJ\.|\bC\.[ \t]?J\.|\bJudges?\b|\bJustices?\b|"
    r"\bJUDGES?\b|\bJUSTICES?\b)[^\n]*?)\.?[ \t]*(?=\n[ \t]*\n|\n?\Z)"  # (a line wrapped onto the next is not one line)
)
_IN_PLACE_OF_RE = re.compile(r"\b(?:in\s+(?:the\s+)?place\s+of|vice)\s+[^,;]{2,60},\s*(?:C\.\s?J\.|J\.|Justice|Judge)?,?\s*"
                             r"(?:disqualified|recused|deceased|absent|retired|resigned)?")
# the trial judge named with his court's work: "Tried below before the Hon. Ann Roe, Judge.", "heard before Honorable Ann
# Roe, Special Judge"
_BEFORE_HON_JUDGE_RE = re.compile(
    rf"\b(?:before|by)\s+(?:the\s+)?(?:Hon\.|Honorable|HON\.|HONORABLE)\s+(?P<n>{_TRIAL_NAME}),?\s+(?:(?:Special|Circuit|District|Trial|County|"
    r"Superior|Criminal|Presiding)\s+)?(?:Judge|JUDGE)\b"
)
# Illinois: "Presiding Justice Roe and Justice Poe concurred in the judgment and opinion."; "Justice Doe dissented, with opinion."
_TITLED_CONCURRED_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>(?:(?:Presiding|Chief|Acting)[ \t]+)?(?:Justices?|Judges?)[ \t]+[A-Z][^\n.;:]{1,200}?)[ \t]+"
    r"(?:specially[ \t]+)?(?:concurred|dissented)(?:[ \t]+in[ \t]+the[ \t]+judgment(?:[ \t]+and[ \t]+opinion)?|,?[ \t]+with[ \t]+opinion)?\.[ \t]*$"
)
# Colorado's header: "Opinion by JUDGE ROE\nPoe and Doe, JJ., concur"
_HEADER_CONCUR_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>[A-Z][A-Za-z'\- ,.]{2,200}?,[ \t]*(?:JJ\.|J\.|C\.[ \t]?J\.|P\.[ \t]?J\.)),?[ \t]+(?:concurs?|dissents?|specially\s+concurs)"
    r"\b[^\n]{0,40}$"
)
# the trial judge in the header with his court's title: "HONORABLE DAVID A. ROE, DISTRICT JUDGE"
_HON_TITLE_JUDGE_RE = re.compile(
    rf"\b(?:HONORABLE|Honorable|HON\.|Hon\.)\s+(?P<n>{_TRIAL_NAME}),\s+(?:(?:DISTRICT|District|CIRCUIT|Circuit|SUPERIOR|Superior|TRIAL|Trial|"
    r"COUNTY|County|PARISH|Parish|CRIMINAL|Criminal)\s+(?:COURT\s+|Court\s+)?)?(?:JUDGE|Judge)\b"
)
# Oklahoma's votes, one per line: "A. JOHNSON, P.J.: Concur", "LEWIS, V.P.J.: Concur in Results"
_COLON_VOTE_RE = re.compile(
    r"(?m)^[ \t]*(?P<n>(?:[A-Z]\.[ \t]?)?[A-Z][A-Za-z'\-]+),[ \t]*(?:V\.[ \t]?P\.[ \t]?J|P\.[ \t]?J|C\.[ \t]?J|J)\.[ \t]*:[ \t]*"
    r"(?:Concurs?|CONCURS?|Dissents?|DISSENTS?|Recused|RECUSED)\b(?P<rest>[^\n]{0,40})$"
)
# "INBODY, Chief Judge, and MOORE and CASSEL, Judges." and, at the end of Texas opinions,
# "Before Chief Justice Gray,\n Justice Davis, and\n Justice Scoggins"
_TITLED_PANEL_RE = re.compile(
    r"(?m)^[ \t]*(?P<body>[A-Z][A-Z'\-]+,\s*(?:Chief\s+|Senior\s+)?(?:Judge|Justice)s?,?"
    r"(?:\s*(?:and\s+)?[A-Z][A-Z'\-]+(?:\s+and\s+[A-Z][A-Z'\-]+)?,\s*(?:Chief\s+|Senior\s+)?(?:Judges?|Justices?)\.?,?)+)[ \t]*$|"
    r"^[ \t]*Before\s+(?P<body2>(?:Chief\s+)?Justice\s+[A-Z][\w'\-]+,?(?:[ \t]*\n?[ \t]*(?:and\s+)?(?:Chief\s+)?Justice\s+"
    r"[A-Z][\w'\-]+,?(?:\s+and)?){1,4})[ \t]*$"
)
_NOT_PART_RE = re.compile(r"(?m)^[ \t]*(?P<body>[A-Z][^\n]{2,200}?),?\s+(?:not\s+participating|took\s+no\s+part|recused|did\s+not\s+participate)")
_AUTHOR_LINE_RE = re.compile(
    # (Kentucky: "OPINION OF THE COURT BY JUSTICE ROE")
    r"(?m)^[ \t]*(?:(?:MEMORANDUM\s+)?(?:Opinion|OPINION)(?:\s+(?:of|OF)\s+(?:the|THE)\s+(?:Court|COURT))?\s+(?:by|BY):?\s+)?"
    r"(?:(?:Chief\s+|CHIEF\s+)?(?:Justice|Judge|JUSTICE|JUDGE)\s+(?P<pre>[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'.\-]+){0,3})[.:]?[ \t]*$|"
    r"(?P<name>[A-Z][A-Za-z'.\- ]{1,40}?)(?:,\s*(?:JR|Jr|SR|Sr)\.)?,\s*(?:Acting\s+)?(?:C\.\s?J\.|P\.\s?J\.|J\.|Justice|Judge|JUSTICE|JUDGE|Chief\s+Judge|Chief\s+Justice|"
    r"(?:Senior\s+)?(?:Circuit|District|Magistrate|Associate|Presiding|Chief\s+District)\s+Judge|Associate\s+Justice)"
    r"(?:,?\s*(?:for\s+the\s+Court|Acting\s+Judge|pro\s+te[mr]\.?))?[.:]?(?:[ \t]*\[fn\.?\s*\*?\])?[ \t]*$)"
)
_LOWER_JUDGE_RE = re.compile(
    r"(?P<n>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z](?:['\u2019][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?)+(?:,\s+(?:Jr|Sr)\.)?),\s+(?:Senior\s+|Chief\s+)?"
    r"(?:U\.\s?S\.\s+|United\s+States\s+)?(?:District|Magistrate|Trial|Bankruptcy)\s+Judge\b"
)
_HON_JUDGE_RE = re.compile(r"\bHon(?:\.|orable)\s+(?P<n>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){1,3}),\s*(?:P\.\s?J|J|C\.\s?J|JJ)\.")
# (the list may wrap: "Panel consists of Justices Roe,\nPoe, and Doe.")
# (Louisiana's Fifth Circuit: "Panel composed of Judges Ann Roe,\nJohn Poe, and Jane Doe", no full stop)
_PANEL_CONSISTS_RE = re.compile(r"\bPanel\s+(?:consists\s+of|consisting\s+of|composed\s+of|:)\s+(?P<body>(?:Chief\s+)?(?:Justices?|Judges?)\s+"
                                r"(?:[^\n]|\n(?![ \t]*\n)){3,200}?)(?:(?<!\b[A-Z])\.(?:\s|$)|[ \t]*\n[ \t]*\n)")
_JUDGE_CAPS_RE = re.compile(r"\b(?:Chief\s+|Senior\s+)?(?:Judge|Justice)\s+(?P<n>[A-Z][A-Z'\-]{2,})\b(?![ \t]+[A-Z]\.?(?:\s|[A-Z]))")
# "Justice MICHAEL E. WHEAT delivered the Opinion of the Court.", "We Concur: PATRICIA COTTER, ... and JIM RICE, JJ."
_DELIVERED_RE = re.compile(
    r"\b(?:Chief\s+|CHIEF\s+)?(?:Justice|Judge|JUSTICE|JUDGE)\s+(?P<n>[A-Z][A-Za-z'\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){0,3})\s+delivered\b|"
    r"(?m:^)[ \t]*(?P<n2>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?),\s*(?:C\.\s?J\.|P\.\s?J\.|J\.),?\s+delivered\b"
)
# Ohio appellate signature: "____________ DIANE ROE PRESIDING JUDGE"
_CAPS_TITLE_SIGNATURE_RE = re.compile(
    r"(?P<name>\b[A-Z]{2,}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z'\-]+){1,2})[ \t]*,?[ \t]+(?:PRESIDING|ADMINISTRATIVE)[ \t]+(?:JUDGE|JUSTICE)\b"
)
# Colorado: "Judge RUSSEL concurs." / "Justice Roe dissents."
_TITLED_VOTE_RE = re.compile(r"(?m)^[ \t]*(?:Chief\s+)?(?:Judge|Justice|JUDGE|JUSTICE)\s+(?P<n>[A-Z][A-Za-z'\-]+)\s+"
                             r"(?:concurs|dissents|specially\s+concurs|concurring|dissenting)\b")
# "The trial judge, Superior Court Judge Jonathan H. Link, ..."
_COURT_JUDGE_RE = re.compile(r"\b(?:Superior|District|Circuit|County|Criminal|Municipal|Trial)\s+Court\s+Judge\s+"
                             r"(?P<n>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+){1,2})\b")
# the lower court's judge in a parenthesis: "the Southern District of New York (Buchwald, J.)", "Kings County (Smith, J.)"
# (Maine names the county first: "entered in the Superior Court (Lake County, Roe, J.)")
_PAREN_JUDGE_RE = re.compile(r"(?:Court|District\s+of\s+[A-Z][\w ]{2,30}?|County)\s*,?\s*\((?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+County,\s+)?(?P<n>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:J|C\.\s?J|Ch\.\s?J|D\.\s?J)\.\)")
# Texas, closing the opinion: "Before Chief Justice Gray,\n\n Justice Reyna, and\n\n Justice Davis"
_BEFORE_JUSTICES_RE = re.compile(
    r"\bBefore\s+(?P<body>(?:Chief\s+)?Justice\s+[A-Z][\w'\-]+(?:\s*\(Retired\))?,?(?:\s+(?:and\s+)?(?:Chief\s+)?Justice\s+[A-Z][\w'\-]+"
    r"(?:\s*\(Retired\))?,?(?:\s+and)?){1,4})"
)
_SEPARATE_AUTHOR_RE = re.compile(r"[ \t]*(?P<n>[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'.\-]+){0,2}),\s*(?:C\.\s?J\.|P\.\s?J\.|J\.|Justice|Judge)")
_COPIES_TO_RE = re.compile(r"(?im)^[ \t]*(?:Copies\s+(?:mailed|sent|furnished|provided)\s+to|cc)\s*:[ \t]*$")
# (Washington sets the signatures side by side: "WE CONCUR:\n\nDoe, J.          Lane, J.")
_CONCUR_CELL = (r"(?:/[Ss]/[ \t]*)?[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3}"
                r"(?:,[ \t]*(?:Acting\s+)?(?:C\.\s?J\.|A\.\s?C\.\s?J\.|P\.\s?J\.|J\.|(?:Presiding|Senior|Special)?[ \t]*Judge|JUDGE))?")
_WE_CONCUR_BLOCK_RE = re.compile(
    r"(?m)^[ \t]*(?:We\s+[Cc]oncur|WE\s+CONCUR|CONCUR|Concur)[ \t]*:?[ \t]*\n(?P<block>(?:[ \t]*_*[ \t]*\n|[ \t]*"
    rf"{_CONCUR_CELL}(?:[ \t]{{3,}}{_CONCUR_CELL})*"
    r"[ \t]*(?:\n|$)){1,12})"
)
_SIGNED_RE = re.compile(r"(?m)^[ \t]*/[Ss]/[ \t]*(?P<n>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){1,3})[ \t]*$")
# (Utah numbers the line and lets one judge sign: "¶ 52 I CONCUR: ANN B. HALE, Judge.")
_WE_CONCUR_RE = re.compile(r"(?m)^[ \t]*(?:¶[ \t]*\d+[ \t]+)?(?:(?:We\s+[Cc]oncur|WE\s+CONCUR)[ \t]*:?|I\s+(?:[Cc]oncur|CONCUR)[ \t]*:)[ \t]*"
                           r"(?P<body>[^\n]{3,300})$")
_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*(?:Sitting:\s*)?(?P<name>[A-Z][^\W\d_]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\-]+),\s*"
    r"(?:Chief\s+Justice|Chief\s+Judge|Judge|Justice|Presiding\s+Judge|P\.J\.|C\.J\.|J\.)[ \t]*$"
)
# North Dakota and others list the deciding justices one per line after the opinion:
# "Gerald W. Doe, C.J.\nDale V. Roe\nDaniel J. Poe"
_NAME_BLOCK_RE = re.compile(
    r"(?m)^(?:\[¶\s*\d+\][ \t]*)?(?P<block>(?:[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Za-z'\-]+){1,2}"
    r"(?:,[ \t]*(?:C\.\s?J\.|J\.|S\.J\.|D\.J\.))?[ \t]*(?:\n(?:[ \t]*\n)?|\Z)){3,9})"
)
# "AL SCOGGINS\n      Justice", "Sherry Roe\n   Chief Justice": a signature block closing the opinion
# (signed: "/s/ James T. Vaughn, Jr.\n   Justice" under "BY THE COURT:")
_CAPS_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*(?:/[Ss]/[ \t]*)?(?P<name>(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Za-z'\-]+){1,2}"
    r"(?:,?[ \t]+(?:Jr|Sr|JR|SR)\.?|,?[ \t]+(?:II|III|IV))?)[ \t]*\n(?:[ \t\xa0]*\n){0,4}[ \t]*"
    r"(?:Chief[ \t]+|Presiding[ \t]+|CHIEF[ \t]+|PRESIDING[ \t]+)?(?:Justice|Judge|JUSTICE|JUDGE)[ \t]*$"
)
# Appointed appellate counsel named in the body (Anders briefs): "Attorney Ernest Doe must immediately send ...",
# "The request of counsel, Mr. Richard C. Doe, for leave to withdraw is granted."
# the accused's lawyer named in the story: "he requested his attorney, Mark Edwards, to file an appeal"
_BODY_OWN_COUNSEL_RE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Dd]efendant['\u2019]s|[Aa]ppellant['\u2019]s|[Pp]etitioner['\u2019]s)\s+(?:trial\s+|appellate\s+|defense\s+|court-appointed\s+|"
    rf"appointed\s+|retained\s+|former\s+)?(?:attorney|counsel|lawyer)s?,\s+(?P<name>{_NAME})(?:\s*\([^()\n]{{1,40}}\))?(?:\[\d+\])?\s*[,.;]|"
    # "each of Price's trial attorneys (Roe and Poe)"
    rf"\b(?:his|her|their|[A-Z][a-z]+['\u2019]s)\s+(?:trial\s+|appellate\s+|defense\s+|habeas\s+)?(?:attorneys|counsel|lawyers)\s+\((?P<name1>{_NAME})\s+and\s+(?P<name2>{_NAME})\)|"
    # "Stephen Roe ("Roe") became counsel of record for Price"
    rf"(?P<name3>{_NAME})(?:\s*\([^()\n]{{1,40}}\))?\s+(?:became|was\s+appointed(?:\s+as)?|was\s+retained\s+as|served\s+as)\s+(?:his\s+|her\s+|the\s+)?"
    r"(?:trial\s+|appellate\s+|defense\s+|habeas\s+|lead\s+)?counsel(?:\s+of\s+record)?\s+for\s+(?P<for>[A-Z][a-z]+|him|her|the\s+(?:defendant|appellant|petitioner))\b|"
    # "Although David Poe also represented Price at his trial"
    rf"(?P<name4>{_NAME})\s+(?:also\s+|had\s+|later\s+)?represented\s+(?P<for2>[A-Z][a-z]+|him|her|the\s+(?:defendant|appellant|petitioner))\b|"
    # the role leads without an owner: "Trial counsel, Mark Hale, did not object"
    rf"\b(?:[Tt]rial|[Dd]efense)\s+(?:counsel|attorney),\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+)?(?P<name5>{_NAME}),|"
    # the passive: "Roe was represented at trial by Mark Hale", "He was represented by appointed counsel, Mark Hale"
    rf"\b(?:[Hh]e|[Ss]he|(?P<for3>[A-Z][a-z]+))\s+was\s+(?:initially\s+|originally\s+|later\s+)?represented\s+(?:at\s+trial\s+|below\s+)?by\s+"
    rf"(?:(?:appointed|retained|private|court-appointed)\s+counsel,?\s+|(?:attorney|counsel)\s+)?(?P<name6>{_NAME})(?=[\s,.;])|"
    # "defendant retained the services of Mr. Alan Roe, an attorney from Lakeview", "Roe hired attorney Ann Poe to represent him"
    rf"\b(?:[Hh]e|[Ss]he|[Dd]efendant|[Aa]ppellant|[Pp]etitioner|(?P<for4>[A-Z][a-z]+))\s+(?:then\s+|later\s+|subsequently\s+)?(?:retained|hired|engaged)\s+"
    rf"(?:the\s+services\s+of\s+)?(?:attorney\s+|counsel\s+|(?:Mr|Mrs|Ms)\.\s+)?(?P<name7>{_NAME})(?=,\s+(?:an?\s+)?(?:attorney|lawyer|counsel)\b|"
    r"\s+(?:as\s+(?:his|her)\s+(?:trial\s+)?(?:attorney|lawyer|counsel)|to\s+represent)\b)"
)
# the State's lawyer named in the story: "Stanley Roe, counsel for the State", "Pat Roe, who was appointed as special prosecutor"
# the title first: "Assistant U.S. Attorneys Ruth Roe and Omar F. Poe", "District Attorney Jane Roe"
_TITLED_PROSECUTORS_RE = re.compile(
    rf"\b(?:(?:Assistant|Deputy|Special|Chief)\s+)*(?:U\.\s?S\.|United\s+States|District|State['\u2019]s|County|Prosecuting|Commonwealth['\u2019]s)\s+"
    rf"Attorneys?[ \t]+(?P<list>{_NAME}(?:,\s+{_NAME}){{0,3}}(?:,?\s+and\s+{_NAME})?)(?=[\s,.;)])"
)
# a list of officials, not the prosecutor's name: "the deputy district attorney, Deputy Sheriff Roe, the chief of police"
_POLICE_TITLE_WORDS = r"(?:Deputy|Sheriff|Officer|Detective|Sergeant|Chief|Captain|Lieutenant|Trooper|Agent|Judge)\b"
_BODY_PROSECUTOR_RE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:(?:who\s+was\s+)?(?:appointed\s+)?(?:as\s+)?(?:the\s+|an?\s+)?(?:special\s+|assistant\s+|deputy\s+)?"
    rf"(?:prosecutor|district\s+attorney|prosecuting\s+attorney|state['\u2019]s\s+attorney)|counsel\s+for\s+the\s+(?:State|People|Commonwealth|Government))\b|"
    # the role first: "The prosecutor, Paula Kent, argued", "the trial assistant district attorney, Ann Roe,"
    rf"\b[Tt]he\s+(?:trial\s+)?(?:special\s+|assistant\s+|deputy\s+)?(?:prosecutor|district\s+attorney|prosecuting\s+attorney|"
    rf"state['\u2019]s\s+attorney),\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+)?(?!{_POLICE_TITLE_WORDS})(?P<name2>{_NAME}),"
)
_BODY_COUNSEL_RE = re.compile(
    r"\b(?:[Cc]ounsel,|Attorney)\s+(?:Mr\.\s+|Ms\.\s+|Mrs\.\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'\-]+),?"
    r"\s+(?:for\s+leave\s+to\s+withdraw|must|shall|has\s+filed|filed|moves|moved|is\s+granted|asks)\b"
)
_TRIAL_JUDGE_RES = [
    re.compile(r"\((?P<name>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){1,3}),\s*J\.\)"),
    # (a period ends the name unless it is an initial's: "imposed by the Honorable Ann Lee Roe-Poe. We affirm.")
    re.compile(r"\bHonorable[ \t]+(?P<name>(?:[A-Z]\.[ \t]?)*[A-Z][A-Za-z'\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){0,3})"),
    re.compile(r"\b(?:trial\s+judge|district\s+judge|presiding\s+judge),?\s+(?:the\s+)?(?:Hon\.\s+|Judge\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'\-]+)"),
    # Louisiana's writ header: "APPLYING FOR SUPERVISORY WRIT FROM THE ... DISTRICT COURT, ..., DIRECTED TO THE HONORABLE ANN
    # ROE, DIVISION "A""
    re.compile(r"\b(?:DIRECTED|Directed)\s+(?:TO|to)\s+(?:THE|the)\s+(?:HONORABLE|Honorable)\s+"
               r"(?P<name>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){1,3}?)(?=,|[ \t]+(?:JUDGE|Judge|DIVISION|Division)\b)"),
]
_JUDGE_TITLE_WORDS = re.compile(
    # ("C.J." before a surname is a judge's initials: "R.B. BURNS and C.J. BYRNS, JJ.")
    r"\b(?:C\.\s?J|P\.\s?JJ?|J\.\s?P|JJ?|Js)\.(?![ \t]+[A-Z][A-Za-z'\-]{2,})|\bpro\s+te[mnr]\.?|"
    r"\b(?:Chief|Senior|Acting|Presiding|Circuit|District|Magistrate|Associate|Judges?|"
    r"Justices?|Sitting\s+by\s+Designation|Retired|Ad\s+Hoc)\b\.?",
)
_COUNSEL_FOR_RE = re.compile(
    r"(?is)\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<side>plaintiffs?|defendants?|appellants?|appellees?|"
    r"petitioners?|respondents?|movants?|relators?|applicants?|the\s+state|state|the\s+people|people|"
    r"the\s+united\s+states|united\s+states|u\.\s?s\.(?=[\s,;.]|$)|usa\b|the\s+commonwealth|commonwealth|the\s+government|government|"
    r"the\s+defendant|defendant|"
    # a party by name: "for Barre.", "for Anthony Bernard Chester." (the caller keeps only the accused's name)
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?=\s*[.;]\s*(?:\n|$)))(?P<more>[-\s/]*(?:and\s+)?(?:appellants?|appellees?|respondents?|petitioners?|in\s+error)?)"
)
_COUNSEL_HEAD_RE = re.compile(
    r"(?i)(?:^|(?<=\n)|(?<=[.;]\s))[ \t]*(?:counsel\s+|attorneys?\s+|briefs?\s+|oral\s+arguments?\s+|appearing\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
    r"(?P<side>plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|movants?|relators?|applicants?|"
    r"state|people|united\s+states|commonwealth|government)(?P<more>[-\s/]*(?:and\s+)?(?:appellants?|appellees?|respondents?|"
    r"petitioners?)?)\s*:"
)
# Louisiana: "COUNSEL FOR PLAINTIFF/APPELLEE,\nSTATE OF LOUISIANA\n    Ann Roe\n    John Poe": the side, then its party on a
# line of its own, then the names below
_COUNSEL_HEAD_PARTY_RE = re.compile(
    r"(?im)^[ \t]*(?:counsel|attorneys?)\s+for\s+(?:the\s+)?(?P<side>plaintiffs?|defendants?|appellants?|appellees?|petitioners?|"
    r"respondents?|relators?|applicants?|state)(?P<more>(?:[ \t]*[-/][ \t]*(?:plaintiffs?|defendants?|appellants?|appellees?|"
    r"petitioners?|respondents?|relators?))*),[ \t]*\n[ \t]*[A-Z][A-Z .,'\-]{2,60}?[ \t]*$"
)
_PROSECUTOR_TITLE_RE = re.compile(
    r"\b(?:District\s+Attorney|Dist\.\s*Atty|Attorney\s+General|Atty\.\s*Gen|U\.\s?S\.\s*Atty|United\s+States\s+Attorney|"
    r"Prosecut\w*|Solicitor\s+General|Sol\.\s*Gen\b|State'?s\s+Attorney|Commonwealth'?s\s+Attorney|County\s+Attorney|D\.A\.)",
    re.IGNORECASE,
)
_DEFENSE_TITLE_RE = re.compile(r"\b(?:Public\s+Defender|Appellate\s+(?:Project|Defender)|Indigent\s+Defen\w+|Capital\s+Defen\w+|Federal\s+Defender|Innocence\s+Project)",
                               re.IGNORECASE)
_ORG_RE = re.compile(
    r"(?:&|\bLLP\b|\bL\.L\.P\.|\bP\.C\.|\bP\.A\.|\bLLC\b|\bInc\b|Office|Project|Defender|Attorney|Atty|Counsel|Law\b|"
    r"Department|Dept|Division|General|Gen\.|Asst|Assistant|Deputy|District|County|Parish|Bureau|Clinic|Center|"
    r"University|School|Association|Services|Firm|Group|Associates|Partners|Chartered|Esq|Program|Def\.)",
    re.IGNORECASE,
)
_CITY_STATE_RE = re.compile(r"^[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?(?:,\s*[A-Z]{2}\.?|,\s*[A-Z][a-z]+\.)?$")


class People:
    """Collects people by name, merging roles and evidence."""

    def __init__(self) -> None:
        self.by_key: dict[str, PersonFact] = {}

    @staticmethod
    def key(name: str) -> str:
        key = re.sub(r"[^a-z0-9]+", " ", re.sub(r"\"[^\"]*\"", " ", name.lower())).strip()
        return re.sub(r"\s+(?:jr|sr|ii|iii|iv)$", "", key)  # "Mathias H. Heck, Jr." is "Mathias H. Heck"

    def add(self, name: str, role: str | None, ev: Evidence, aliases: tuple[str, ...] = ()) -> PersonFact | None:
        name = _LEADING_FUNCTION_RE.sub("", clean_name(name))
        if not name or not is_person_name(name):
            return None
        k = self.key(name)
        p = self.by_key.get(k) or self._same_but_middle(k)
        if p is not None and self.key(p.name) != k and len(k) > len(self.key(p.name)):
            del self.by_key[self.key(p.name)]  # "Gerald Ruth" then "Gerald E. Ruth": keep the fuller name
            p.name = name
            self.by_key[k] = p
        if p is None:
            p = self.by_key[k] = PersonFact(name=name, surname_only=len(name.split()) == 1)
        elif len(name) > len(p.name) and re.search(r"\b(?:Jr|Sr|II|III|IV)\.?$", name):
            p.name = name  # the fuller form, with its suffix
        if role:
            p.roles.add(role)
        p.aliases.update(a for a in aliases if a and self.key(a) != k)
        if not any(e.start == ev.start and e.end == ev.end for e in p.evidence):
            p.evidence.append(ev)  # several readers may find the same span (a panel line read as header and as tail)
        return p

    def values(self) -> list[PersonFact]:
        return list(self.by_key.values())

    def _same_but_middle(self, key: str) -> PersonFact | None:
        """The person named with or without middle initials or names ("ann roe" for "ann e roe", "carl poe" for
        "carl dean poe")."""
        words = key.split()
        if len(words) < 2:
            return None
        for other, p in self.by_key.items():
            ow = other.split()
            if len(ow) < 2 or ow == words or ow[0] != words[0] or ow[-1] != words[-1]:
                continue
            middle = ow[1:-1] if len(ow) > len(words) else words[1:-1]
            shorter = words if len(ow) > len(words) else ow
            if len(shorter) == 2 and middle and len(middle) <= 2:
                return p
        return None


_LEADING_TITLE_RE = re.compile(
    r"^(?:(?:Defendant-[Aa]ppellant|Defendant/[Aa]ppellant|Plaintiff-[Aa]ppellee|Appellant|Appellee|Defendant|Petitioner|"
    r"Respondent|Movant|Psychologist|Psychiatrist|Nurse|Doctor|Professor|Coroner|Examiner|Mr|Mrs|Ms|Dr|Miss|Deputy|Sheriff|Officer|Officers|Detective|Det|Sergeant|Sgt|Lieutenant|Lieut|Lt|"
    r"Trooper|Patrolman|Corporal|Cpl|Captain|Capt|Agent|Agents|Special|Investigator|Judge|Justice|Chief|Police|FBI|"
    r"Attorney|Prosecutor|Dist|Assistant|Juror|Airman|Seaman|Private|Specialist|Ensign|Cadet)\.?\s+)+"
)


# a sentence's first word or a plural title caught before a name: "Unlike Smith, ...", "Investigators Kallus and ..."
_LEADING_FUNCTION_RE = re.compile(
    r"^(?:(?:[IVX]+\.\s+)?(?:Unlike|Although|Though|When|Whether|While|Because|Since|If|Did|Does|Was|Were|Had|Has|Then|Thus|Also|Both|"
    r"Neither|Either|Nor|Only|Even|Until|Unless|After|Before|Instead|Indeed|"
    r"Once|Later|Meanwhile|However|Moreover|Defense|Defence|Investigators|Detectives|Officers|Troopers|Deputies|Agents|One|Arresting|"
    r"Attending|Investigating|Responding|Examining|Treating)\s+)+(?=[A-Z])"
)


# a personal title before a surname: at the start of a matched name, or just before the name's span
_PERSONAL_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Dr|Officer|Detective|Det|Sergeant|Sgt|Lieutenant|Lt|Trooper|Deputy|Sheriff|Agent|Investigator|"
                   r"Chief|Captain|Capt|Corporal|Cpl|Patrolman|Inspector)\.?\s+")
_TITLED_NAME_RE = re.compile(_PERSONAL_TITLE + r"(?=[A-Z])")
_TITLE_BEFORE_RE = re.compile(r"\b" + _PERSONAL_TITLE + r"$", re.IGNORECASE)  # "officer Wood" as well


def _titled_full_name(text: str, title: str, name: str) -> str | None:
    """The full name the text prints once after the same title ("Officer Kay Poe") for a titled surname
    ("Officer Poe") that other people of the text share; None when the text gives no single one."""
    title = re.escape(title.strip().rstrip("."))
    fulls = {re.sub(r"\s+", " ", f.group("n")) for f in re.finditer(
        rf"\b{title}\.?\s+(?!{_PERSONAL_TITLE})(?P<n>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){{0,2}}\s+{re.escape(name)})\b", text)}
    return fulls.pop() if len(fulls) == 1 else None


def _strip_titles(name: str) -> str:
    return _LEADING_TITLE_RE.sub("", name)


_BRACKETED_GIVEN_RE = re.compile(r"\[([A-Z][a-z]{2,})\][ \t]*\n?[ \t]*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


class NameIndex:
    """Full names used in the document, to resolve a surname ("Brown") to a full name ("Wiley Brown")."""

    def __init__(self, ctx: Context):
        self.full: dict[str, set[str]] = {}
        self.count: dict[str, int] = {}
        self.by_given: dict[str, set[str]] = {}  # first name -> full names, for people the text calls by first name
        text = ctx.text
        self._text = text[: ctx.body_end]
        self._one_name: dict[str, bool] = {}
        for m in PERSON_NAME_RE.finditer(text, 0, ctx.body_end):
            if ctx.is_masked(m.start(), m.end()):
                continue
            name = clean_name(m.group(0))
            name = _strip_titles(name)
            if len(name.split()) < 2 or not is_person_name(name):
                continue
            if all(len(w.strip(".")) == 1 for w in name.split()[:-1]) and len(name.split()) == 2:
                continue  # "A. Smith" is not fuller than what we can use
            self.full.setdefault(surname(name).lower(), set()).add(name)
            self.count[name] = self.count.get(name, 0) + 1
            given = _LEADING_FUNCTION_RE.sub("", name).split()[0]
            if len(given) >= 3 and not given.endswith("."):
                self.by_given.setdefault(given.lower(), set()).add(name)
        # a first name an editor added inside a quotation: "Detective [Michael] Reynolds testified"
        for m in _BRACKETED_GIVEN_RE.finditer(text, 0, ctx.body_end):
            name = f"{m.group(1)} {m.group(2)}"
            if not ctx.is_masked(m.start(), m.end()) and is_person_name(name):
                self.full.setdefault(surname(name).lower(), set()).add(name)
                self.count[name] = self.count.get(name, 0) + 1

    def resolve(self, name: str, given: bool = True) -> str:
        """A bare surname -> the single fullest full name with that surname, else unchanged; ``given`` also tries the
        word as a first name (not after a title: "Officer Thomas" is a surname)."""
        name = clean_name(name)
        if len(name.split()) != 1:
            return name
        cands = set(self.full.get(re.sub(r"'s$", "", name.lower()), set()))
        if not cands:
            return self._resolve_given(name) if given else name
        # "Both Roe and Poe testified": a sentence's first word before the surname is no first name when the
        # document gives a real one ("Tim Roe")
        proper = {c for c in cands if len(_LEADING_FUNCTION_RE.sub("", c).split()) > 1}
        cands = proper or cands
        # "Stunning Moment Kim Kardashian" (a headline run into a name) counts as "Kim Kardashian"
        for c in sorted(cands, key=len, reverse=True):
            inner = [d for d in cands if d != c and c.endswith(" " + d)]
            if inner:
                cands.discard(c)
                self.count[inner[0]] = self.count.get(inner[0], 0) + self.count.pop(c, 0)
        # prefer the longest; only if all candidates agree on it being one person (shared first word)
        firsts = {c.split()[0] for c in cands}
        if len(firsts) == 1 or len(cands) == 1:
            return max(cands, key=len)
        # several people share the surname: take one only if the text names it far more often
        ranked = sorted(cands, key=lambda c: self.count.get(c, 0), reverse=True)
        if self.count.get(ranked[0], 0) >= 2 * self.count.get(ranked[1], 0) + 1:
            return ranked[0]
        return name


    def goes_by_one_name(self, name: str) -> bool:
        """A single word the text uses as a person's whole name: often (three times or more), capitalized, never after
        an article ("the Bloods") or a case's "v.", and never beside another name word ("Ann Lowe", "Bess Roe",
        "Roe-Poe"); courts call children and some witnesses so."""
        if name not in self._one_name:
            uses = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self._text))
            self._one_name[name] = len(uses) >= 3 and not name.isupper() and not any(
                self._in_longer_name(self._text[max(0, u.start() - 40) : u.start()], self._text[u.end() : u.end() + 40]) for u in uses)
        return self._one_name[name]

    @staticmethod
    def _in_longer_name(before: str, after: str) -> bool:
        prev = re.search(r"(?:^|\s)(?P<w>[A-Za-z]+\.?)\s+$", before)
        if prev and (prev.group("w").lower() in ("the", "a", "an", "v.") or re.fullmatch(r"[A-Z]\.", prev.group("w"))
                     or re.fullmatch(r"[A-Z][a-z]+", prev.group("w")) and is_person_name(prev.group("w"))
                     and not _TITLE_BEFORE_RE.search(prev.group("w") + " ")):
            return True
        nxt = re.match(r"\s+(?P<w>[A-Z][a-z]+\b|[A-Z]\.)", after)  # "Bess Roe", "Mae B."
        return bool(nxt and is_person_name(nxt.group("w")))

    def _resolve_given(self, name: str) -> str:
        """A first name no full name has as its surname -> the one full name it begins ("Emma" -> "Emma Roe"): courts
        call children and relatives who share a surname by their first names."""
        fulls = self.by_given.get(re.sub(r"'s$", "", name.lower()), set())
        # "Emma Roe" and "Emma L. Roe" are one person; two surnames are two people
        if len({surname(f).lower() for f in fulls}) != 1:
            return name
        return max(fulls, key=len)


def _ev(m: re.Match[str], group: str | int = 0, conf: float = 0.7, method: str = _M) -> Evidence:
    return Evidence(m.start(group), m.end(group), method, conf)


def _split_names(body: str) -> list[tuple[str, int, int]]:
    """Names in a judges' list ("STEWART, GASKINS and PEATROSS") with their offsets in ``body``."""
    out = []
    for m in re.finditer(r"[^,;:]+", body):
        part = m.group(0)
        for sub in re.finditer(r"(?:(?<=^)|(?<=\b[Aa]nd\b)|(?<=\bAND\b)|(?<=&))[^&]*?(?=\b[Aa]nd\b|\bAND\b|&|$)", part):
            chunk = sub.group(0)
            if re.search(r"\d{2,}", chunk):
                continue  # a citation run into the list ("389 Mich. 793. QUINN"): no judge's name holds numbers
            cleaned = re.sub(r"\bP\.\s?JJ\.", " ", chunk)  # "IRVING AND GRIFFIS, P.JJ."
            cleaned = _JUDGE_TITLE_WORDS.sub(" ", cleaned)
            cleaned = re.sub(r"\b(?:and|AND|the|Hon\.?|Honorable|Judge|Justice|Before|BEFORE|PRESENT|Panel|CONCUR\w*)\b", " ", cleaned)
            cleaned = re.sub(r"[^\w.'\u2019\- ]|[\d_]", " ", cleaned)  # keep "ALARCÓN" whole
            cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
            if not cleaned or not re.search(r"[A-Za-z]{2}", cleaned):
                continue
            if len(cleaned.split()) > 4:
                continue
            s = m.start() + sub.start() + chunk.find(cleaned.split()[0]) if cleaned.split()[0] in chunk else m.start()
            out.append((fix_caps(cleaned), s, s + len(cleaned)))
    return out


def _judges(ctx: Context, people: People) -> None:
    text = ctx.text
    excluded: set[str] = set()
    for m in _NOT_PART_RE.finditer(text, 0, ctx.body_end):
        # "CHAPPELL, J., concurs. DAVENPORT, P. J., absent, not participating.": only the last clause is excluded
        # ("..., JJ., joined. Roe, J., did not participate.": only Roe)
        body = re.split(r"\b(?:concurs?|concurring|concurred|dissents?|dissenting|dissented|joined|joins?|opinion)\b[^A-Z]*",
                        m.group("body"))[-1]
        for name, _, _ in _split_names(body):
            excluded.add(People.key(name))

    def add(name: str, start: int, end: int, conf: float) -> None:
        if re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", name.strip(), re.IGNORECASE):
            return  # the suffix of the name before it ("ROBERT H. MONTGOMERY, JR., JJ.")
        if People.key(name) in excluded or not re.search(r"[a-z]{2}", name):
            return
        if not any(len(w.strip(".")) >= 3 for w in name.split()):
            return
        if len(name.split()) > 4 or re.search(r"\b(?:All|Court|State|Justices?|Judges?|Concur\w*|Result|Part)\b", name, re.IGNORECASE):
            return
        people.add(name, "judge", Evidence(start, end, _M + ".judges", conf))

    head_limit = max(ctx.header_end, 0) + 200
    for m in _PANEL_LINE_RE.finditer(_FOOTNOTE_MARK_RE.sub(lambda f: " " * len(f.group(0)), text[: head_limit + 400])):
        for name, s, e in _split_names(m.group("body")):
            add(name, m.start("body") + s, m.start("body") + e, 0.9)
    def untitled(body: str) -> str:  # "CHIEF JUSTICE ROSE, JUSTICES POE AND DOE": the titles in capitals too
        return re.sub(r"\b(?:CHIEF|SENIOR|PRESIDING|JUSTICES?|JUDGES?)\b", lambda w: " " * len(w.group(0)), body)

    for m in _BEFORE_TITLES_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        for name, s, e in _split_names(untitled(m.group("body"))):
            add(name, m.start("body") + s, m.start("body") + e, 0.85)
    for m in _BEFORE_TITLES_RE.finditer(text, max(ctx.header_end, ctx.body_end - 2500), ctx.body_end):
        for name, s, e in _split_names(untitled(m.group("body"))):
            add(name, m.start("body") + s, m.start("body") + e, 0.8)
    for m in _DELIVERED_JOINED_RE.finditer(text, 0, min(len(text), head_limit + 1500)):
        for name, s, e in _split_names(m.group("a")):
            add(name, m.start("a") + s, m.start("a") + e, 0.85)
        for name, s, e in _split_names(m.group("b")):
            add(name, m.start("b") + s, m.start("b") + e, 0.85)
    for m in _TITLED_DELIVERED_JOINED_RE.finditer(text, 0, min(len(text), head_limit + 1500)):
        add(m.group("a"), m.start("a"), m.end("a"), 0.85)
        body = re.sub(r"\bVice(?=\s+Chief\b)", "    ", m.group("b"))  # "Vice Chief Justice Roe"
        for name, s, e in _split_names(untitled(body)):
            add(name, m.start("b") + s, m.start("b") + e, 0.85)
    for m in _TRIAL_JUDGE_LINE_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0))):
        add(m.group("n"), m.start("n"), m.end("n"), 0.75)
    for m in APPEAL_FROM_PAREN_RE.finditer(text, 0, min(len(text), head_limit + 1500)):
        for j in _APPEAL_FROM_PAREN_JUDGE_RE.finditer(m.group(0)):
            add(j.group("n"), m.start() + j.start("n"), m.start() + j.end("n"), 0.75)
    for m in _JUDGE_PRESIDING_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        add(fix_caps(m.group("n").strip()), m.start("n"), m.end("n"), 0.8)
    for m in _REASONS_OF_JUDGE_RE.finditer(text, max(ctx.header_end, 0), ctx.facts_end):
        if ctx.usable(m.start(), m.end()):
            add(m.group("n"), m.start("n"), m.end("n"), 0.75)
    for m in _PANEL_COLUMN_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        pos = m.start("block")
        for line in m.group("block").split("\n"):
            name = re.sub(r",.*$", "", line).strip()
            if name:
                s0 = pos + line.index(name)
                add(fix_caps(name), s0, s0 + len(name), 0.85)
            pos += len(line) + 1
    for m in _NAMES_JJ_LINE_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        for name, s, e in _split_names(m.group("body")):
            add(name, m.start("body") + s, m.start("body") + e, 0.85)
    for m in _NAMES_JJ_LINE_RE.finditer(text, max(head_limit + 400, ctx.body_end - 2500), ctx.body_end):
        for name, s, e in _split_names(m.group("body")):
            add(name, m.start("body") + s, m.start("body") + e, 0.8)
    for m in _TITLED_PANEL_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        g = "body" if m.group("body") else "body2"
        for name, s, e in _split_names(m.group(g)):
            add(name, m.start(g) + s, m.start(g) + e, 0.85)
    for m in _TITLED_PANEL_RE.finditer(text, max(ctx.header_end, ctx.body_end - 2500), ctx.body_end):
        if m.group("body2"):
            for name, s, e in _split_names(m.group("body2")):
                add(name, m.start("body2") + s, m.start("body2") + e, 0.8)
    for m in _AUTHOR_LINE_RE.finditer(text, 0, min(len(text), head_limit + 1200)):
        name = m.group("pre") or m.group("name")
        if name and not re.match(r"(?:PER|OPINION|MEMORANDUM)", name):
            g = "pre" if m.group("pre") else "name"
            add(fix_caps(name.strip()), m.start(g), m.end(g), 0.85)
    # concurrence / dissent lines near the end of the majority opinion
    tail_start = max(ctx.header_end, min(ctx.body_end, ctx.separate_start) - 1500)
    for m in _CONCUR_LINE_RE.finditer(text, tail_start, ctx.body_end):
        # "Judgment reversed. Broyles, C. J., MacIntyre and Gardner, JJ., concur.": the names follow the last sentence
        body = re.split(r"(?<=[a-z]{2}\.)\s+(?=[A-Z])", m.group("body"))[-1]
        if len(body) > 300 or re.search(r"\b(?:we|I|the\s+court|majority|opinion)\b", body, re.IGNORECASE):
            continue
        if not re.search(r"\b(?:JJ?\.|C\.\s?J\.|P\.\s?JJ?\.|Judges?|Justices?)", body):
            continue
        for name, s, e in _split_names(body):
            add(name, m.end("body") - len(body) + s, m.end("body") - len(body) + e, 0.8)
    for m in _JUDGE_VOTE_RE.finditer(text, tail_start, ctx.body_end):
        if text[max(0, m.start() - 2) : m.start()].strip().endswith("("):
            continue  # "548 U.S. 331, 360 (Smith, J., concurring)": a cited decision's vote
        add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
        for more in _JUDGE_VOTE_MORE_RE.finditer(m.group(0)):
            add(fix_caps(more.group("n")), m.start() + more.start("n"), m.start() + more.end("n"), 0.8)
    for m in _TITLED_SEPARATE_RE.finditer(text, tail_start, ctx.body_end):
        if not ctx.is_masked(m.start(), m.end()):
            add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
    for rx in (_TITLED_CONCUR_RE, _VOTE_TALLY_RE):
        for m in rx.finditer(text, 0, ctx.body_end if ctx.body_end > 0 else len(text)):
            if ctx.is_masked(m.start(), m.end()):
                continue
            for name, s, e in _split_names(m.group("body")):
                add(name, m.start("body") + s, m.start("body") + e, 0.8)
    for m in _ALL_CONCUR_EXCEPT_RE.finditer(text, ctx.header_end, ctx.body_end):
        for name, s, e in _split_names(m.group("body")):
            add(name, m.start("body") + s, m.start("body") + e, 0.8)
    # a note on the decision itself: "[**] Kennard, J., and Werdegar, J., dissented."
    for m in re.finditer(r"(?m)^[ \t]*\[\*+\][ \t]*", text[ctx.body_end :]):
        vote = _JUDGE_VOTE_RE.match(text, ctx.body_end + m.end())
        if vote:
            add(fix_caps(vote.group("n")), vote.start("n"), vote.end("n"), 0.75)
            for more in _JUDGE_VOTE_MORE_RE.finditer(vote.group(0)):
                add(fix_caps(more.group("n")), vote.start() + more.start("n"), vote.start() + more.end("n"), 0.75)
    for m in _SIGNATURE_BEFORE_CONCUR_RE.finditer(text, max(ctx.header_end, ctx.body_end - 3000), ctx.body_end):
        add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
    for m in _APPEAL_FROM_JUDGE_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        add(m.group("n"), m.start("n"), m.end("n"), 0.75)
    for m in _APPEAL_FROM_JUDGE2_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        g = "n" if m.group("n") else "n2" if m.group("n2") else "n3"
        add(fix_caps(m.group(g)), m.start(g), m.end(g), 0.75)
    for m in _DISTRICT_SIGNATURE_RE.finditer(text, ctx.header_end, len(text)):
        if not re.search(r"\b(?i:ordered|dated?|entered|signed|copies)\b", m.group("n")):  # "SO ORDERED.\n\n  United States ..."
            add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
    # a one-line panel that closes on a clause, not a title: "Before HALE, C.J., MARSH and GREEN, JJ., and ANN WADE, Circuit
    # Judge, in place of DUNN, J., disqualified."
    for m in _BEFORE_ONE_LINE_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        body = _IN_PLACE_OF_RE.sub(lambda w: " " * len(w.group(0)), m.group("body"))
        body = re.sub(r"\b(?:Chairman|Commissioners?|[Aa]ssigned|Emeritus|E\.|President|Vice|of\s+the\s+Panel|sitting\s+by\s+designation)\b",
                      lambda w: " " * len(w.group(0)), body)
        for name, s0, e0 in _split_names(body):
            add(name, m.start("body") + s0, m.start("body") + e0, 0.85)
    if re.search(r"\b(?:DISTRICT\s+COURT|District\s+Court)\b", text[:800]) and not re.search(
            r"\b(?:COURT\s+OF\s+APPEALS?|Court\s+of\s+Appeals?|APPELLATE|Appellate)\b", text[:800]):
        for m in _CAPTION_HON_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 200)):
            add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.75)
    for m in _AUTHOR_INLINE_RE.finditer(text, 0, min(len(text), head_limit + 1200)):
        g = "p" if m.group("p") else "n"
        add(fix_caps(m.group(g)), m.start(g), m.end(g), 0.8)
    for m in _VOTE_LINE_RE.finditer(text, ctx.header_end, ctx.body_end):
        if not ctx.is_masked(m.start(), m.end()):
            for name, s0, e0 in _split_names(m.group("body")):
                add(name, m.start("body") + s0, m.start("body") + e0, 0.8)
    for rx in (_BEFORE_HON_JUDGE_RE, _TITLED_CONCURRED_RE):
        for m in rx.finditer(text, 0, ctx.body_end):
            if ctx.is_masked(m.start(), m.end()) or ctx.sentence_cites_case(m.start()):
                continue
            if rx is _BEFORE_HON_JUDGE_RE:
                add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.75)
                continue
            body = re.sub(r"\b(?:Presiding|Chief|Acting|Justices?|Judges?)\b", lambda w: " " * len(w.group(0)), m.group("body"))
            for name, s0, e0 in _split_names(body):
                add(name, m.start("body") + s0, m.start("body") + e0, 0.8)
    for m in _COLON_VOTE_RE.finditer(text, 0, ctx.body_end):
        if not re.match(r"(?i)recused", text[m.end("n"):m.end()].split(":", 1)[1].strip()):
            add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
    for m in _HON_TITLE_JUDGE_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.75)
    for m in _HEADER_CONCUR_RE.finditer(text, 0, min(len(text), head_limit + 400)):
        body = re.split(r"(?<=[a-z]{2}\.)\s+(?=[A-Z])", m.group("body"))[-1]  # "Per curiam.  Roe and Poe, JJ., dissent."
        off = m.end("body") - len(body)
        for name, s0, e0 in _split_names(body):
            add(name, off + s0, off + e0, 0.8)
    for m in _FILED_OPINION_RE.finditer(text, 0, min(len(text), head_limit + 1500)):
        add(fix_caps(m.group("a")), m.start("a"), m.end("a"), 0.8)
    for rx in (_JOIN_OPINION_RE, _TITLED_FILED_RE):
        for m in rx.finditer(text, 0, ctx.body_end):
            if ctx.is_masked(m.start(), m.end()) or ctx.sentence_cites_case(m.start()):
                continue
            if rx is _TITLED_FILED_RE:
                add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
                continue
            for name, s0, e0 in _split_names(re.sub(r"\b(?i:chief|presiding|justices?|judges?|mr\.|mrs\.|ms\.)(?=\s)", lambda w: " " * len(w.group(0)), m.group("body"))):
                add(name, m.start("body") + s0, m.start("body") + e0, 0.8)
    for rx in _BODY_JUDGE_RES:
        for m in rx.finditer(text, ctx.header_end, min(ctx.body_end, ctx.separate_start)):
            if not ctx.is_masked(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
                add(m.group("n"), m.start("n"), m.end("n"), 0.7)
    for m in _DESIGNATION_NOTE_RE.finditer(text, ctx.body_end, len(text)):
        g = "n" if m.group("n") else "n2"
        if not ctx.is_masked(m.start(), m.end()):  # a judge sitting by designation, or the judge below
            add(fix_caps(m.group(g)), m.start(g), m.end(g), 0.75)
    # "Judge MOTZ wrote the opinion, in which Judge MURNAGHAN and Judge NIEMEYER joined."
    for m in _LOWER_JUDGE_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 600)):
        name, start = m.group("n"), m.start("n")
        last_line = name.rsplit("\n", 1)[-1]
        if len(last_line.split()) >= 2:  # "...District of California\nSamuel Roe, District Judge": the name is on its own line
            name, start = last_line.strip(), m.end("n") - len(last_line.strip())
        add(name, start, m.end("n"), 0.75)
    head = text[: min(len(text), max(ctx.header_end, 0) + 600)]
    cells = _right_cells(head)
    _right_column_judges(head, cells, add)
    _right_column_bench([c for c in cells if c[0] + len(c[1]) <= 3000], add)
    for m in _HON_JUDGE_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 600)):
        add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
    for m in _PANEL_CONSISTS_RE.finditer(text, 0, ctx.body_end):
        for name, s, e in _split_names(m.group("body")):
            add(name, m.start("body") + s, m.start("body") + e, 0.85)
    for m in _JUDGE_CAPS_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 600)):
        add(fix_caps(m.group("n")), m.start("n"), m.end("n"), 0.8)
    for m in _CAPS_SIGNATURE_RE.finditer(text, ctx.header_end, ctx.body_end):
        add(fix_caps(m.group("name")), m.start("name"), m.end("name"), 0.75)
    for m in _DELIVERED_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 600)):
        g = "n" if m.group("n") else "n2"
        add(fix_caps(m.group(g)), m.start(g), m.end(g), 0.85)
    for m in _CAPS_TITLE_SIGNATURE_RE.finditer(text, max(ctx.header_end, ctx.body_end - 2500), ctx.body_end):
        add(fix_caps(m.group("name")), m.start("name"), m.end("name"), 0.75)
    for m in _WE_CONCUR_RE.finditer(text, ctx.header_end, ctx.body_end):
        for name, s, e in _split_names(m.group("body")):
            add(name, m.start("body") + s, m.start("body") + e, 0.8)
    for rx in (_TITLED_VOTE_RE, _COURT_JUDGE_RE, _PAREN_JUDGE_RE, _BEFORE_JUSTICES_RE):
        for m in rx.finditer(text, 0, ctx.body_end):
            if ctx.is_masked(m.start(), m.end()) or ctx.sentence_cites_case(m.start()):
                continue
            if rx is _BEFORE_JUSTICES_RE:
                for name, s0, e0 in _split_names(re.sub(r"\(Retired\)", "         ", m.group("body"))):
                    add(name, m.start("body") + s0, m.start("body") + e0, 0.8)
            else:
                name = m.group("n")
                add(fix_caps(name) if name.isupper() else name, m.start("n"), m.end("n"), 0.75)
    # the author of a separate opinion: "KINGSLEY, J.\n\nI dissent."
    sep = _SEPARATE_AUTHOR_RE.match(text, ctx.separate_start) if ctx.separate_start < len(text) else None
    if sep:
        add(fix_caps(sep.group("n")), sep.start("n"), sep.end("n"), 0.8)
    # "We concur:" alone, the names one per line below it ("YEGAN, J." in California, "/S/ JIM ROE" in Montana)
    for m in _WE_CONCUR_BLOCK_RE.finditer(text, max(ctx.header_end, ctx.body_end - 3000), ctx.body_end):
        pos = m.start("block")
        for line in m.group("block").split("\n"):
            for cell in re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line):
                name = re.sub(r"^\s*/[Ss]/\s*|,.*$", "", cell.group(0)).strip(" \t_")
                if name and re.search(r"[A-Za-z]{2}", name):
                    s0 = pos + cell.start() + cell.group(0).index(name)
                    add(fix_caps(name) if name.isupper() else name, s0, s0 + len(name), 0.8)
            pos += len(line) + 1
    # Montana: "We Concur:" then one "/S/ JIM ROE" signature per line
    for m in _SIGNED_RE.finditer(text, max(ctx.header_end, ctx.body_end - 3000), ctx.body_end):
        name = m.group("n").strip()
        add(fix_caps(name) if name.isupper() else name, m.start("n"), m.start("n") + len(name), 0.8)
    copies = [m for m in _COPIES_TO_RE.finditer(text, max(ctx.header_end, ctx.body_end - 3000), ctx.body_end)]
    for c in copies:
        # Ohio: "Copies mailed to:" lists counsel, and the trial judge as "Hon. Jane Roe"
        for hm in re.finditer(r"(?m)^[ \t]*Hon(?:\.|orable)\s+(?P<n>[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){1,3})[ \t]*$",
                              text[c.end() : c.end() + 600]):
            add(hm.group("n"), c.end() + hm.start("n"), c.end() + hm.end("n"), 0.75)
    for m in _NAME_BLOCK_RE.finditer(text, max(ctx.header_end, ctx.body_end - 1500), ctx.body_end):
        if any(0 <= m.start() - c.end() < 40 for c in copies):
            continue  # a mailing list of counsel, not the deciding judges
        pos = m.start("block")
        for line in m.group("block").splitlines(keepends=True):
            name = re.sub(r",.*$", "", line).strip()
            if name:
                s = pos + line.index(name)
                add(name, s, s + len(name), 0.7)
            pos += len(line)
    for m in _SIGNATURE_RE.finditer(text, 0, ctx.body_end):
        add(m.group("name"), m.start("name"), m.end("name"), 0.75)
    for rx in _TRIAL_JUDGE_RES:
        for m in rx.finditer(text, 0, ctx.body_end):
            if ctx.is_masked(m.start(), m.end()):
                continue
            if m.start() < ctx.header_end and _COUNSEL_HEAD_PARTY_RE.search(text, *paragraph_bounds(text, m.start())):
                continue  # Louisiana styles its district attorney "Honorable" in the counsel block
            name = re.sub(r",.*$", "", m.group("name")).strip()
            if len(name.split()) >= 2 and is_person_name(name):
                add(fix_caps(name), m.start("name"), m.start("name") + len(name), 0.7)


# Indiana sets the lower court beside the caption: "State of Indiana,        The Honorable Thomas J.\n
# Appellee-Plaintiff          Alevizos, Judge"; read down the right column
_RIGHT_CELL_RE = re.compile(r"(?m)^[^\n]*?\S[ \t]{5,}(?P<cell>\S[^\n]*?)[ \t]*$|^[ \t]{30,}(?P<cell2>\S[^\n]*?)[ \t]*$")
_RIGHT_JUDGE_RE = re.compile(r"\b(?:The\s+)?(?:Honorable|HONORABLE|Hon\.|HON\.)\s+(?P<n>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3}"
                             r"(?:,\s+(?:JR|Jr|SR|Sr)\.)?),\s+(?:Judge|JUDGE|Magistrate|Commissioner)\b")


def _right_cells(head: str) -> list[tuple[int, str]]:
    """The head's right-hand column: (offset in head, cell text) per line that has one."""
    cells = []
    for m in _RIGHT_CELL_RE.finditer(head):
        g = "cell" if m.group("cell") is not None else "cell2"
        cells.append((m.start(g), m.group(g)))
    return cells


def _right_column_judges(head: str, cells: list[tuple[int, str]], add) -> None:
    joined, starts = "", []
    for off, cell in cells:
        box = re.match(r"[)|:][ \t]*", cell)  # a boxed caption's rule: ")           JUDGE"
        if box:
            off, cell = off + box.end(), cell[box.end() :]
        starts.append((len(joined), off))
        joined += cell + " "
    for m in _RIGHT_JUDGE_RE.finditer(joined):
        # the span of the name's first part, in the original text
        at = max((j, o) for j, o in starts if j <= m.start("n"))
        begin = at[1] + m.start("n") - at[0]
        first_line_end = head.find("\n", begin)
        name = m.group("n")
        add(fix_caps(name) if name.isupper() else name, begin,
            min(begin + len(name), first_line_end if first_line_end > 0 else len(head)), 0.75)


# Michigan's orders set the bench in the right column: "Anne B. Hale,\n Chief Justice\n Carl D. Marsh\n ...
# Evan F. Wade,\n Justices"; the names lie between the chief's name and the closing "Justices"
_BENCH_CHIEF_CELL_RE = re.compile(r"(?:Chief\s+Justice|Chief\s+Judge)[ \t]*$")
_BENCH_END_CELL_RE = re.compile(r"(?:Justices|Judges)[ \t]*$")


def _right_column_bench(cells: list[tuple[int, str]], add) -> None:
    for i, (_, cell) in enumerate(cells):
        if not _BENCH_CHIEF_CELL_RE.fullmatch(cell.strip()) or i == 0:
            continue
        end = next((j for j in range(i + 1, min(len(cells), i + 14)) if _BENCH_END_CELL_RE.fullmatch(cells[j][1].strip())), None)
        if end is None:
            continue
        for off, name in [cells[i - 1], *cells[i + 1 : end]]:
            name = name.strip().rstrip(",").strip()
            if is_person_name(name) and 2 <= len(name.split()) <= 5:
                add(name, off, off + len(name), 0.8)
        return


_FOR_OFFICIAL_RE = re.compile(rf"\bfor\s+(?P<name>{_NAME}),\s+(?:(?:Acting\s+)?(?:United\s+States|U\.\s?S\.|District|State['\u2019]s|County|"
                              r"Commonwealth['\u2019]s|Prosecuting)\s+Attorney|Attorney\s+General)\b")


def _counsel(ctx: Context, people: People, accused_labels: set[str], gov_labels: set[str],
             skip: tuple[int, int] | None = None) -> None:
    """Counsel paragraphs in the header: "Name, Title, Org, City, for appellant."; ``skip`` is a two-column block read already."""
    text = ctx.text
    accused_words = frozenset(w for p in ctx.parties if "_defendant" in p.labels for n in (p.name, *p.others)
                              for w in re.findall(r"[a-z]+", n.lower()))
    # the other side by name: "for Wells." where the caption's respondent is the warden Richard Wells
    other_words = frozenset(w for p in ctx.parties if "_defendant" not in p.labels
                            for w in re.findall(r"[a-z]{3,}", p.name.lower())) - accused_words
    prev_counsel = False
    for ps, pe in _counsel_paragraphs(ctx):
        if skip and ps < skip[1] and pe > skip[0]:
            continue
        if any(p.start <= ps < p.end for p in ctx.parties):
            continue  # a caption party ("Carl Roe, Supt., State School For Boys."), not counsel
        par = _Span(ps, text[ps:pe])
        ptext = par.group(0)
        after_counsel, prev_counsel = prev_counsel, bool(_COUNSEL_FOR_RE.search(ptext))
        if (after_counsel and not prev_counsel and len(ptext) < 200 and _PROSECUTOR_TITLE_RE.search(ptext)
                and not _DEFENSE_TITLE_RE.search(ptext)):
            # Georgia: "Jane Roe, Asst. Atty. Gen., Atlanta." on its own line after the State's counsel line
            for name, s, e in _counsel_names(ptext):
                people.add(name, "prosecutor", Evidence(ps + s, ps + e, _M + ".counsel", 0.75))
            continue
        if not _COUNSEL_FOR_RE.search(ptext) or re.search(r"\bv\.\s*$|\bNo\.\s", ptext[:20]):
            continue
        if re.search(r"\b(?:testified|testifies|took\s+the\s+stand)\b", ptext):
            continue  # "Ann Roe and Tom Poe testified for the State": witnesses, not counsel
        for om in _FOR_OFFICIAL_RE.finditer(ptext):
            # "(Roe, on the brief), for Jane Poe, United States Attorney, for Appellee": the office holder is the State's
            people.add(om.group("name"), "prosecutor", Evidence(ps + om.start("name"), ps + om.end("name"), _M + ".counsel", 0.75))
        if re.search(r"\bpro\s+se\b", ptext, re.IGNORECASE) and not _PROSECUTOR_TITLE_RE.search(ptext):
            continue
        # Wisconsin: "For the defendant-appellant the cause was submitted on the briefs of Ann Roe and Poe & Lane. For the
        # respondent the cause was submitted on the brief of Tom Hale, district attorney"; "For Appellant: Name, Title;
        # Name, Title, City.": the names follow their side
        heads, conf = list(_SIDE_FIRST_RE.finditer(ptext)), 0.8
        if not heads:
            heads, conf = list(_COUNSEL_HEAD_PARTY_RE.finditer(ptext)), 0.85
        if not heads:
            heads, conf = list(_COUNSEL_HEAD_RE.finditer(ptext)), 0.85
            # Louisiana: "Name, Office, Address, COUNSEL FOR DEFENDANT/APPELLANT: John Roe": the label closes the group and
            # names the party after its colon
            if heads and ptext[: heads[0].start()].strip() and len(ptext[heads[-1].end() :].strip()) < 60 \
                    and "\n" not in ptext[heads[-1].end() :].strip():
                heads = []
        if heads:
            _counsel_after_sides(ptext, ps, heads, conf, people, accused_labels, gov_labels)
            continue
        # a paragraph may hold several "... for X" groups
        pos = 0
        for fm in _COUNSEL_FOR_RE.finditer(ptext):
            group = ptext[pos : fm.start()]
            group_start = par.start() + pos
            pos = fm.end()
            lead = re.match(r"[ \t]*:[^\n]*\n", group)  # the party named after the last label's colon ("...: State of Louisiana\n")
            if lead:
                group_start += lead.end()
                group = group[lead.end() :]
            appeal_line = list(re.finditer(r"(?m)^[ \t]*(?:APPEAL|Appeal|ORIGINAL\s+PROCEEDINGS?|Original\s+proceedings?)\s[^\n]*\n", group))
            if appeal_line:  # California: "APPEAL from a judgment of ..., Ann Roe, Judge. Affirmed.\nJane Poe, ..., for Appellant."
                group_start += appeal_line[-1].end()
                group = group[appeal_line[-1].end() :]
            se = list(re.finditer(r"\bpro\s+se\b\.?|\bin\s+pro(?:\.|pria)?\s*per(?:\.|sona\b)?,?", group, re.IGNORECASE))
            if se:  # "Newby, Appellant Pro Se. James Bradsher, ..., for Appellee."
                group_start += se[-1].end()
                group = group[se[-1].end() :]
            side = re.sub(r"\s+", " ", (fm.group("side") + fm.group("more")).lower())
            role = _side_role(side, group, accused_labels, gov_labels, accused_words, other_words)
            if role is None:
                continue
            for name, s, e in _counsel_names(group):
                people.add(name, role, Evidence(group_start + s, group_start + e, _M + ".counsel", 0.85))
        # "on brief" / "argued" tails after the last "for X"
        tail = ptext[pos:]
        if re.search(r"\bon\s+(?:the\s+)?briefs?\b|\bargued|\b[Ww]ith\s+(?:him|her)\b|\(\s*(?:Mr\.|Mrs\.|Ms\.)?[^()]*\battorneys?\s*\)", tail) and pos:
            last_side = _COUNSEL_FOR_RE.findall(ptext)[-1]
            role = _side_role((last_side[0] + last_side[1]).lower(), tail, accused_labels, gov_labels)
            if role:
                for name, s, e in _counsel_names(tail):
                    people.add(name, role, Evidence(par.start() + pos + s, par.start() + pos + e, _M + ".counsel", 0.75))


_SIDE_FIRST_RE = re.compile(
    r"\b(?:For|On\s+behalf\s+of)\s+the\s+(?P<side>(?:plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|state)"
    r"(?:[-\s]+(?:plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?))*),?\s+(?:the\s+cause\s+was\s+|there\s+(?:was|were)\s+)?"
    r"(?:submitted|argued)(?:\s+orally)?\s+(?:on\s+the\s+briefs?\s+of|by)\s+",
    re.IGNORECASE,
)
def _counsel_after_sides(ptext: str, ps: int, heads: list[re.Match[str]], conf: float, people: People,
                         accused_labels: set[str], gov_labels: set[str]) -> None:
    """Counsel groups that follow their side's heading: each group runs from its heading to the next."""
    for i, hm in enumerate(heads):
        g_end = heads[i + 1].start() if i + 1 < len(heads) else len(ptext)
        group = ptext[hm.end() : g_end]
        more = hm.group("more") if "more" in hm.re.groupindex else ""
        role = _side_role(re.sub(r"\s+", " ", (hm.group("side") + more).lower()), group, accused_labels, gov_labels)
        if role is None:
            continue
        for name, s, e in _counsel_names(re.sub(r";", ",", group)):
            people.add(name, role, Evidence(ps + hm.end() + s, ps + hm.end() + e, _M + ".counsel", conf))


_SIDE = r"(?:the\s+)?(?:appellants?|appellees?|petitioners?|respondents?|defendants?|plaintiffs?|state|people|commonwealth)"
# "ATTORNEY FOR APPELLANT        ATTORNEYS FOR APPELLEE" / "For the Appellant:      For the Appellee:"
# (Ohio prints the sides with their role below and no colon: "For Plaintiff-Appellee          For Defendant-Appellant")
_SIDE2 = rf"{_SIDE}(?:[-\u2010/](?:appellants?|appellees?|petitioners?|respondents?|defendants?|plaintiffs?))?"
_TWO_COLUMN_HEAD_RE = re.compile(
    rf"(?im)^[ \t]*(?:(?:attorneys?|counsel)\s+for\s+(?P<l>{_SIDE2})|for\s+(?P<l2>{_SIDE2})\s*:?)[ \t]{{3,}}"
    rf"(?P<right>(?:(?:attorneys?|counsel)\s+for\s+(?P<r>{_SIDE2})|for\s+(?P<r2>{_SIDE2})\s*:?))[ \t]*$"
)
_COLUMN_NAME_RE = re.compile(r"[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+)){1,3}(?:,\s*(?:Jr|Sr|II|III|IV)\.?)?|"
                             r"[A-Z][A-Z'\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'\-]+)){1,3}(?:,\s*(?:JR|SR|II|III|IV)\.?)?")
_COLUMN_STOP_RE = re.compile(r"^\s*(?:IN\s+THE\b|OPINION\b|MEMORANDUM\b|COURT\s+OF\b|[A-Z][\w.' ]+,\s+(?:Appellant|Defendant|Petitioner)|"
                             r"[A-Z][A-Za-z'\-]+,\s+(?:P\.\s?|C\.\s?)?J\.[ \t]*$|\{?\u00b6)")


# Mississippi-style header forms: "TRIAL JUDGE:   HON. JANE ROE", "ATTORNEY FOR APPELLEE:   OFFICE OF THE ATTORNEY
# GENERAL\n      BY: JOHN DOE", "DISTRICT ATTORNEY:   JOHN ROE"; a value runs on over indented lines with no label
# (military courts write the fields in mixed case: "Military Judge: Ann B. Roe (sitting alone).", "Appellate Counsel for the
# United States: Major Carl Poe.")
_FORM_FIELD_RE = re.compile(
    r"(?m)^[ \t]*(?P<label>(?:ATTORNEYS?|COUNSEL)\s+FOR\s+(?P<side>APPELLANTS?|APPELLEES?|PETITIONERS?|RESPONDENTS?|DEFENDANTS?|"
    r"PLAINTIFFS?|(?:THE\s+)?STATE|(?:THE\s+)?PEOPLE|(?:THE\s+)?COMMONWEALTH)|DISTRICT\s+ATTORNEY|TRIAL\s+JUDGE|TRIAL\s+COURT\s+JUDGE|"
    r"(?:MILITARY|Military)\s+(?:JUDGE|Judge)|(?:Appellate\s+)?Counsel\s+for\s+(?:the\s+)?(?P<side2>Appellant|Appellee|United\s+States|Government))"
    r"[ \t]*:[ \t]*(?P<val>[^\n]*(?:\n[ \t]{8,}(?![A-Z][A-Z .'/()-]{2,40}:[ \t])[^\n]*)*)"
)


_MILITARY_RANK_RE = re.compile(r"^(?:(?:Lieutenant|Major|Captain|Colonel|Commander|General|Brigadier|Admiral|Rear|Vice|First|Second|"
                               r"Chief|Warrant|Officer)\s+)+(?=[A-Z])")


def _form_fields(ctx: Context, people: People, accused_labels: set[str], gov_labels: set[str]) -> None:
    text = ctx.text
    for m in _MILITARY_JUDGE_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 400)):
        name = _MILITARY_RANK_RE.sub("", m.group("n").strip())
        if is_person_name(name) and len(name.split()) >= 2:
            people.add(name, "judge", Evidence(m.start("n"), m.end("n"), _M + ".judges", 0.8))
    for m in _FORM_FIELD_RE.finditer(text, 0, min(len(text), max(ctx.header_end, 0) + 400)):
        label = m.group("label").upper()
        if label.startswith(("TRIAL", "MILITARY")):
            role: str | None = "judge"
        elif label.startswith("DISTRICT"):
            role = "prosecutor"
        else:
            role = _side_role((m.group("side") or m.group("side2")).lower(), m.group("val"), accused_labels, gov_labels)
        if role is None:
            continue
        for vm in re.finditer(r"[^\n,;]+", m.group("val")):
            chunk = re.sub(r"^\s*(?:BY:|HON\.|HONORABLE|AND)\s*", "", vm.group(0).strip(), flags=re.IGNORECASE).strip(" .")
            chunk = re.sub(r"\s*\([^)]*\)\s*$", "", chunk)  # "(sitting alone)"
            chunk = _MILITARY_RANK_RE.sub("", chunk)  # "Lieutenant Colonel Joy L. Primoli"
            for piece in re.split(r"\s+AND\s+|\s*&\s*", chunk):
                piece = re.sub(r"\s+(JR|SR|Jr|Sr)\.?$", r", \1.", piece.strip())
                if not piece or _ORG_RE.search(piece) or re.search(r"\b(?:OFFICE|ATTORNEY|GENERAL|PUBLIC|DEFENDER|COUNTY|STATE|PRO\s+SE)\b",
                                                                  piece, re.IGNORECASE):
                    continue
                name = fix_caps(piece) if piece.isupper() else piece
                if not is_person_name(name) or len(name.split()) < 2:
                    continue
                s0 = m.start("val") + vm.start() + max(0, vm.group(0).find(piece.split()[0]))
                people.add(name, role, Evidence(s0, s0 + len(piece), _M + (".judges" if role == "judge" else ".counsel"), 0.8))


def _two_column_counsel(ctx: Context, people: People, accused_labels: set[str], gov_labels: set[str]) -> tuple[int, int] | None:
    """Counsel set out in two columns under side labels (Indiana and Tennessee headers): each column is a side."""
    text = ctx.text
    m = _TWO_COLUMN_HEAD_RE.search(text, 0, min(len(text), max(ctx.header_end, 6000)))
    if m is None:
        return None
    col = m.start("right") - (text.rfind("\n", 0, m.start("right")) + 1)
    sides = ((m.group("l") or m.group("l2")).lower(), (m.group("r") or m.group("r2")).lower())
    columns: tuple[list[tuple[str, int]], list[tuple[str, int]]] = ([], [])
    pos = m.end() + 1
    for _ in range(30):
        nl = text.find("\n", pos)
        line_end = nl if nl >= 0 else len(text)
        line = text[pos:line_end]
        if _COLUMN_STOP_RE.match(line):
            break
        cut = max(0, col - 2)
        columns[0].append((line[:cut], pos))
        columns[1].append((line[cut:], pos + cut))
        if nl < 0:
            break
        pos = nl + 1
    groups = [" ".join(seg for seg, _ in lines) for lines in columns]
    titled = [bool(_PROSECUTOR_TITLE_RE.search(g)) for g in groups]
    for i, (side, lines) in enumerate(zip(sides, columns)):
        if titled[0] != titled[1]:
            # the column with the State's office titles is the prosecution, the other the defense
            role: str | None = "prosecutor" if titled[i] else "defense_counsel"
        else:
            role = _side_role(side, groups[i], accused_labels, gov_labels)
        if role is None:
            continue
        for seg, seg_start in lines:
            stripped = seg.strip()
            nm = _COLUMN_NAME_RE.fullmatch(stripped)
            if nm is None or _JUDGE_TITLE_WORDS.search(stripped) or _ORG_RE.search(stripped) or re.search(
                r"\b(?:Attorney|General|Defender|Counsel|Street|Avenue|Road|Suite|County|Office|Division|Law|Indiana|"
                + "|".join(US_STATES) + r")\b", fix_caps(stripped)
            ):
                continue
            s = seg_start + seg.index(stripped)
            people.add(fix_caps(stripped) if stripped.isupper() else stripped, role, Evidence(s, s + len(stripped), _M + ".counsel", 0.8))
    return m.start(), pos


def _caption_attorneys_general(ctx: Context, people: People) -> None:
    """A habeas respondent named with the title ("CHARLES M. CONDON, Attorney General of ...") is the State's lawyer."""
    for p in ctx.parties:
        if "_defendant" in p.labels:
            continue
        pos = 0
        for piece in re.split(r"[;]|\bv\.", p.text):
            m = re.match(r"\s*(?:and\s+)?(?P<n>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){1,3}),\s*(?:the\s+)?Attorney\s+General\b", piece)
            if m:
                name = fix_caps(re.sub(r"\s+", " ", m.group("n")))
                start = p.start + p.text.find(piece, pos) + m.start("n")
                people.add(name, "prosecutor", Evidence(start, start + len(m.group("n")), _M + ".caption", 0.8))
            pos += len(piece)


class _Span:
    """A paragraph with its offset, read like a match (``start()``, ``group(0)``)."""

    def __init__(self, start: int, text: str):
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def group(self, _: int = 0) -> str:
        return self._text


_TAIL_COUNSEL_RE = re.compile(r"\bfor\s+(?:the\s+)?(?:Defendants?|Plaintiffs?|Petitioners?)\s+and\s+(?:Appellants?|Respondents?|Appellees?)\b")


def _counsel_paragraphs(ctx: Context) -> list[tuple[int, int]]:
    """Paragraphs of the counsel block: the header's, then short counsel paragraphs just after it.

    Double-spaced headers break one counsel entry over blank lines ("Robert S. Dean, Center ...,
    New York" / "(Sharmeen Mazumder of counsel), for appellant."): a paragraph that does not end a
    sentence and names no side is joined to the next when that one continues it (starts with "("
    or a lowercase word) and names the side.
    """
    text = ctx.text
    pars = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[: ctx.header_end])]
    # counsel often follows the caption when no author line closes the header (state reporters)
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[ctx.header_end : ctx.header_end + 2500]):
        if len(m.group(0)) > 500:
            break
        # (a reporter's bracketed note on the line above: "[EDITOR'S NOTE: This case is unpublished ...]")
        note = re.match(r"[ \t]*\[[^\]\n]{3,200}\][ \t]*\n", m.group(0))
        pars.append((ctx.header_end + m.start() + (note.end() if note else 0), ctx.header_end + m.end()))
    # California slip opinions close with the counsel block: "Jane Roe, under appointment by the Court of Appeal, for
    # Defendant and Appellant."
    tail_start = max(ctx.header_end + 2500, ctx.body_end - 2500)
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[tail_start : ctx.body_end]):
        if len(m.group(0)) < 700 and _TAIL_COUNSEL_RE.search(m.group(0)):
            pars.append((tail_start + m.start(), tail_start + m.end()))
    merged: list[tuple[int, int]] = []
    for s, e in pars:
        if merged:
            ps, pe = merged[-1]
            prev = text[ps:pe].rstrip()
            nxt = text[s:e].lstrip()
            if (not re.search(r"[.:;]$", prev) and not _COUNSEL_FOR_RE.search(prev) and _COUNSEL_FOR_RE.search(nxt)
                    and re.match(r"[(a-z]", nxt)):
                merged[-1] = (ps, e)
                continue
            if re.search(r"(?:^|\n)[ \t]*(?:For|FOR|Counsel\s+for|Attorneys?\s+for)\s+(?:the\s+)?[A-Za-z]+\s*:\s*$", prev):
                merged[-1] = (ps, e)  # Montana: "For Appellant:" alone, the names in the next paragraph
                continue
        merged.append((s, e))
    return merged


def _side_role(side: str, group: str, accused_labels: set[str], gov_labels: set[str],
               accused_words: frozenset[str] = frozenset(), other_words: frozenset[str] = frozenset()) -> str | None:
    # an office title decides before any label: "Atty. Gen." is the State's lawyer whatever the caption calls the side
    if _PROSECUTOR_TITLE_RE.search(group) and not _DEFENSE_TITLE_RE.search(group):
        return "prosecutor"
    if _DEFENSE_TITLE_RE.search(group):
        return "defense_counsel"
    if re.search(r"\bu\.\s?s\.|\busa\b", side):
        return "prosecutor"
    named = re.findall(r"[a-z]+", side)
    if accused_words and named and named[-1] in accused_words:
        return "defense_counsel"  # "for Barre.": the accused by name
    if named and not set(named) & {"plaintiff", "plaintiffs", "defendant", "defendants", "appellant", "appellants", "appellee",
                              "appellees", "petitioner", "petitioners", "respondent", "respondents", "movant", "movants",
                              "relator", "relators", "applicant", "applicants", "state", "people", "united", "states",
                              "commonwealth", "government", "in", "error"}:
        if named[-1] in other_words:
            return "prosecutor"  # the State's side by name: the warden or officer who holds the accused
        return None  # another party by name (a garnishee, a co-party): not the accused's counsel
    if "in error" in side:
        return "defense_counsel" if side.startswith("plaintiff") else "prosecutor"
    if re.search(r"state|people|united states|commonwealth|government", side):
        return "prosecutor"
    if re.search(r"\bdefendants?\b", side) and not re.search(r"appellee|respondent", side):
        return "defense_counsel"
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", side)}
    if words & accused_labels:
        return "defense_counsel"
    if words & gov_labels:
        return "prosecutor"
    if _PROSECUTOR_TITLE_RE.search(group):
        return "prosecutor"
    if _DEFENSE_TITLE_RE.search(group):
        return "defense_counsel"
    if not accused_labels - {"defendant"} and not gov_labels:
        # the caption gives no labels: the accused is nearly always the one appealing or petitioning
        if words & {"appellant", "petitioner", "movant", "relator", "applicant"}:
            return "defense_counsel"
        if words & {"appellee", "respondent"}:
            return "prosecutor"
    return None


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# a state's postal code closing an address, plain or dotted ("AR", "S.D."; "P.A." is a firm's)
_STATE_CODES = frozenset(US_STATES.values()) | {f"{c[0]}.{c[1]}." for c in US_STATES.values()} - {"P.A."}


_TITLE_LEAD_RE = re.compile(r"^\s*(?:(?:Special|Senior|Chief|First|Staff|Associate|Trial)\s+)?(?:(?:Assistant|Deputy|Associate)\s+)*(?:Attorney\s+General|"
                            r"Solicitor\s+General|District\s+Attorney|State'?s\s+Attorney|Public\s+Defender|Appellate\s+Defender|Attorney|"
                            r"Counsel)\s+(?=[A-Z][a-z]+\s)")

# the Attorney General's title abbreviated before the name: "Atty. Gen. Wm. Rodman, Jr.", "Asst. Atty. Gen. Claude L. Love"
_ABBREVIATED_AG_RE = re.compile(r"^\s*(?:(?:Asst|Ass't|Dep|Deputy|Assistant|Spec|Special|Chief)\.?\s+)*(?:Atty|Att'y|Attorney)\.?\s+Gen(?:\.|eral)\s+(?=[A-Z])")


def _counsel_names(group: str) -> list[tuple[str, int, int]]:
    """Person names in one counsel group, skipping titles, firms and cities."""
    out = []
    # Louisiana's First Circuit sets each lawyer, title and city on its own line with no commas: each line is a segment
    lines = [ln.strip() for ln in group.split("\n") if ln.strip()]
    if len(lines) >= 3 and not any(ln.endswith(",") for ln in lines[:-1]) and all(len(ln) <= 40 for ln in lines):
        group = group.replace("\n", ",")
    # Arizona: "Attorney General's Office, Phoenix\nBy Ann Roe\nCounsel for Appellee": each "By" line is a segment, and the
    # label's first word is no name (same length, so offsets hold)
    group = re.sub(r"\n(?=[ \t]*(?:By|BY|by)[ \t]+[A-Z])", ",", group)
    group = re.sub(r"\b(?:Counsel|COUNSEL|Attorneys?|ATTORNEYS?)\s*$", lambda m: " " * len(m.group(0)), group)
    # "(MICHAEL B. FINN OF COUNSEL)", "by Luke Lavergne"
    segs = [(m.group(0), m.start()) for m in re.finditer(r"[^,;()]+", group)]
    n = len(segs)
    for i, (seg, off) in enumerate(segs):
        raw = seg
        seg = re.sub(r"^[\s.;]*(?:(?:ARGUED|ON\s+BRIEFS?|Argued|On\s+briefs?|COUNSEL|Counsel|ATTORNEYS?|Attorneys?)"
                     r"(?:\s+(?:FOR|for|by|BY)(?:\s+[A-Z]\w+)?)?\s*:\s*)+", " ", seg)
        seg = re.sub(r"^\s*(?:and|by:?|By:?|BY:?|&)\s+", " ", seg)  # Arkansas: "Ann Roe, Att'y Gen., by: Carl Poe, Ass't Att'y Gen."
        # "Attorney General Roy Cooper, by Assistant Attorney General Kathleen U. Baldwin"
        seg = re.sub(r"^\s*(?:(?:Special|Senior|Chief|First)\s+)?(?:(?:Assistant|Deputy|Associate)\s+)*(?:Attorney\s+General|"
                     r"Solicitor\s+General|District\s+Attorney|State'?s\s+Attorney|Public\s+Defender|Appellate\s+Defender|Capital\s+Defender|"
                     r"Solicitor)\s+(?=[A-Z][a-z]+\s)", " ", seg)
        seg = _ABBREVIATED_AG_RE.sub(" ", seg)  # "Atty. Gen. Wm. Rodman, Jr., and Asst. Atty. Gen. Claude L. Love for the State"
        seg = re.sub(r"^\s*(?:Hon\.|Honorable|with\s+whom\s+(?:(?:was|were|is|are)\s+)?)\s*", " ", seg)
        seg = re.sub(r"^[^,]*?\b[Ww]ith\s+(?:him|her|them)\s+(?:on\s+the\s+\w+\s+)?(?:(?:was|were|is|are)\s+)?", " ", seg)
        seg = re.sub(r"^\s*(?:Mr|Mrs|Ms|Messrs|Mmes)\.?\s+(?=[A-Z])", " ", seg)  # "Mr. William R. Gilson"  # "Hon. Lawrence G. Doe, Attorney General"
        seg = re.sub(r"\s+(?:of\s+counsel|argued|on\s+brief|on\s+the\s+brief|pro\s+hac\s+vice)\b.*$", "", seg, flags=re.IGNORECASE)
        seg = re.sub(r"\s+of\s+[A-Z][\w&.' ]+$", "", seg)  # "Wayne D. Groe of Stickney & Groe"
        # a lawyer whose address closed the one before: "Ann Roe, Lakeview, AR, Carl Poe, Dover, AR, for appellee"
        after_address = i > 0 and segs[i - 1][0].strip() in _STATE_CODES
        seg = re.sub(r"^\s*(?:was|were)\s+(?=[A-Z])", " ", seg)  # Connecticut: "with whom, on the brief, were Ann Roe, ..."
        parts = re.split(r"(\s+and\s+|\s*&\s*)", seg)
        for k in range(0, len(parts), 2):
            # North Carolina: "Attorney General Ann Roe and Staff Attorney Carl Poe for the State": each name has its title
            piece = _ABBREVIATED_AG_RE.sub(" ", _TITLE_LEAD_RE.sub(" ", parts[k])) if k else parts[k]
            # "Ann Roe and Carl Poe for petitioner": a name joined by "and" to a name (a firm's partners by "&"; not
            # "Research and Writing Specialist")
            firm = k + 1 < len(parts) and parts[k + 1].strip() == "&"  # "and Hale Price & Lowe"
            joined_by_and = k > 0 and not firm and parts[k - 1].strip() == "and" and bool(re.fullmatch(
                r"\s*[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){1,3}\s*", parts[k - 2])) and not _ORG_RE.search(parts[k - 2])
            cand = piece.strip(" .*\n")
            if not cand or _ORG_RE.search(cand):
                continue
            words = _ascii(cand).split()  # "Vélez-Rivé" is checked as "Velez-Rive"
            if not (2 <= len(words) <= 5):
                continue
            if not all(re.match(r"^(?:[A-Z][A-Za-z'\-]*\.?|(?:[A-Z]\.){1,3}|Jr\.?|Sr\.?|II|III|IV|Mc[A-Z]\w+|[A-Z][a-z]*[A-Z]\w*)$", w) for w in words):
                continue
            has_initial = any(re.match(r"^(?:[A-Z]\.){1,3}$", w) for w in words)
            first_seg = i == 0
            nxt = segs[i + 1][0] if i + 1 < n else ""
            before_title = bool(_ORG_RE.search(nxt) or _PROSECUTOR_TITLE_RE.search(nxt) or re.match(r"\s*(?:Jr|Sr)\.?\s*$", nxt))
            is_last = i == n - 1 or (i == n - 2 and re.match(r"^\s*[A-Z]{2}\.?\s*$|^\s*[A-Z][a-z]+\.\s*$", segs[-1][0]))
            by_lawyer = bool(re.match(r"^\s*(?:by:?|By:?|BY:?)\s", raw))  # "..., by Ann Roe": a lawyer, not a city
            if is_last and not has_initial and _CITY_STATE_RE.match(cand) and not first_seg and not joined_by_and and not by_lawyer:
                continue  # the city at the end of the group
            named_counsel = bool(re.search(r"\bof\s+counsel\b", raw, re.IGNORECASE)) or bool(
                re.match(r"\s*\(\s*argued\b", group[off + len(raw) :], re.IGNORECASE))  # "Terry Roe (argued)"
            if not (has_initial or first_seg or before_title or named_counsel or after_address or joined_by_and
                    or by_lawyer or re.match(r"^\s*and\s", raw)):
                # a plain two-word phrase in the middle is often a city ("Baton Rouge")
                if len(words) == 2 and not before_title:
                    continue
            if not is_person_name(cand) or not any(len(w.strip(".,")) > 1 for w in words):
                continue
            # append a generational suffix that sits in the next comma segment
            name = cand
            if re.match(r"^\s*(?:Jr|Sr)\.?\s*$", nxt):
                name += ", Jr." if "J" in nxt else ", Sr."
            s = off + raw.find(piece.strip(" .*\n")[:3]) if piece.strip() else off
            out.append((fix_caps(name), max(off, s), max(off, s) + len(cand)))
    return out


_ACCUSED_CUE_RES = [
    re.compile(rf"(?P<name>{_NAME}),\s+(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?\"?(?:defendant|appellant|petitioner)"),
    re.compile(rf"\b(?:by|of)\s+the\s+(?:defendant|appellant|petitioner),\s+(?P<name>{_NAME}),"),
    # ("Defendant-appellant Ann Roe, proceeding pro se, appeals ...": an aside between the name and the verb)
    re.compile(rf"\b(?:Appellant|Defendant|Petitioner|Movant)(?:[-/](?:[Aa]ppellant|[Dd]efendant|[Pp]etitioner|[Aa]ppellee))?,?\s+(?P<name>{_NAME})"
               r"(?:\s*\([^)]*\))?(?:,\s+(?:[a-z][\w-]*\s+){1,4}[a-z][\w-]*,)?\s*,?\s+(?:was|appeals|has|had|challenges|seeks|pleaded|pled|filed|brings|brought|argues|asserts|"
               r"contends|raises|moves|now)"),
    re.compile(rf"(?P<name>{_NAME})\s*\((?:[\"\u201c])?(?:Movant|Appellant|Defendant|Petitioner)"),
    re.compile(rf"(?P<name>{_NAME})\s+(?:was|has\s+been|had\s+been|is)\s+(?:wrongly\s+|wrongfully\s+)?"
               r"(?:convicted|sentenced|found\s+guilty|imprisoned|incarcerated|behind\s+bars|in\s+prison|serving)"),
    re.compile(rf"(?P<name>{_NAME}),\s+who\s+(?:has\s+been|is|was|had\s+been)\s+(?:behind\s+bars|in\s+prison|serving|"
               r"convicted|incarcerated|sentenced)"),
    re.compile(rf"\b(?:convicted|exonerated|imprisoned|freed|released)\s+(?P<name>{_NAME})(?=[\s,.;])"),
    re.compile(rf"\bcase\s+of\s+(?:[^.,]{{0,60}},\s+)?(?P<name>{_NAME})(?=[\s,.;])"),
    # a counsel line that names the client: "Kevin Randolph, Attorney at Law, for the Defendant, Lucis Richardson."
    re.compile(rf"\bfor\s+the\s+(?:Defendant|Appellant|Petitioner|Accused)(?:[-/](?:Appellant|Petitioner))?,\s+(?P<name>{_NAME})\s*\.?[ \t]*$", re.MULTILINE),
    # a State's appeal: "appeals the judgment ... granting appellee Kevin Roe's motion to suppress"
    re.compile(rf"\b(?:granting|denying|sustaining|overruling)\s+(?:the\s+)?(?:appellee|defendant(?:-appellee)?)\s+(?P<name>{_NAME})['\u2019]s\s+"
               r"(?:motion|request|petition|application)"),
]


def _accused_from_body(ctx: Context, index: NameIndex) -> tuple[str, Evidence] | None:
    """The accused named by role cues (news, opinions without a caption)."""
    text = ctx.text
    votes: dict[str, list[Evidence]] = {}
    limit = ctx.body_end
    for rx in _ACCUSED_CUE_RES:
        for m in rx.finditer(text, ctx.header_end, limit):
            if ctx.is_masked(m.start(), m.end()):
                continue
            name = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", clean_name(m.group("name")))
            name = re.sub(r"'s$", "", name)
            if not is_person_name(name):
                continue
            name = index.resolve(name)
            votes.setdefault(name, []).append(_ev(m, "name", 0.7, _M + ".accused"))
    if not votes:
        return None
    # merge surname-only votes into full names
    for name in list(votes):
        if len(name.split()) == 1:
            full = [n for n in votes if len(n.split()) > 1 and surname(n) == name]
            if len(full) == 1:
                votes[full[0]].extend(votes.pop(name))
    best = max(votes, key=lambda n: (len(votes[n]), len(n.split()) > 1))
    if len(votes[best]) < 2 and ctx.kind == "news":
        return None
    return best, votes[best][0]


def extract_people(ctx: Context, index: NameIndex | None = None) -> tuple[list[PersonFact], PersonFact | None]:
    """Find people with roles; returns them and the accused (if any).

    Args:
        ctx: The document context.
        index: The document's ``NameIndex`` when the caller already built one (built here otherwise).

    Returns:
        ``(people, accused)``: accused is the person with role defendant, or None.
    """
    people = People()
    index = index if index is not None else NameIndex(ctx)
    text = ctx.text
    accused: PersonFact | None = None
    party = next((p for p in ctx.parties if "_defendant" in p.labels), None)
    accused_labels = set(party.labels) - {"_defendant"} if party else {"defendant"}
    gov_labels = {lab for p in ctx.parties if p is not party for lab in p.labels} - {"_defendant"}
    if party is not None and ctx.criminal:
        name = party.name
        if len(name.split()) == 1:
            # "THORNTON v. THE STATE": the body gives the full name, best where it names the accused by role
            cue = re.search(rf"\b(?:Appellant|Defendant|Petitioner|Movant|Applicant)\s+(?P<n>(?:[A-Z][a-z]+\s+){{1,2}}(?:[A-Z]\.\s+)?{re.escape(fix_caps(name))})\b",
                            text[ctx.header_end : ctx.header_end + 5000])
            name = cue.group("n") if cue else index.resolve(name)
        accused = people.add(name, "defendant", Evidence(party.start, party.end, _M + ".caption", 0.9),
                             party.aliases)
        for other in party.others:  # the other accused of a joint appeal
            people.add(index.resolve(other), "defendant", Evidence(party.start, party.end, _M + ".caption", 0.85))
    elif ctx.criminal or ctx.kind == "news":
        found = _accused_from_body(ctx, index)
        if found:
            accused = people.add(found[0], "defendant", found[1])
    if ctx.kind in ("opinion", "order"):
        _judges(ctx, people)
        if ctx.criminal:
            columns = _two_column_counsel(ctx, people, accused_labels, gov_labels)
            _counsel(ctx, people, accused_labels, gov_labels, skip=columns)
            _form_fields(ctx, people, accused_labels, gov_labels)
            _caption_attorneys_general(ctx, people)
    if not ctx.criminal and ctx.kind != "news":
        _drop_surname_judges(people)
        return people.values(), accused  # roles of a civil case (parties, counsel, witnesses) are not this tool's
    accused_keys = set()
    if accused is not None:
        accused_keys = {People.key(accused.name), People.key(surname(accused.name))}
        accused_keys |= {People.key(a) for a in accused.aliases}
    for p in people.values():
        if p is not accused and "defendant" in p.roles:
            accused_keys |= {People.key(p.name), People.key(surname(p.name))}

    def is_accused(name: str) -> bool:
        k = People.key(name)
        return k in accused_keys or (accused is not None and k == People.key(surname(accused.name)))

    def role_add(name: str, role: str, ev: Evidence, resolve: bool = True, titled: bool = False) -> None:
        # "Officer Harper testified", "Mrs. Watson testified": a titled surname names one person even when the
        # document never gives the full name ("Investigators Greene, Hughs and Baker" title every name of the list)
        title = _TITLED_NAME_RE.match(clean_name(name)) or _TITLE_BEFORE_RE.search(text[max(0, ev.start - 16) : ev.start])
        titled = titled or bool(title)
        # initials that end a sentence, run into the next one's first word: "a 12-year-old girl, A.B. The victim ..."
        name = re.sub(r"^((?:[A-Z]\.\s?){2,3})\s*(?:The|He|She|It|They|We|In|On|At|An?|This|That|His|Her|There|When|After|Before|But|"
                      r"And|Both|Her|Its|Their)$", r"\1", clean_name(name)).strip()
        name = _strip_titles(_LEADING_FUNCTION_RE.sub("", clean_name(name)))
        name = re.sub(r"'s$", "", name)
        if name and len(name.split()) == 1 and is_accused(name):
            return  # the accused's surname is the accused, even when another person shares it
        if resolve:
            name = index.resolve(name, given=not titled)
            if title and len(name.split()) == 1:  # "Officer Poe" when a witness shares the surname: "Officer Kay Poe"
                name = _titled_full_name(text, title.group(0), name) or name
        if not name or is_accused(name):
            return
        if _after_cited_case(ctx, ev.start):
            return  # "In State v. Poe, 1 Ohio St.3d 2 (2009), the victim, Ann Lee, testified ...": that case's people
        compact = name.replace(" ", "")
        if compact in _NOT_INITIALS:
            return
        if len(name.split()) == 1 and not re.fullmatch(r"(?:[A-Z]\.){2,3}", compact) and not (titled and len(name) >= 3) and not (
                resolve and index.goes_by_one_name(name)):
            return  # a bare surname we cannot resolve is too ambiguous (except a titled one, or one the text uses alone)
        people.add(name, role, ev)

    # ctx.people_matches reads the majority's footnotes too (they name officers and witnesses), and a separate opinion
    # that retells the trial
    for m in ctx.people_matches(_POLICE_TITLE_RE):
        if not ctx.usable_for_people(m.start(), m.end()):
            continue
        name = m.group("name")
        # stop at a lowercase word boundary or a trailing capitalized non-name ("Bradford of")
        name = re.sub(r"\s+(?:of|and|the|who|was|said)\b.*$", "", name)
        if not is_person_name(name):
            continue
        resolved = index.resolve(name, given=False)
        if len(resolved.split()) == 1:
            resolved = _titled_full_name(text, m.group("title"), resolved) or resolved
        if is_accused(resolved) or _after_cited_case(ctx, m.start("name")):
            continue
        people.add(resolved, "police", _ev(m, "name", 0.75, _M + ".police"))
        if m.group("title").endswith("s"):
            more = re.match(rf"\s+and\s+(?P<n2>{_NAME})", text[m.end("name") : m.end("name") + 60])
            if more and is_person_name(more.group("n2")):
                s2 = m.end("name") + more.start("n2")
                people.add(index.resolve(more.group("n2"), given=False), "police", Evidence(s2, s2 + len(more.group("n2")), _M + ".police", 0.7))
    for m in ctx.people_matches(_POLICE_APPOS_RE):
        if ctx.usable_for_people(m.start(), m.end()):
            g = "name" if m.group("name") else "agent"
            role_add(m.group(g), "police", _ev(m, g, 0.65, _M + ".police"))
    for m in ctx.people_matches(_POLICE_LOWER_TITLE_RE):
        if ctx.usable_for_people(m.start(), m.end()) and not _NOT_POLICE_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]):
            role_add(m.group("name"), "police", _ev(m, "name", 0.6, _M + ".police"))
    for m in ctx.people_matches(_POLICE_PAIR_RE):
        if ctx.usable_for_people(m.start(), m.end()):
            # a title of address takes surnames: "Officers Drishti, Valez, and Jimmy Miller" are three officers, not two
            # Millers ("investigators Sam and Keith Poe" share one)
            for name, s, e in _listed_names(m, "list", shared_surname=m.group(0)[:1].islower()):
                role_add(name, "police", Evidence(s, e, _M + ".police", 0.6), titled=True)
    for rx in _VICTIM_RES:
        for m in ctx.people_matches(rx):
            if _COMPANY_AFTER_RE.match(text, m.end("name")):
                continue  # "the property of Lakeview Dairies, Inc.": a business, not a person
            if ctx.usable_for_people(m.start(), m.end()):
                role_add(m.group("name"), "victim", _ev(m, "name", 0.65, _M + ".victim"))
                if "name2" in rx.groupindex and m.group("name2"):
                    role_add(m.group("name2"), "victim", _ev(m, "name2", 0.6, _M + ".victim"))
    for m in ctx.people_matches(_VICTIM_LIST_RE):
        if not ctx.usable_for_people(m.start(), m.end()):
            continue
        for name, s, e in _listed_names(m, "list", shared_surname=True):
            role_add(name, "victim", Evidence(s, e, _M + ".victim", 0.6))
    for rx in _WITNESS_RES:
        for m in ctx.people_matches(rx):
            if not ctx.usable_for_people(m.start(), m.end()) or _HYPOTHETICAL_AFTER_RE.match(text, m.end()):
                continue
            if _LAWYER_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()]) and re.search(r"\btold\s+the|\bat\s+(?:the\s+)?trial\b", m.group(0)):
                continue  # "The prosecutor, Ann Roe, told the jury that ...": argument, not testimony
            groups = ["name"] + (["name2"] if "name2" in rx.groupindex and m.group("name2") else [])
            names = _expand_shared_surname([m.group(g) for g in groups])
            # a plural title before a pair titles both: "recalled Detectives Roe and Poe"
            plural_title = bool(re.search(r"\b(?:Drs|Officers|Detectives|Agents|Troopers|Sergeants|Deputies)\.?\s+$",
                                          text[m.start() : m.start("name")]))
            for n, g in zip(names, groups):
                role_add(n, "witness", _ev(m, g, 0.6, _M + ".witness"), titled=plural_title)  # each name quotes itself
    for m in ctx.people_matches(_IDENTIFIED_ACCUSED_RE):
        if ctx.usable_for_people(m.start(), m.end()) and is_accused(m.group("who")) and not ctx.sentence_cites_case(m.start()):
            role_add(m.group("name"), "witness", _ev(m, "name", 0.6, _M + ".witness"))
    for m in (x for rx in (_TESTIMONY_LIST_RE, *_WITNESS_LIST_RES) for x in ctx.people_matches(rx)):
        if not ctx.usable_for_people(m.start(), m.end()) or _HYPOTHETICAL_AFTER_RE.match(text, m.end()):
            continue
        for name, s, e in _listed_names(m, "list"):
            role_add(name, "witness", Evidence(s, e, _M + ".witness", 0.55))
    for m in ctx.fact_matches(_BODY_COUNSEL_RE):
        if ctx.usable_or_note(m.start(), m.end()) and not _PROSECUTOR_TITLE_RE.search(text[max(0, m.start() - 30) : m.start() + 10]):
            role_add(m.group("name"), "defense_counsel", _ev(m, "name", 0.6, _M + ".counsel"))
    for m in ctx.fact_matches(_BODY_OWN_COUNSEL_RE):
        if not ctx.usable_or_note(m.start(), m.end()) or ctx.sentence_cites_case(m.start()):
            continue
        client = m.group("for") or m.group("for2") or m.group("for3") or m.group("for4")
        if client and client[0].isupper() and not is_accused(index.resolve(client)):
            continue  # counsel for someone else
        for g in ("name", "name1", "name2", "name3", "name4", "name5", "name6", "name7"):
            if m.group(g):
                role_add(m.group(g), "defense_counsel", _ev(m, g, 0.6, _M + ".counsel"))
    for m in ctx.fact_matches(_BODY_PROSECUTOR_RE):
        if ctx.usable_or_note(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
            g = "name" if m.group("name") else "name2"
            role_add(m.group(g), "prosecutor", _ev(m, g, 0.6, _M + ".counsel"))
    for m in ctx.fact_matches(_TITLED_PROSECUTORS_RE):
        if ctx.usable_or_note(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
            for name, s0, e0 in _listed_names(m, "list"):
                if len(name.split()) >= 2 and not re.search(r"\b[A-Z]\.$", name):  # "Ann F." cut at a page break
                    role_add(name, "prosecutor", Evidence(s0, e0, _M + ".counsel", 0.6))
    for m in ctx.people_matches(_CODEF_RE):
        if ctx.usable_for_people(m.start(), m.end()):
            # "co-defendants Ray Doe, Tim Roe and Ann Poe": every listed name
            for g in ("first", "second", "name", "name2"):
                if m.group(g):
                    role_add(m.group(g), "co_defendant", _ev(m, g, 0.7, _M + ".co_defendant"))
    for m in ctx.people_matches(_JOINTLY_RE):
        if ctx.usable_for_people(m.start(), m.end()) and not ctx.sentence_cites_case(m.start()):
            for g in ("name", "name2"):
                if m.group(g):
                    role_add(m.group(g), "co_defendant", _ev(m, g, 0.65, _M + ".co_defendant"))
    for m in ctx.fact_matches(_ACCOMPLICE_PLEA_RE):
        if ctx.usable_or_note(m.start(), m.end()):
            role_add(m.group("name"), "co_defendant", _ev(m, "name", 0.6, _M + ".co_defendant"))
    for m in ctx.fact_matches(_CODEF_INCLUDING_RE):
        if ctx.usable_or_note(m.start(), m.end()):
            for name, s0, e0 in _listed_names(m, "list"):
                if not is_accused(index.resolve(name)):
                    role_add(name, "co_defendant", Evidence(s0, e0, _M + ".co_defendant", 0.6))
    if accused is not None:
        # an indictment quoted in the majority counts, so masked quotations are read here
        # (a dissent quoting the indictment names the same co-defendants)
        for m in ctx.people_matches(_CHARGED_TOGETHER_RE):
            if ctx.facts_end <= m.start() < ctx.body_end and ctx.sentence_cites_case(m.start()):
                continue
            listed = _listed_names(m, "list" if m.group("list") else "pair")
            if len(listed) < 2 or not any(is_accused(index.resolve(n)) for n, _, _ in listed):
                continue
            for name, s, e in listed:
                role_add(name, "co_defendant", Evidence(s, e, _M + ".co_defendant", 0.6))
    for m in ctx.fact_matches(_INFORMANT_RE):
        if ctx.usable_or_note(m.start(), m.end()):
            g = "name" if m.group("name") else "name2"
            role_add(m.group(g), "informant", _ev(m, g, 0.6, _M + ".informant"))
    _drop_surname_judges(people)
    return people.values(), accused


def _after_cited_case(ctx: Context, start: int) -> bool:
    """The sentence around ``start`` cites another case before it: what follows tells that case."""
    if not ctx.sentence_cites_case(start):
        return False
    s, _ = ctx.sentence(start)
    # (no sentence end between the cite and the name: "(4th Cir. 1991).1 Finally, ..." starts a new sentence)
    return any(c.kind == "case" and c.case_name and s <= c.start < start and not re.search(
        r"[.!?][\"'\u201d)\]]*\d{0,3}\s+[A-Z]", ctx.text[(c.full_end or c.end) : start]) for c in ctx.citations)


def _drop_surname_judges(people: People) -> None:
    """A judge named by surname only who is also named in full ("Miller" and "Wilbur K. Miller") is one judge."""
    judges = [p for p in people.values() if "judge" in p.roles]
    for p in judges:
        if len(p.name.split()) > 1:
            # "Thomas J." read from one line of a two-column header, "Thomas J. Alevizos" from the column
            shorter = any(q is not p and q.name.startswith(p.name + " ") for q in judges)
        else:
            shorter = any(q is not p and len(q.name.split()) > 1 and surname(q.name).lower() == p.name.lower() for q in judges)
        if shorter:
            p.roles.discard("judge")
            if not p.roles:
                del people.by_key[People.key(p.name)]


def _listed_names(m: re.Match[str], group: str, shared_surname: bool = False) -> list[tuple[str, int, int]]:
    """Each name of the list a regex caught ("Anna, Victor and James Lorne", "Sauls and Detective Garvey"), titles
    dropped, with its span in the text; ``shared_surname`` gives the last name's surname to the bare first names of a
    family ("Anna Lorne", "Victor Lorne")."""
    found = [(_strip_titles(w.group(0)), m.start(group) + w.start(), m.start(group) + w.end())
             for w in re.finditer(_NAME, m.group(group))]
    names = _expand_shared_surname([n for n, _, _ in found]) if shared_surname else [n for n, _, _ in found]
    return [(name, s, e) for name, (_, s, e) in zip(names, found)]


def _expand_shared_surname(names: list[str]) -> list[str]:
    """"Darnell and Kenneth Jordan" -> Darnell Jordan, Kenneth Jordan; "Anna, Victor and James Lorne" likewise."""
    if len(names) >= 2 and all(len(n.split()) == 1 for n in names[:-1]) and len(names[-1].split()) == 2:
        return [n + " " + names[-1].split()[1] for n in names[:-1]] + [names[-1]]
    return names
