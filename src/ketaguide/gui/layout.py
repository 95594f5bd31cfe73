"""Shared page layout: a calm centred column inside a scrolling page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget


def centred_column(page: QScrollArea, max_width: int, spacing: int) -> QVBoxLayout:
    """Give a scrolling page a centred column (never wider than `max_width`,
    so lines stay readable on wide screens) and return the column's layout."""
    body = QWidget()
    body.setObjectName("page")
    column = QWidget()
    column.setMaximumWidth(max_width)
    outer = QHBoxLayout(body)
    outer.setContentsMargins(32, 28, 32, 32)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    page.setWidget(body)
    return layout
