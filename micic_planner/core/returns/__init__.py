"""Assisted voluntary return and reintegration: cases, their states and the safeguards that stop a bad return."""
