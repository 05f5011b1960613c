"""Benchmarks (`make bench`): a ten-year fictional database and the figures the app is held to.

Qt-free: whatever needs Qt runs in a child process.
"""
