"""Data shipped with Issue Editor: the built-in sample issue, its gold file, the campaign registry."""
