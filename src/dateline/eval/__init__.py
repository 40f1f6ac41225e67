"""Gold readers and scorers behind `dateline eval`."""
