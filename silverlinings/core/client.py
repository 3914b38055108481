"""Who is asking: the client's address, as far as it can be trusted."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The address of the person's machine.

    With no proxy it is REMOTE_ADDR. Behind TRUSTED_PROXY_COUNT proxies, each of which appends the
    address it received the request from to X-Forwarded-For, it is the address the outermost proxy
    saw: that many entries from the right. Anything further left was written by the client and
    could be anything, so it is never used.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if not forwarded:
        return remote
    candidate = forwarded[-count] if len(forwarded) >= count else forwarded[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
