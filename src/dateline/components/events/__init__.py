"""events component: see the issue; filled in by its own package."""
