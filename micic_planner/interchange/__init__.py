"""Exchange files: CSV, XLSX, PFIF, GPX, KML, GeoJSON, vCard, CAP, HXL. Imports core only."""
