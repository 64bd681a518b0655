from .inbox import export_csv, inbox, item
from .submit import submit

__all__ = ["export_csv", "inbox", "item", "submit"]
