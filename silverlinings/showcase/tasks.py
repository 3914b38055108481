"""Background work of the showcase. Tasks take ids, fetch and call a service."""

from django_tasks import task

from . import pack


@task()
def pack_build(*, build_id: int) -> None:
    """Make a pack's PDF, writing its progress as it goes."""
    pack.pack_build_now(build_id=build_id)
