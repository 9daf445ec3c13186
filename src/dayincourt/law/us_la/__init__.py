"""Louisiana post-conviction remedies, one module per remedy (each exposes ``REMEDY``)."""
