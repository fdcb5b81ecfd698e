"""PySide6 front: windows, views, Qt models that only adapt, dialogs."""
