"""`foi review --serve`: a local web app to check the figures the reader was unsure of, beside their source.

queue.py reads the queue and one figure's context from the warehouse; app.py is the Starlette app (pages,
decisions, documents); templates/ and static/ are its HTML, CSS and the little JavaScript for keyboard keys.
Decisions are written through warehouse.overrides, which owns the tables; this package never writes SQL.
"""
