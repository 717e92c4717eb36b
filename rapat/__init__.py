"""Rapat: coordination meetings of Indonesian local government, from invitation to signed minutes."""

__version__ = "0.1.0"
