"""The content core: loading, validating and rendering content, the patient's session, and
the words, colours and fonts the other layers share. Imports no Qt, printing, gui or cli
(tests/core/test_import_layers.py; docs/architecture.md)."""
