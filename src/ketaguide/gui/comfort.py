"""Comfort controls: the text size and theme a person picks, kept in their Session.

A mixin of MainWindow. At home the choice is remembered (gui/preferences.py); a kiosk
writes nothing and its wipe returns to the defaults."""

from __future__ import annotations

from . import preferences
from . import theme as themes


class ComfortControls:
    """Needs from the window: session, kiosk, home, header, _built, _restyle(),
    setPalette() and setStyleSheet()."""

    def follow_system_look(self, dark: bool, high_contrast: bool) -> None:
        """At start: the OS's preference, unless the person chose before (at home)."""
        self._system_theme = themes.theme_for_system(dark, high_contrast).name
        scale, theme = (None, None) if self.kiosk else preferences.load()
        self.session.text_scale = scale or self.session.text_scale
        self.session.theme = theme or ""
        self.apply_look()

    def step_text_size(self, step: int) -> None:
        scales = themes.TEXT_SCALES
        current = min(range(len(scales)), key=lambda i: abs(scales[i] - self.session.text_scale))
        self.set_text_scale(scales[max(0, min(len(scales) - 1, current + step))])

    def set_text_scale(self, scale: float) -> None:
        self.session.text_scale = scale
        self.apply_look()
        self._remember()

    def set_high_contrast(self, on: bool) -> None:
        self.session.theme = themes.HIGH_CONTRAST.name if on else ""
        if not on and self._system_theme == themes.HIGH_CONTRAST.name:
            self.session.theme = themes.CALM.name
        self.apply_look()
        self._remember()

    def _remember(self) -> None:
        if not self.kiosk:  # a kiosk writes nothing to disk
            preferences.save(self.session.text_scale, self.session.theme)

    @property
    def theme(self) -> themes.Theme:
        """The theme on screen: the person's choice in the Session, else the system's."""
        return themes.THEMES.get(self.session.theme or self._system_theme, themes.CALM)

    def apply_look(self) -> None:
        """Draw everything in the Session's theme and text size."""
        scale = self.session.text_scale
        self.setPalette(themes.palette(self.theme))
        self.setStyleSheet(themes.app_stylesheet(self.theme, scale, touch=self.kiosk))
        for page in self._built.values():
            self._restyle(page)
        self.home.apply_scale(scale)
        self.header.show_state(scale, scale <= themes.TEXT_SCALES[0], scale >= themes.TEXT_SCALES[-1],
                               self.theme is themes.HIGH_CONTRAST)
