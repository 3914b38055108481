"""The call's headings as a Word document to download, and returned documents read back into answers."""

from .build import document_build
from .forms import document_read
from .read import FormRead
from .safety import MAX_BYTES, DocumentRefused

__all__ = ["MAX_BYTES", "DocumentRefused", "FormRead", "document_build", "document_read"]
