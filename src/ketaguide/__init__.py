"""ketaguide: plain-language patient education about ketamine infusion therapy."""

__version__ = "0.1.0"
APP_NAME = "ketaguide"
