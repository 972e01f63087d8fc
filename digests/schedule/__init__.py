"""Schedules as data (DESIGN.md §4): which chats are due, computed in each chat's local time."""
