"""Errors whose text is safe to show a user as it is."""


class UserError(Exception):
    """A one-line message that says what went wrong and what to do."""
