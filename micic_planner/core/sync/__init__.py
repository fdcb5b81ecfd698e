"""The pure rules of sync between posts and headquarters: which tables travel, and how versions compare."""
