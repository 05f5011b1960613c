"""The Qt user interface: the only package that imports PySide6.

No SQL and no business rules here.
"""
