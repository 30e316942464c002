"""Collab Desktop: collaboratives, contacts, session calendars and attendance for coordinators."""

__version__ = "0.1.0"
APP_NAME = "Collab Desktop"
ORG_NAME = "CollabDesktop"
