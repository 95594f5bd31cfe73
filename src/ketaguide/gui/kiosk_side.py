"""The window's side of the kiosk: what `MainWindow` offers the kiosk controller (the
`KioskWindow` protocol in kiosk.py) and the staff menu's actions.

A mixin of MainWindow, kept apart so the window's own file stays about pages, navigation
and the look; everything here reads the window's pages, session and settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class KioskSide:
    """Needs from the window: library, kiosk, pages, _built, header, centralWidget(),
    reset_session(), show_page(), go_home(), apply_look() and reload_requested."""

    kiosk_controller = None

    def _guard_kiosk(self) -> None:
        from .kiosk import KioskController

        controller = self.kiosk_controller = KioskController(self, self.library.settings.kiosk)
        controller.covered.connect(self.cover)
        staff = controller.staff
        staff.print_checklist.connect(self.open_checklist_for_staff)
        staff.show_summary.connect(self.open_teachback_for_staff)
        staff.reload_content.connect(self.reload_content)
        staff.show_problems.connect(self.show_problems)

    def overlay_host(self) -> QWidget:
        return self.centralWidget()

    def add_footer(self, bar: QWidget) -> None:
        self.centralWidget().layout().addWidget(bar)

    def is_reading_aloud(self) -> bool:
        return "reader" in self._built and self.reader.listen.is_speaking()

    def on_attract_screen(self) -> bool:
        return self.pages.currentWidget() is self._built.get("attract", False)

    def cover(self, covered: bool) -> None:
        """While an overlay (idle warning, staff pad) is up, what is under it
        takes no focus and no input: Tab and screen readers stay on the overlay."""
        for part in (self.header, self.pages):
            part.setEnabled(not covered)
        if self.kiosk_controller is not None:
            self.kiosk_controller.finish_bar.setEnabled(not covered)

    def close_dialogs(self) -> None:
        """Close every dialog, pop-up and staff overlay (print preview, problems, menus)."""
        from .overlay import Overlay

        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        for overlay in self.findChildren(Overlay):
            if overlay.isVisible():
                getattr(overlay, "close_preview", overlay.hide)()  # a preview also lets its printout go

    def leave_kiosk(self) -> None:
        self.kiosk = False
        if "checklist" in self._built:
            self.checklist.set_kiosk(False)
        if "teachback" in self._built:
            self.teachback.set_kiosk(False)
        if "reader" in self._built:
            self.reader.set_open_external_links(True)
        self.setWindowFlags(Qt.Window)
        self.apply_look()  # without the kiosk's touch sizes
        self.close_dialogs()
        self.showNormal()
        self.resize(1280, 860)
        self.go_home()

    def open_checklist_for_staff(self) -> None:
        """Staff print for an appointment on a clean sheet: wipe first, so
        nothing of the last patient's can end up on another person's page."""
        self.reset_session()
        self.show_page(self.checklist)

    def reload_content(self) -> None:
        self.reload_requested.emit()

    def close_for_reload(self) -> None:
        if self.kiosk_controller is not None:
            self.kiosk_controller.leave_quietly()
        self.close()
        self.deleteLater()

    def show_problems(self) -> None:
        """Staff's list of problems: a dialog at home, an overlay inside the kiosk window."""
        from .problems import ProblemsDialog, ProblemsOverlay

        if self.kiosk:
            if getattr(self, "problems_overlay", None) is None:
                self.problems_overlay = ProblemsOverlay(self.library.problems, self.centralWidget(),
                                                        self.library.settings.path)
                self.problems_overlay.shown.connect(self.cover)
            self.problems_overlay.open()
            return
        self.problems_dialog = ProblemsDialog(self.library.problems, self, self.library.settings.path)
        self.problems_dialog.open()
