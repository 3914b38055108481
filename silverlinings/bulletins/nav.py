from silverlinings.core.plugins import NavItem

NAV_ITEMS = [
    NavItem("Bulletins", "bulletins:archive", order=60),
    NavItem("Write the bulletin", "bulletins:manage", "bulletins.manage_bulletins", order=65),
]
