"""Progress of work done in the background, shown the same way on every page that waits for it.

A page never refreshes itself (that throws keyboard focus back to the top and, with a `#fragment` in
the address, does not even reload). Instead the page shows its own state with a "Check progress"
button, and `static/js/progress.js` asks the same address for `?progress=json` every few seconds,
updates the bar and says what changed in a polite live region. The view answers both:

    progress = Progress(done=1, total=2, text="1 of 2 documents read")
    if progress_requested(request):
        return progress_json(progress)
    return render(request, "...", {"progress": progress, ...})

and the template includes `includes/progress.html` with `progress`.

Every other part of the page that follows the work is a *part*: an element with an `id`, rendered
from one template that the page includes and the view renders again for the script, which swaps in
the parts that changed (keeping focus on the same link) and leaves the rest alone. The heading and
first paragraph are one part, so that when the work ends they say so without a reload, and the
live region reads `finished_text` once; a table's rows (each document's own state) are parts too:

    summary = progress_part("calls/includes/upload_progress_summary.html", context, request=request)
    rows = progress_rows("calls/includes/upload_progress_row.html", "document", documents, request=request)
    return progress_json(progress, parts=[summary, *rows])

Without JavaScript the "Check progress" button loads the page, which includes the same templates.
"""

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from django.http import JsonResponse
from django.template.loader import render_to_string


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    text: str  # shown beside the bar and read out, e.g. "3 of 5 documents read"
    finished: bool = False
    finished_text: str = ""  # read out once when the work ends, e.g. "The themes are suggested. Show the results…"

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    def as_json(self) -> dict:
        return {**asdict(self), "percent": self.percent, "finished_text": self.finished_text * self.finished}


def progress_requested(request) -> bool:
    return request.GET.get("progress") == "json"


def progress_part(template_name: str, context: dict, *, request) -> str:
    """One part of the page, rendered from the template the page itself includes with the same context."""
    return render_to_string(template_name, context, request=request)


def progress_rows(template_name: str, name: str, items: Iterable, *, request) -> list[str]:
    """Each item's row, rendered from the template the page itself includes (so it is escaped the same way)."""
    return [progress_part(template_name, {name: item}, request=request) for item in items]


def progress_json(progress: Progress, *, parts: list[str] | None = None) -> JsonResponse:
    answer = progress.as_json()
    if parts is not None:
        answer["parts"] = parts
    response = JsonResponse(answer)
    response["Cache-Control"] = "no-store"
    return response
