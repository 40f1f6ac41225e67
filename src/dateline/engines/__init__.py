"""Engines run the pipeline over many articles: local (process pool, default) and ray."""
