"""The Messages view (templates, lists, sending, outbox, inbox) and the Hotline view (issue 17)."""
