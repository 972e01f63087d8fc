"""newsdigest's domain: fetch -> clean -> store -> analyse -> compose -> deliver.

Nothing in this package imports ``telegram``; the bot adapts it (see ``bot``).
"""

__version__ = "0.1.0"
