from .plugins import NavItem

# The dashboard is "Your dashboard" in the header, on every page for someone signed in: not again in the menu.
NAV_ITEMS = [NavItem("Home", "core:home", order=0)]
