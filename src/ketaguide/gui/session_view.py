"""The one contract between the window and every page that shows a patient's state.

A page that shows anything of a person's sitting (progress, the topic being
read, answers, ticks, a typed name) is a SessionView: it keeps that state in
the Session it was shown, never in its own fields, and `show_session` makes
the page show exactly what a Session holds. The kiosk wipe is then one call:
the window shows a fresh Session on itself and on every SessionView page.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..core.session import Session


@runtime_checkable
class SessionView(Protocol):
    def show_session(self, session: Session) -> None:
        """Show `session` and write what the person does into it from now on;
        a fresh Session leaves nothing of the previous one on screen."""
