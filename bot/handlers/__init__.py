"""Telegram update handlers, one module per concern; bot/app.py registers them all."""
