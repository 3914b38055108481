from silverlinings.core.plugins import NavItem

NAV_ITEMS = [
    NavItem("Your reviews", "review:panel_home", "review.list_own_reviews", order=30),
    NavItem("Themes and ideas", "review:grouping_calls", "review.manage_review", order=45),
    NavItem("Editorial panel", "review:panel_home", "review.manage_review", order=46),
]
