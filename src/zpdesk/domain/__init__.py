"""Plain data and calculations: no Qt, no database session."""
