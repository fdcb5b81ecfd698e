"""The main window's views, one module each, loaded when first shown."""
