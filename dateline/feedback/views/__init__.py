from .inbox import export_csv, inbox, item
from .submit import submit, tokens

__all__ = ["export_csv", "inbox", "item", "submit", "tokens"]
