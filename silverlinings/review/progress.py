"""What the review's progress pages show (core.progress): a theme suggestion running on the worker, and
the letters of recognition being sent after the decisions are released."""

from silverlinings.core.progress import Progress

from .models import SuggestionRun


def suggestion_progress(run: SuggestionRun) -> Progress:
    percent = round(100 * run.progress)
    message = "Waiting to start" if run.status == SuggestionRun.Status.QUEUED else run.message
    failed = run.status == SuggestionRun.Status.FAILED
    return Progress(
        done=percent,
        total=100,
        text=f"{message}: {percent}%",
        finished=failed or run.status == SuggestionRun.Status.DONE,
        finished_text="The suggestion stopped. Show the results to see why."
        if failed
        else "The duplicates are found. Show the results to see them."
        if run.kind == SuggestionRun.Kind.DUPLICATES
        else "The themes are suggested. Show the results to see them.",
    )


def letters_progress(decisions) -> Progress:
    """How far sending the released decisions' letters has gone (rows from `decisions_for_team`)."""
    released = [decision for decision in decisions if decision.released_at]
    sent = sum(1 for decision in released if decision.letter_status == "sent")
    failed = sum(1 for decision in released if decision.letter_status == "failed")
    text = f"{sent} of {len(released)} letter{'s' * (len(released) != 1)} sent"
    return Progress(
        done=sent,
        total=len(released),
        text=f"{text}, {failed} could not be sent" if failed else text,
        finished=sent + failed == len(released),
        finished_text="The letters are sent." if not failed else "Sending has finished: some letters were not sent.",
    )
