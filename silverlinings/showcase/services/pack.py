"""Writes for the designed pack: its look and words, its cover, making its PDF, publishing it."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from silverlinings.core.services import audit_record

from .. import pack as packs
from ..caching import index_clear
from ..models import Pack, PackBuild

PACK_FIELDS = ("title", "subtitle", "introduction", "foreword", "foreword_by", "colours", "chapter_order")


def pack_update(*, pack: Pack, by, **fields) -> Pack:
    for name, value in fields.items():
        if name not in PACK_FIELDS:
            raise TypeError(f"A pack has no field {name}")
        setattr(pack, name, value.strip() if isinstance(value, str) else value)
    pack.save()
    audit_record(actor=by, action="showcase.pack_changed", obj=pack, data={"fields": sorted(fields)})
    return pack


def pack_cover_set(*, pack: Pack, data: bytes, alt_text: str, by) -> Pack:
    """A new cover picture, cleaned and sized by `core.images`; raises ImageRefused with a GOV.UK message."""
    from silverlinings.core.images import image_clean, image_variants

    clean = image_clean(data)
    web = next(v for v in image_variants(clean.data, widths=(1280,)) if v.format != "WEBP")
    pack.cover_file.save(
        f"cover-{pack.pk}.{'jpg' if web.format == 'JPEG' else 'png'}", ContentFile(web.data), save=False
    )
    pack.cover_alt = alt_text.strip()
    pack.save()
    audit_record(actor=by, action="showcase.pack_cover_set", obj=pack, data={})
    return pack


@transaction.atomic
def pack_build_request(*, pack: Pack, by) -> PackBuild:
    """Make the pack's PDF on the worker, unless one made from exactly the same content is ready or on its way."""
    fingerprint = packs.fingerprint(pack)
    same = pack.builds.filter(fingerprint=fingerprint).exclude(status=PackBuild.Status.FAILED).first()
    if same:
        return same
    from ..tasks import pack_build

    build = PackBuild.objects.create(pack=pack, fingerprint=fingerprint, requested_by=by)
    transaction.on_commit(lambda: pack_build.enqueue(build_id=build.pk))
    audit_record(actor=by, action="showcase.pack_build_requested", obj=pack, data={"build": build.pk})
    return build


def pack_publish(*, pack: Pack, by) -> Pack:
    pack.published_at = timezone.now()
    pack.save(update_fields=["published_at", "updated_at"])
    audit_record(actor=by, action="showcase.pack_published", obj=pack, data={})
    pack_build_request(pack=pack, by=by)
    transaction.on_commit(index_clear)  # the index offers the published pack
    return pack


def latest_ready(pack: Pack) -> PackBuild | None:
    """The newest pack PDF that is ready; the public get it once the pack is published."""
    return pack.builds.filter(status=PackBuild.Status.DONE).first()
