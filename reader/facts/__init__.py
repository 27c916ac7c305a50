"""Figures in a reply: which subject, which period, which measure, what value, and where it was written.

Councils answer in list lines ("Laptops - 232"), tables (tab, pipe or space separated; periods as
columns or as rows), sections headed by a period ("2019-20:" then lines), and prose ("we purchased 150
laptops in 2019/20 at an average cost of £650 each"). The reader walks the text line by line keeping
what the last headings said (period, subject, measure), and binds each value to the nearest subject and
period by the way English lists and sentences are written. See README.md, "Reading a council's reply".

The package, one module per part of the reading (the readers of each layout over one model of the reply):

- ``model``: ``Fact`` and the model of the reply the readers share: a line (its cells, subjects, periods,
  values, list marker), a table column, and the context the headings above a line set.
- ``measures``: the words that say what a figure measures (``measure_of``).
- ``words``: the other words and marks more than one reader looks for (question markers, totals, "N/A").
- ``reply_lines``: the reply cut into ``_Line``s, each read once for its cells, subjects, periods and values.
- ``headings``: question numbers and anchors, and the headings that set the period, subject and measure of the
  lines under them (sections, Q&A templates, letters' numbered answers).
- ``table_headers``: the header lines of wide tables (one column per period, subject or measure) in their kinds.
- ``table_rows``: the rows under a header, wide (a label and one cell per column) or long (one row per
  period × item), and headers a PDF wrapped into fragments.
- ``lines``: list lines and prose: a value bound to the nearest subject and period the sentence gives it.
- ``emit``: a value made a ``Fact``: its subject, measure (count, price each, total) and period resolved.
- ``whole_reply``: what is settled once every line is read (dated purchase lists summed, a column's guessed
  measures made one).
- ``cell_lines``: a table copied one cell to a line (periods, labels, then figures row by row) dealt out over
  its periods and columns.
- ``stock``: the counts a question asks at the end of each period, held on each period's last day.
- ``dated``: with the reply's date known, periods "to date" ended on it and counts held "currently" held on it.
- ``state``: the ``ReadingState`` the readers share, and ``Part``, what each reader is.
- ``reader``: ``FactReader``, the driver that hands each line to the reader for its layout, and
  ``read_facts``.

Composition over one reading state: the walk down the reply carries a state from line to line (the facts read
so far, the question section open, whether a section lists things got rid of, the anchors ...), which is a
``ReadingState`` (``state``) all the readers share. Each reader is a ``Part`` over it, holding the others, since
they call one another both ways at run time (a table row emits facts, the emitter asks what a heading opened);
none imports another, so the modules import one way. The split changed no reading: the real-set scores in the
three survey modes and the demo corpus's are identical before and after.
"""

from .model import CONFLICT_CONFIDENCE, Fact, MAX_VALUES_PER_UNIT
from .measures import measure_of
from .reader import FactReader, read_facts

__all__ = ['CONFLICT_CONFIDENCE', 'Fact', 'MAX_VALUES_PER_UNIT', 'measure_of', 'FactReader', 'read_facts']
