"""Pure functions Record -> rows for event data interchange formats (PLOVER JSON, GDELT-style CSV)."""
