"""Floor areas as councils write them: "157.70 sq ft", "452 square feet", "150 ft2", "10.25 square metres", "28
square meters", "12m²".

An area is read only under a question that asks for it (survey measures `square_feet`, `square_metres`), like a
share or a length of time (reader/rates.py). Each unit is its own measure, the value as written: a council that
gives both ("10.25 square metres that equates to 108.26 square feet") rounds each, so neither is converted.
"""

from __future__ import annotations

import re

AREA_MEASURES = ("square_feet", "square_metres")

# the unit written after the number, for each measure ("sq. ft.", "sqft", "ft2", "ft²", "square foot/feet/footage";
# "sq m", "sqm", "m2", "m²", "square metres/meters", "sq. metres")
AREA_UNITS = {
    "square_feet": re.compile(r"[ \t]*(?:sq(?:uare)?\.?[ \t]*(?:ft\b\.?|feet\b|foot\b)|ft[ \t]*(?:2\b|²)|"
                              r"square[ \t]+foot(?:age)?\b)", re.IGNORECASE),
    "square_metres": re.compile(r"[ \t]*(?:sq(?:uare)?\.?[ \t]*(?:m\b\.?|metres?\b|meters?\b|mtrs?\b)|"
                                r"m[ \t]*(?:2\b|²)|sqm\b)", re.IGNORECASE),
}
