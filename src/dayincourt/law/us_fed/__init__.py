"""Federal remedies open to state prisoners, one module per remedy (each exposes ``REMEDY``)."""
