"""The HTTP surface of factcheck: app, routes, wire types, settings and the command line."""

__version__ = "0.1.0"
