"""Learning from corrections: the section classifier and campaign suggestions."""
