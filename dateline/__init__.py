"""Dateline: an open news agency publishing system."""

__version__ = "0.1.0"
