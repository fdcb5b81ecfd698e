"""The Spanish session fixture of the walkthrough, shared by the Return view's tests."""

from tests.gui.test_walkthrough import spanish  # noqa: F401
