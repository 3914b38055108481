"""django-csp's middleware, with the policy made once per process instead of for every answer.

The Content-Security-Policy header depends only on the settings and, for `script-src`, on the answer's nonce: it
is made once with a placeholder for the nonce, and each answer gets it with its own nonce put in. An answer whose
view changed its policy (`@csp_update`, `@csp_replace`, `@csp_exempt`) and every answer with DEBUG on are left to
django-csp itself, so what a view asks for is always honoured.
"""

from functools import cache

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

#: What django-csp's view decorators set on an answer: such an answer gets its policy made for it.
_VIEW_CHANGES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)
#: Stands for the nonce in a policy made ahead: a NUL never reaches a setting or a header.
_NONCE = "\x00nonce\x00"


@cache
def _policy(report_only: bool, with_nonce: bool) -> tuple[str, tuple[str, ...]]:
    """The policy the settings give (with the nonce's placeholder), and the paths it is not sent for."""
    name = "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
    excluded = tuple((getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES", None) or ())
    return build_policy(nonce=_NONCE if with_nonce else None, report_only=report_only), excluded


@receiver(setting_changed)
def _setting_changed(*, setting, **kwargs) -> None:
    if setting in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY"):
        _policy.cache_clear()


class CSPMiddleware(DjangoCSPMiddleware):
    def process_response(self, request, response):
        if settings.DEBUG or any(hasattr(response, name) for name in _VIEW_CHANGES):
            return super().process_response(request, response)
        nonce = getattr(request, "_csp_nonce", None)
        for header, report_only in ((HEADER, False), (HEADER_REPORT_ONLY, True)):
            policy, excluded = _policy(report_only, nonce is not None)
            if policy and header not in response and not request.path_info.startswith(excluded):
                response[header] = policy.replace(_NONCE, nonce) if nonce else policy
        if nonce is None:  # as django-csp: a nonce asked for after the header is written would not be in it
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
