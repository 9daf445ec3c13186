"""Migration scripts: the store's ``0001_initial`` and one ``0002_*`` branch per area that owns tables."""
