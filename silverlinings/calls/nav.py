from silverlinings.core.plugins import NavItem

NAV_ITEMS = [
    NavItem("Calls for evidence", "calls:call_list", order=10),
    NavItem("Your nominations", "calls:my_nominations", "calls.list_own_nominations", order=20),
    NavItem("Manage calls", "calls:manage_calls", "calls.manage_calls", order=40),
]
