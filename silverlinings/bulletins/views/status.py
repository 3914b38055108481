"""Delivery receipts and complaints from the email provider (GOV.UK Notify's callbacks, or any provider that
posts the same JSON): a permanent failure counts as a bounce, a complaint unsubscribes."""

import json

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..subscriptions import delivery_problem_record


@csrf_exempt  # the provider posts without a form from us; the bearer token is the check
@require_POST
def delivery_status(request):
    token = settings.BULLETIN_STATUS_TOKEN
    if not token:
        raise Http404
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not constant_time_compare(given, token):
        return HttpResponseForbidden("Wrong token")
    try:
        receipt = json.loads(request.body or b"{}")
        email = str(receipt.get("to") or receipt.get("email_address") or "")
    except (ValueError, AttributeError):
        return HttpResponseBadRequest("Send JSON with ‘to’ and ‘status’ (or ‘complaint_id’)")
    if "complaint_id" in receipt:
        delivery_problem_record(email=email, kind="complaint")
    elif receipt.get("status") == "permanent-failure":
        delivery_problem_record(email=email, kind="bounce")
    return HttpResponse(status=204)
