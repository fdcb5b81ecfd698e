"""MICIC Planner: consular contingency planning and crisis response, offline."""

__version__ = "0.1.0"
