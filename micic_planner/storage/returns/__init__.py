"""Return cases in the post file: the cases, their people, their timeline, and their handover."""
