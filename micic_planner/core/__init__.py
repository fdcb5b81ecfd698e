"""Domain: entities, rules, figures and geography. Plain Python, no Qt, SQL or reportlab."""
