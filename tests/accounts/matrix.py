from tests.authorization.matrix import Entry

SIGNED_IN_GOES_TO_DASHBOARD = {
    "anonymous": 200,
    "contributor": 302,
    "panel_member": 302,
    "writer": 302,
    "programme_team": 302,
}

ENTRIES = {
    "accounts:sign_in": Entry(SIGNED_IN_GOES_TO_DASHBOARD),
    "accounts:check_email": Entry(dict.fromkeys(SIGNED_IN_GOES_TO_DASHBOARD, 200)),
    "accounts:link_sign_in": Entry(dict.fromkeys(SIGNED_IN_GOES_TO_DASHBOARD, 200), query="?token=abc"),
    "accounts:staff_sign_in": Entry(SIGNED_IN_GOES_TO_DASHBOARD),
    # Signing out is a POST from every page; anyone may do it.
    "accounts:sign_out": Entry(dict.fromkeys(SIGNED_IN_GOES_TO_DASHBOARD, 302), method="post"),
}
