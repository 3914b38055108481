from django.conf import settings

from .frame import visitor_frame
from .navigation import navigation_for, section_navigation


def service(request):
    menu = navigation_for(request)
    return {
        "service_name": settings.SERVICE_NAME,
        "partnership_name": settings.PARTNERSHIP_NAME,
        "partnership_short_name": settings.PARTNERSHIP_SHORT_NAME,
        "phase": settings.PHASE,
        "contact_email": settings.CONTACT_EMAIL,
        "contact_phone": settings.CONTACT_PHONE,
        "navigation": menu,
        "section_navigation": section_navigation(menu),
        # For a visitor not signed in, the frame's parts are made once per process (frame.py); None otherwise.
        "visitor_frame": visitor_frame(request, menu),
    }
