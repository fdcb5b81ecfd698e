"""Dialogs that edit one record, with validation messages beside each field."""
