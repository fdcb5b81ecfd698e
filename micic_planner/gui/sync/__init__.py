"""The Sync menu: bundles for headquarters and from it, and the conflicts to settle."""
