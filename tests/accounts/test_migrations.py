"""Today's people move over: each role becomes a membership, each panel seat one for its call (no scope: 0)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("accounts", "0003_membership"), ("review", "0001_initial"), ("calls", "0005_question_purpose")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_roles_and_panel_seats_become_memberships():
    from datetime import timedelta

    from django.utils import timezone

    old = migrate(BEFORE)
    User, Call = old.get_model("accounts", "User"), old.get_model("calls", "Call")
    PanelMembership = old.get_model("review", "PanelMembership")
    User.objects.create(email="team@example.org", role="programme_team")
    panel = User.objects.create(email="panel@example.org", role="panel")
    User.objects.create(email="writer@example.org", role="writer")
    contributor = User.objects.create(email="nominator@example.org", role="contributor")
    now = timezone.now()
    call = Call.objects.create(title="Silver Linings", slug="sl", opens_at=now, closes_at=now + timedelta(days=30))
    PanelMembership.objects.create(call=call, member=panel)
    try:
        new = migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        Membership = new.get_model("accounts", "Membership")
        held = sorted(
            (email, role, scope_id or 0)
            for email, role, scope_id in Membership.objects.values_list("user__email", "role", "scope_id")
        )
        assert held == [
            ("panel@example.org", "panel_member", 0),
            ("panel@example.org", "panel_member", call.pk),
            ("team@example.org", "programme_team", 0),
            ("writer@example.org", "writer", 0),
        ]
        assert not Membership.objects.filter(user_id=contributor.pk).exists()
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
