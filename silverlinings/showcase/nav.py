from silverlinings.core.plugins import NavItem

NAV_ITEMS = [
    NavItem("Showcase", "showcase:index", order=15),
    NavItem("Your commissions", "showcase:my_commissions", "showcase.list_own_commissions", order=25),
    NavItem("Commissions", "showcase:board", "showcase.manage_commissions", order=47),
]
