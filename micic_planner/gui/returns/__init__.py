"""The Return view: return cases, their timeline, their next steps and the safeguards that block them."""
