"""The workshop exercise: facilitator view."""
