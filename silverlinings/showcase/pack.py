"""The designed pack of a call: cover, contents, introduction, foreword, a chapter per theme with its reports, and an
index of authorities and service areas. One tagged PDF (PDF/UA-1, through `core.pdf`), made on the worker with
progress and kept under a fingerprint of everything it was made from, so an unchanged pack is never made twice
and a changed report makes a new one."""

import base64
import hashlib
import json
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from silverlinings.core.pdf import pdf_render
from silverlinings.core.richtext import markdown_to_html

from . import sections, selectors
from .models import Commission, Pack, PackBuild

#: Colours for each theme's chapter band: GOV.UK colours, used beside black text, never behind it.
COLOURS = {
    "blue": ("Blue", "#1d70b8"),
    "green": ("Green", "#00703c"),
    "purple": ("Purple", "#4c2c92"),
    "red": ("Red", "#d4351c"),
    "pink": ("Pink", "#d53880"),
    "brown": ("Brown", "#b58840"),
    "turquoise": ("Turquoise", "#28a197"),
    "dark-blue": ("Dark blue", "#003078"),
}
OTHER = "Other innovations"


@dataclass
class Chapter:
    key: str
    title: str
    colour: str
    reports: list = field(default_factory=list)


def pack_for(call) -> Pack:
    pack, _ = Pack.objects.get_or_create(call=call, defaults={"title": f"{call.title}: showcase reports"})
    return pack


def themes_of(call) -> list:
    from silverlinings.review.models import Theme

    return list(Theme.objects.filter(call=call, status=Theme.Status.ACCEPTED).order_by("label"))


def _theme_of(commission: Commission, theme_ids: set[int]) -> int | None:
    from .evidence import nominations_for

    for nomination in nominations_for(commission):
        for theme in nomination.themes.all():
            if theme.pk in theme_ids:
                return theme.pk
    return None


def chapters(pack: Pack) -> list[Chapter]:
    """The call's published reports by theme, in the designer's order (themes with no report are left out)."""
    themes = {theme.pk: theme for theme in themes_of(pack.call)}
    order = [int(pk) for pk in pack.chapter_order if int(pk) in themes]
    order += [pk for pk in themes if pk not in order]
    found = {pk: Chapter(str(pk), themes[pk].label, _colour(pack, pk)) for pk in order}
    other = Chapter("other", OTHER, COLOURS["dark-blue"][1])
    for commission in selectors.published_reports().filter(call=pack.call).order_by("title"):
        theme = _theme_of(commission, set(themes))
        (found[theme] if theme else other).reports.append(commission)
    return [chapter for chapter in [*found.values(), other] if chapter.reports]


def _colour(pack: Pack, theme_pk: int) -> str:
    return COLOURS.get(pack.colours.get(str(theme_pk), "blue"), COLOURS["blue"])[1]


def indexes(found: list[Chapter]) -> dict[str, list[tuple[str, list[Commission]]]]:
    """Authorities and service areas, each with the reports that name them, alphabetically."""
    from .evidence import nominations_for

    authorities: dict[str, list] = {}
    areas: dict[str, list] = {}
    for chapter in found:
        for commission in chapter.reports:
            for nomination in nominations_for(commission):
                if nomination.authority:
                    authorities.setdefault(nomination.authority.name, []).append(commission)
                for area in nomination.service_areas.all():
                    areas.setdefault(area.name, []).append(commission)
    tidy = lambda found: [(name, list(dict.fromkeys(reports))) for name, reports in sorted(found.items())]  # noqa: E731
    return {"authorities": tidy(authorities), "service_areas": tidy(areas)}


def fingerprint(pack: Pack) -> str:
    """Everything the pack is made from: its look and words, and each report's published text and pictures."""
    reports = selectors.published_reports().filter(call=pack.call).order_by("pk")
    made_from = {
        "layout": "1",
        "pack": [
            pack.title,
            pack.subtitle,
            pack.introduction,
            pack.foreword,
            pack.foreword_by,
            pack.colours,
            pack.chapter_order,
            pack.cover_file.name,
            pack.cover_alt,
        ],
        "reports": [
            [c.pk, c.title, c.published_content, list(c.images.values_list("pk", "alt_text"))] for c in reports
        ],
        "themes": [[t.pk, t.label, sorted(t.nominations.values_list("pk", flat=True))] for t in themes_of(pack.call)],
    }
    return hashlib.sha256(json.dumps(made_from, sort_keys=True, default=str).encode()).hexdigest()


