"""Detection: block roles, paragraph rejoin, article boundaries, bylines, sections, campaigns."""
