"""The Telegram side: adapts ``digests`` to python-telegram-bot."""
