"""newsdigest's domain: fetch -> clean -> store -> analyse -> compose -> deliver.

Nothing in this package imports ``telegram``; the bot adapts it (see ``bot``).
"""

from digests.compiled import guard_stale_build

__version__ = "0.1.0"

guard_stale_build()
