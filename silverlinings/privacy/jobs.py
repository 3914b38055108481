"""The scheduled job of privacy (see silverlinings/jobs)."""

from datetime import time

from silverlinings.jobs.registry import JobKind, job_kind_add

from .services import retention_erase

job_kind_add(
    JobKind(
        "privacy.retention",
        "Erase personal data past the retention period",
        retention_erase,
        description="Erases the data of contributors not seen for PERSONAL_DATA_RETENTION_DAYS (six years unless "
        "set) and deletes emails older than that.",
        repeat="daily",
        at=time(3, 0),
    )
)
