"""The sections of the printed contingency plan, each a function from a `PlanContext` to flowables."""
