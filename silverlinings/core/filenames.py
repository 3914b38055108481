"""File names people give us, made safe to store and to show back.

A name can carry characters that change how it reads: U+202E (right-to-left override) turns
‘invoice‮fdp.docx’ into what looks like a PDF, and control characters break lines and logs. The
stored name keeps only printable characters, no folders, and at most `limit` characters with the
extension kept.
"""

import posixpath
import re
import unicodedata

#: Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks, and the
#: other invisible format characters (Unicode category Cf), with every control character (Cc).
UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
SPACES_RE = re.compile(r"\s+")


def filename_clean(name: str, *, limit: int = 255, default: str = "file") -> str:
    """`name` without folders, control, format (bidi) or unassigned characters, spaces collapsed."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = "".join(char for char in name if unicodedata.category(char) not in UNSAFE_CATEGORIES)
    name = posixpath.basename(name.replace("\\", "/"))
    name = SPACES_RE.sub(" ", name).strip(" .")
    if len(name) > limit:
        _stem, dot, extension = name.rpartition(".")
        keep = extension if dot and len(extension) <= 10 else ""
        name = name[: limit - len(keep) - 1].rstrip() + "." + keep if keep else name[:limit]
    return name or default
