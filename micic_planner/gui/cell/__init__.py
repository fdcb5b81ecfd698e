"""The crisis cell in the window: serving the post, joining a cell, who is connected, the offline banner."""
