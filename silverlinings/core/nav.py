from .plugins import NavItem

NAV_ITEMS = [
    NavItem("Home", "core:home", order=0),
    NavItem("Dashboard", "core:dashboard", "accounts.view_dashboard", order=90),
]
