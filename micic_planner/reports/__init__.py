"""Printed documents with reportlab: styles, page templates, one module per document. Imports core only."""
