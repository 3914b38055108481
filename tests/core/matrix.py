from tests.authorization.matrix import Entry, everyone, signed_in

ENTRIES = {
    "core:home": Entry(everyone()),
    "core:dashboard": Entry(signed_in()),
    "core:accessibility": Entry(everyone()),
    "core:privacy": Entry(everyone()),
    "admin:index": Entry(
        {
            "anonymous": 302,
            "contributor": 302,
            "panel_member": 302,
            "writer": 302,
            "two_roles": 302,
            "programme_team": 200,
        }
    ),
}
