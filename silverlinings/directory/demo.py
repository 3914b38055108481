"""Fictional contacts for the public contact page, shaped like the block that ends each weekly update."""

from .models import Authority, Contact, Network

PARTNERSHIP = "South East Sector-Led Improvement Programme"
DEMO_CONTACTS = [
    ("Rachel Thorne", "SESLI Programme Manager", None, "rachel.thorne@seslip.example.org", "07700 900101", []),
    (
        "Priya Raman",
        "Data and Information Manager",
        "E10000011",
        "priya.raman@example.org",
        "07700 900102",
        ["Data Networking Group / Data Benchmarking"],
    ),
    (
        "Hugh Bellamy",
        "Education Network",
        None,
        "hugh.bellamy@seslip.example.org",
        "07700 900103",
        ["AD Education Network"],
    ),
    (
        "Nadia Costa",
        "SESLIP Consultant",
        None,
        "nadia.costa@seslip.example.org",
        "07700 900104",
        ["QA Network (QA Leads)"],
    ),
    (
        "Alan Whitfield",
        "CSC Workforce, PSW and AD Safeguarding Network Lead",
        None,
        "alan.whitfield@seslip.example.org",
        "07700 900105",
        ["AD Safeguarding Network", "CSC Workforce and PSW Network"],
    ),
    (
        "Joy Mensah",
        "Adoption; Fostering; Kinship and Early Help Regional Networks",
        None,
        "joy.mensah@seslip.example.org",
        "07700 900106",
        ["Adoption; Fostering; Kinship and Early Help Regional Networks"],
    ),
    ("Carys Lloyd", "SEND Network Lead", "E10000014", "carys.lloyd@example.org", "07700 900107", ["SEND SE19 Network"]),
]


def load(*, stdout, password: str) -> None:
    created = 0
    for position, (name, role_title, ons_code, email, phone, networks) in enumerate(DEMO_CONTACTS, start=1):
        contact, was_created = Contact.objects.get_or_create(
            email=email,
            defaults={
                "name": name,
                "role_title": role_title,
                "authority": Authority.objects.get(ons_code=ons_code) if ons_code else None,
                "organisation": "" if ons_code else PARTNERSHIP,
                "phone": phone,
                "position": position,
            },
        )
        if was_created:
            contact.networks.set(Network.objects.filter(name__in=networks))
            created += 1
    stdout.write(f"Contacts: {created} created, {len(DEMO_CONTACTS) - created} already there.")
