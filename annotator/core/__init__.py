"""Pure-Python domain layer: no Qt, no SQL. Every function here is testable alone."""
