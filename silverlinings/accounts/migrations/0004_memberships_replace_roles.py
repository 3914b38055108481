"""Each person's single role becomes a membership held for nothing in particular (decision 0062).

A contributor holds none. A panel member becomes one the team has taken on; the calls whose panel
they sit on become memberships of their own (review 0002). The reverse puts the role back from the
memberships, the highest first.
"""

from django.db import migrations

ROLE_TO_MEMBERSHIP = {"programme_team": "programme_team", "panel": "panel_member", "writer": "writer"}
BACK = ["programme_team", "panel_member", "writer"]


def roles_to_memberships(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Membership = apps.get_model("accounts", "Membership")
    for old, new in ROLE_TO_MEMBERSHIP.items():
        for user_id in User.objects.filter(role=old).values_list("pk", flat=True):
            Membership.objects.get_or_create(user_id=user_id, role=new, scope_type=None, scope_id=None)


def memberships_to_roles(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Membership = apps.get_model("accounts", "Membership")
    old_of = {new: old for old, new in ROLE_TO_MEMBERSHIP.items()}
    for role in reversed(BACK):
        held = Membership.objects.filter(role=role).values("user_id")
        User.objects.filter(pk__in=held).update(role=old_of[role])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_membership"),
    ]

    operations = [
        migrations.RunPython(roles_to_memberships, memberships_to_roles),
        migrations.RemoveField(model_name="user", name="role"),
    ]
