"""dayincourt: an open-source workbench for wrongful-conviction review."""

__version__ = "0.1.0"
