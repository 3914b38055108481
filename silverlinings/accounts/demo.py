"""Demo people, one or more for each role. Fictional names; addresses on example.org.

Dawn Ashby holds two roles: she sits on the demo call's panel (review/demo.py puts her there) and
coordinates Kent's places at the launch. A coordinator's role belongs to an event and an authority, so
events/demo.py gives it to her once the launch exists; here it only names her role for signing in.
"""

from silverlinings.directory.models import Authority

from .models import MembershipRole, User
from .services import membership_grant

TEAM, PANEL, WRITER, COORDINATOR = (
    MembershipRole.PROGRAMME_TEAM,
    MembershipRole.PANEL_MEMBER,
    MembershipRole.WRITER,
    MembershipRole.COORDINATOR,
)
KENT = "E10000016"

# (email, name, roles, ONS code of their authority, job title); no role: a contributor.
DEMO_USERS = [
    ("programme.manager@seslip.example.org", "Rachel Thorne", (TEAM,), None, "Programme Manager"),
    ("programme.officer@seslip.example.org", "Imran Qureshi", (TEAM,), None, "Programme Officer"),
    ("panel.kent@example.org", "Dawn Ashby", (PANEL, COORDINATOR), KENT, "Head of Early Help"),
    ("panel.reading@example.org", "Tomasz Nowak", (PANEL,), "E06000038", "Practice Lead, Children's Social Care"),
    ("panel.hampshire@example.org", "Grace Okafor", (PANEL,), "E10000014", "Virtual School Head"),
    ("panel.brighton@example.org", "Owen Pritchard", (PANEL,), "E06000043", "Service Manager, Youth Justice"),
    ("panel.surrey@example.org", "Lena Fischer", (PANEL,), "E10000030", "Principal Social Worker"),
    ("writer@example.org", "Martha Quill", (WRITER,), None, "Report writer and designer"),
    ("contributor.medway@example.org", "Sam Kaur", (), "E06000035", "Team Manager, Fostering"),
    ("contributor.slough@example.org", "Ben Adeyemi", (), "E06000039", "Early Years Adviser"),
]


def load(*, stdout, password: str) -> None:
    created = 0
    for email, name, roles, ons_code, job_title in DEMO_USERS:
        authority = Authority.objects.get(ons_code=ons_code) if ons_code else None
        user, was_created = User.objects.get_or_create(
            email=email, defaults={"full_name": name, "authority": authority, "job_title": job_title}
        )
        for role in roles:
            if role != COORDINATOR:  # held for an event: events/demo.py
                membership_grant(user=user, role=role, by=None)
        if was_created:
            if roles:
                user.set_password(password)
                user.save(update_fields=["password"])
            created += 1
    stdout.write(f"People: {created} created, {len(DEMO_USERS) - created} already there.")


def sign_in_help(*, password: str) -> str:
    lines = ["", "Sign in at http://127.0.0.1:8000/ as:"]
    for email, _name, roles, _ons, _title in DEMO_USERS:
        if not roles:
            how = "ask for a sign-in link at /sign-in/ (the email is printed in this console)"
        else:
            how = f"password '{password}' at /staff/sign-in/"
        label = " and ".join(MembershipRole(role).label for role in roles) or "Contributor"
        lines.append(f"  {label:<50} {email:<40} {how}")
    return "\n".join(lines)
