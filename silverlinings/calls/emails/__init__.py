"""The emails calls sends, each declared once (the mail app imports this module and so registers them).
The team may change their wording (Emails → Templates).
"""

from . import nominations, reminders  # noqa: F401 - importing registers the emails
