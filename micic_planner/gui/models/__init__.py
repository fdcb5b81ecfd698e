"""Qt models that adapt storage and core objects; they hold no business rule."""
