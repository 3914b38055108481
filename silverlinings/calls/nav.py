from silverlinings.core.plugins import CallTab, DashboardPanel, NavItem, NavSection

# "Calls" goes to the first of these someone may use (the team's page, for the team); someone signed out sees
# "Calls for evidence" alone in its place.
NAV_SECTIONS = [NavSection("calls", "Calls", order=10)]
NAV_ITEMS = [
    NavItem("Manage calls", "calls:manage_calls", "calls.manage_calls", order=9, section="calls"),
    NavItem("Calls for evidence", "calls:call_list", order=10, section="calls"),
    NavItem("Your nominations", "calls:my_nominations", "calls.list_own_nominations", order=20, section="calls"),
]

CALL_TABS = [
    CallTab("Nominations", "calls:call_nominations", "calls.manage_calls", order=10),
    CallTab("Coverage", "calls:coverage", "calls.manage_calls", order=15),
    CallTab("Key in a nomination", "calls:key_in", "calls.manage_calls", order=60),
    CallTab("Upload returned documents", "calls:document_upload", "calls.manage_calls", order=62),
    CallTab("Last call", "calls:last_call", "calls.manage_calls", order=64),
    CallTab("Change the call", "calls:call_edit", "calls.manage_calls", order=80),
    CallTab("Change the headings", "calls:headings", "calls.manage_calls", order=82),
    CallTab("Public page", "calls:call_detail", "calls.manage_calls", order=99),
]

DASHBOARD_PANELS = [
    DashboardPanel("Your nominations", "calls/dashboard/nominations.html", "calls.list_own_nominations", order=10),
    DashboardPanel("Calls for evidence", "calls/dashboard/calls.html", "calls.manage_calls", order=11),
]
