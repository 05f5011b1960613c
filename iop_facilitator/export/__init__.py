"""Exports for the chart: content (Qt-free), file naming, CSV, atomic writing.

Only `pdf_render.py` uses Qt (QTextDocument + QPdfWriter); everything else here is plain Python
so the content can be tested and reused by the CLI without a screen.
"""
