"""Full-text search over published reports, on either database: PostgreSQL's own full-text search, or an FTS5
table on SQLite (the embedded default). Both read words the same way (no stemming: the `simple` configuration
on PostgreSQL, FTS5's unicode61 tokenizer), every word must appear and the last may be the start of a word, so
the same search finds the same reports on either. `Commission.search_text` is what both read;
`search_index_update` keeps the FTS5 table in step with it and is called whenever a report is published or
taken down."""

import re

from django.db import connection
from django.db.models import QuerySet

_WORD = re.compile(r"\w+", re.UNICODE)


def search_text_for(commission) -> str:
    from .sections import SECTIONS

    content = commission.published_content or {}
    parts = [commission.title, *(content.get(section.key, "") for section in SECTIONS)]
    parts += [f"{f.get('number', '')} {f.get('label', '')}" for f in content.get("key_figures", [])]
    parts += [q.get("text", "") for q in content.get("quotes", []) if q.get("consent")]
    return "\n".join(part for part in parts if part)


def search_index_update(commission) -> None:
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchVector

        from .models import Commission

        vector = SearchVector("search_text", config="simple") if commission.search_text else None
        Commission.objects.filter(pk=commission.pk).update(search_vector=vector)
        return
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM showcase_search WHERE rowid = %s", [commission.pk])
        if commission.search_text:
            cursor.execute(
                "INSERT INTO showcase_search (rowid, body) VALUES (%s, %s)", [commission.pk, commission.search_text]
            )


def _fts5_query(query: str) -> str:
    """Every word must appear (the last may be the start of a word); no FTS5 syntax gets through."""
    words = _WORD.findall(query)
    return " ".join(f'"{word}"' + ("*" if index == len(words) - 1 else "") for index, word in enumerate(words))


def _tsquery(query: str) -> str:
    """The same rule for PostgreSQL: every word, the last as a prefix; words only, so no tsquery syntax."""
    words = [word.lower() for word in _WORD.findall(query)]
    return " & ".join(f"'{word}'" + (":*" if index == len(words) - 1 else "") for index, word in enumerate(words))


def search(reports: QuerySet, query: str) -> QuerySet:
    if not _WORD.search(query or ""):
        return reports
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank
        from django.db.models import F

        wanted = SearchQuery(_tsquery(query), config="simple", search_type="raw")
        found = reports.filter(search_vector=wanted).annotate(rank=SearchRank(F("search_vector"), wanted))
        return found.order_by("-rank", "-published_at")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM showcase_search WHERE showcase_search MATCH %s ORDER BY rank", [_fts5_query(query)]
            )
            ids = [row[0] for row in cursor.fetchall()]
        return reports.filter(pk__in=ids)
    return reports.filter(search_text__icontains=query)
