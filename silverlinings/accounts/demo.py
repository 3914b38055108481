"""Demo people, one or more for each role. Fictional names; addresses on example.org."""

from silverlinings.directory.models import Authority

from .models import Role, User

DEMO_USERS = [
    ("programme.manager@seslip.example.org", "Rachel Thorne", Role.PROGRAMME_TEAM, None, "Programme Manager"),
    ("programme.officer@seslip.example.org", "Imran Qureshi", Role.PROGRAMME_TEAM, None, "Programme Officer"),
    ("panel.kent@example.org", "Dawn Ashby", Role.PANEL, "E10000016", "Head of Early Help"),
    ("panel.reading@example.org", "Tomasz Nowak", Role.PANEL, "E06000038", "Practice Lead, Children's Social Care"),
    ("panel.hampshire@example.org", "Grace Okafor", Role.PANEL, "E10000014", "Virtual School Head"),
    ("panel.brighton@example.org", "Owen Pritchard", Role.PANEL, "E06000043", "Service Manager, Youth Justice"),
    ("panel.surrey@example.org", "Lena Fischer", Role.PANEL, "E10000030", "Principal Social Worker"),
    ("writer@example.org", "Martha Quill", Role.WRITER, None, "Report writer and designer"),
    ("contributor.medway@example.org", "Sam Kaur", Role.CONTRIBUTOR, "E06000035", "Team Manager, Fostering"),
    ("contributor.slough@example.org", "Ben Adeyemi", Role.CONTRIBUTOR, "E06000039", "Early Years Adviser"),
]


def load(*, stdout, password: str) -> None:
    created = 0
    for email, name, role, ons_code, job_title in DEMO_USERS:
        authority = Authority.objects.get(ons_code=ons_code) if ons_code else None
        user, was_created = User.objects.get_or_create(
            email=email,
            defaults={"full_name": name, "role": role, "authority": authority, "job_title": job_title},
        )
        if was_created:
            if role != Role.CONTRIBUTOR:
                user.set_password(password)
                user.save(update_fields=["password"])
            created += 1
    stdout.write(f"People: {created} created, {len(DEMO_USERS) - created} already there.")


def sign_in_help(*, password: str) -> str:
    lines = ["", "Sign in at http://127.0.0.1:8000/ as:"]
    for email, _name, role, _ons, _title in DEMO_USERS:
        if role == Role.CONTRIBUTOR:
            how = "ask for a sign-in link at /sign-in/ (the email is printed in this console)"
        else:
            how = f"password '{password}' at /staff/sign-in/"
        lines.append(f"  {Role(role).label:<24} {email:<40} {how}")
    return "\n".join(lines)
