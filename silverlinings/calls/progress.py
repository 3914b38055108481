"""What the returned documents' progress page shows (core.progress) while a batch is read on the worker."""

from dataclasses import dataclass

from silverlinings.core.progress import Progress

from .models import ReturnedDocument


@dataclass(frozen=True)
class ReadingOutcome:
    drafts: int  # nominations made from the documents read so far, each a draft to check
    refused: int  # documents that could not be read

    def __str__(self) -> str:
        drafts = f"{self.drafts} draft{'s' * (self.drafts != 1)} to check"
        if not self.refused:
            return drafts
        return f"{drafts}, {self.refused} document{'s' * (self.refused != 1)} not read"


def reading_outcome(documents: list[ReturnedDocument]) -> ReadingOutcome:
    refused = sum(1 for document in documents if document.status == ReturnedDocument.Status.REFUSED)
    drafts = sum(len(document.report) for document in documents if document.status != ReturnedDocument.Status.REFUSED)
    return ReadingOutcome(drafts=drafts, refused=refused)


def reading_progress(documents: list[ReturnedDocument]) -> Progress:
    done = sum(1 for document in documents if document.status != ReturnedDocument.Status.QUEUED)
    total = len(documents)
    return Progress(
        done=done,
        total=total,
        text=f"{done} of {total} document{'s' * (total != 1)} read",
        finished=done == total,
        finished_text=f"Your documents have been read: {reading_outcome(documents)}.",
    )
