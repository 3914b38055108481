from django.contrib import admin

from .models import Authority, Contact, Network, NetworkMeeting, ServiceArea


@admin.register(Authority)
class AuthorityAdmin(admin.ModelAdmin):
    list_display = ["short_name", "name", "ons_code", "kind"]
    search_fields = ["name", "ons_code"]


@admin.register(ServiceArea)
class ServiceAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "from_call_page"]
    list_editable = ["position"]


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "role_title", "organisation_name", "email", "phone", "listed", "position"]
    list_filter = ["listed", "authority", "networks"]
    list_editable = ["listed", "position"]
    search_fields = ["name", "role_title", "email"]
    filter_horizontal = ["networks"]


@admin.register(NetworkMeeting)
class NetworkMeetingAdmin(admin.ModelAdmin):
    list_display = ["network", "date", "details", "more_information_from"]
    list_filter = ["network"]
    date_hierarchy = "date"
