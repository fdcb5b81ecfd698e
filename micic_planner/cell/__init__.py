"""The crisis cell (issue 19): one laptop serves its post over TLS, officers' laptops keep copies in step.

The I/O edge of the program: imported only by the CLI, the window and app.py. It speaks sync's change
log (SYNC.md) over HTTPS every second instead of through bundle files.
"""