def _data_url(field_file) -> str:
    with field_file.open("rb") as stored:
        data = base64.b64encode(stored.read()).decode()
    kind = "jpeg" if field_file.name.endswith(".jpg") else "png" if field_file.name.endswith(".png") else "webp"
    return f"data:image/{kind};base64,{data}"


def _report_entry(commission: Commission) -> dict:
    return {
        "commission": commission,
        "report": sections.rendered(commission.published_content),
        "images": [
            {"data_url": _data_url(i.web_file), "alt_text": i.alt_text, "caption": i.caption, "credit": i.credit}
            for i in commission.images.all()
        ],
    }


def pack_html(pack: Pack, *, step=lambda: None) -> str:
    found = chapters(pack)
    entries = []
    for chapter in found:
        reports = []
        for commission in chapter.reports:
            reports.append(_report_entry(commission))
            step()
        entries.append({"chapter": chapter, "reports": reports})
    return render_to_string(
        "showcase/pdf/pack.html",
        {
            "pack": pack,
            "cover": _data_url(pack.cover_file) if pack.cover_file else "",
            "introduction": markdown_to_html(pack.introduction),
            "foreword": markdown_to_html(pack.foreword),
            "chapters": entries,
            "indexes": indexes(found),
        },
    )


def pack_build_now(*, build_id: int) -> None:
    """Make the pack's PDF (on the worker), writing progress as each report is laid out."""
    build = PackBuild.objects.select_related("pack__call").get(pk=build_id)
    if build.status != PackBuild.Status.QUEUED:
        return
    pack = build.pack
    total = selectors.published_reports().filter(call=pack.call).count() + 1
    PackBuild.objects.filter(pk=build.pk).update(status=PackBuild.Status.RUNNING, total=total, done=0)

    def step():
        PackBuild.objects.filter(pk=build.pk).update(done=F("done") + 1)

    try:
        html = pack_html(pack, step=step)
        data = pdf_render(html, title=pack.title, css=PACK_CSS)
    except Exception as error:  # the team sees it failed and can try again; the worker carries on
        PackBuild.objects.filter(pk=build.pk).update(
            status=PackBuild.Status.FAILED, message=str(error)[:300], finished_at=timezone.now()
        )
        raise
    build.refresh_from_db()
    build.file.save(f"{pack.call.slug}-{build.fingerprint[:12]}.pdf", ContentFile(data), save=False)
    build.status, build.done, build.finished_at = PackBuild.Status.DONE, total, timezone.now()
    build.save()


PACK_CSS = """
@page { size: A4; margin: 20mm; @bottom-center { content: counter(page); font-size: 9pt; } }
@page cover { margin: 0; @bottom-center { content: none; } }
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.45; color: #0b0c0c; }
.cover { page: cover; height: 297mm; padding: 30mm 20mm; box-sizing: border-box; background: #f3f2f1; }
.cover img { max-width: 100%; max-height: 120mm; }
.cover h1 { font-size: 30pt; margin: 10mm 0 4mm; }
.contents a { color: #0b0c0c; text-decoration: none; }
.contents a::after { content: leader('.') target-counter(attr(href), page); }
section { break-before: page; }
.chapter-title { border-left: 8mm solid var(--band); padding-left: 4mm; font-size: 22pt; }
article { break-before: page; }
h3 { font-size: 16pt; }
h4 { font-size: 12pt; margin: 5mm 0 1mm; }
img { max-width: 100%; }
blockquote { border-left: 3px solid #b1b4b6; margin: 0 0 4mm; padding-left: 4mm; }
.index li { margin-bottom: 1mm; }
"""
