"""A call's panel becomes memberships: `Membership(panel_member, scope=call)` (decision 0062)."""

from django.db import migrations


def _call_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label="calls", model="call")[0]


def panel_to_memberships(apps, schema_editor):
    PanelMembership = apps.get_model("review", "PanelMembership")
    Membership = apps.get_model("accounts", "Membership")
    call_type = _call_type(apps)
    for seat in PanelMembership.objects.all():
        Membership.objects.get_or_create(
            user_id=seat.member_id, role="panel_member", scope_type=call_type, scope_id=seat.call_id
        )


def memberships_to_panel(apps, schema_editor):
    PanelMembership = apps.get_model("review", "PanelMembership")
    Membership = apps.get_model("accounts", "Membership")
    seats = Membership.objects.filter(role="panel_member", scope_type=_call_type(apps))
    for user_id, call_id in seats.values_list("user_id", "scope_id"):
        PanelMembership.objects.get_or_create(member_id=user_id, call_id=call_id)


class Migration(migrations.Migration):
    dependencies = [
        ("review", "0001_initial"),
        ("accounts", "0004_memberships_replace_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("calls", "0005_question_purpose"),
    ]

    operations = [
        migrations.RunPython(panel_to_memberships, memberships_to_panel),
        migrations.DeleteModel(name="PanelMembership"),
    ]
