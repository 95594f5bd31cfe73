"""The content core: loading, validating and rendering content. Never imports Qt."""
