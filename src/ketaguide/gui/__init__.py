"""The thin Qt shell over the content core."""
