"""Return and reintegration documents: the voluntariness declaration, the case file, the aggregate report."""
