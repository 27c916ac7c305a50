"""The Act's own titles for its exemptions (FOIA Part II, FOISA Part 2), as councils write them after a section's
number: "Exemption 31 Law Enforcement", "Section 43 - Commercial Interests", "Section 40 – Personal Information".
After "exemption" and a number they make the number a section of the Act (not a figure, not a list item)."""

from __future__ import annotations

import re

# the first words of each title, in the Act's words or a case system's short ones: "Law enforcement", "Commercial
# interests", "Personal information", "Information provided (given) in confidence", "Information intended for future
# publication" ("For future publication"), "Information accessible by other means", "Health and safety", "Legal
# professional privilege", "Prejudice to effective conduct of public affairs", "National security", "Investigations
# and proceedings", "Audit functions", "Court records", "Parliamentary privilege", "Prohibitions on disclosure",
# "Communications with Her Majesty", "Formulation of government policy", "International relations", "Relations
# within the United Kingdom", "Defence", "The economy", "Environmental information"
TITLE_WORDS = (r"(?:law\s+enforcement|commercial|personal\s+(?:information|data)|information\s+(?:provided|given|"
               r"supplied|intended|accessible|otherwise)|(?:for\s+)?future\s+publication|confidential|legal\s+professional|"
               r"health\s+(?:and|&)\s+safety|national\s+security|investigations|audit|prejudice|public\s+affairs|court\s+"
               r"records|parliamentary|prohibitions?|environmental\s+information|comm(?:unication)?s\s+with|formulation|"
               r"(?:international\s+)?relations|defence|the\s+economy)\b")

# what may stand between the number and its title: "31 Law Enforcement", "43 - Commercial", "40(2): Personal", "31 ("
_TITLED_AFTER = re.compile(r"(?:[ \t]*\([ \t]*\w{1,2}[ \t]*\))*[ \t]*(?:[-\u2013:(][ \t]*)?" + TITLE_WORDS, re.IGNORECASE)


def titled(after: str) -> bool:
    """Whether ``after``, the text right after a section's number, opens with the exemption's title."""
    return _TITLED_AFTER.match(after) is not None
