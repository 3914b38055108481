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

A page whose rows follow the work (each document's own state) renders each row from one template, as
an element with an `id`, and gives the script the same rows, which swaps in the ones that changed:

    return progress_json(progress, rows=progress_rows("calls/includes/upload_progress_row.html",
                                                      "document", documents, request=request))
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


def progress_rows(template_name: str, name: str, items: Iterable, *, request) -> list[str]:
    """Each item's row, rendered from the template the page itself includes (so it is escaped the same way)."""
    return [render_to_string(template_name, {name: item}, request=request) for item in items]


def progress_json(progress: Progress, *, rows: list[str] | None = None) -> JsonResponse:
    answer = progress.as_json()
    if rows is not None:
        answer["rows"] = rows
    response = JsonResponse(answer)
    response["Cache-Control"] = "no-store"
    return response
