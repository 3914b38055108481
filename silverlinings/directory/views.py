from django.shortcuts import render

from . import selectors


def contact_list(request):
    return render(request, "directory/contact_list.html", {"contacts": selectors.contacts_listed()})
