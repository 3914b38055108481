"""Who may do what with commissions and reports. Writers and designers hold their role for one commission."""

import rules

from silverlinings.accounts.rules import holds_role_for, is_programme_team, is_signed_in

from .models import Status

is_writer = holds_role_for("writer")
is_designer = holds_role_for("designer")


@rules.predicate
def is_fact_checker(user, commission) -> bool:
    from .selectors import fact_check_for

    return commission is not None and fact_check_for(user=user, commission=commission) is not None


@rules.predicate
def is_being_written(user, commission) -> bool:
    return commission is not None and commission.status in (Status.COMMISSIONED, Status.DRAFTING)


@rules.predicate
def is_in_fact_check(user, commission) -> bool:
    return commission is not None and commission.status == Status.FACT_CHECK


@rules.predicate
def is_from_another_authority(user, commission) -> bool:
    from .evidence import authorities_of

    return bool(commission is not None and user.authority_id and user.authority_id not in authorities_of(commission))


@rules.predicate
def is_published(user, commission) -> bool:
    return commission is not None and commission.status == Status.PUBLISHED


@rules.predicate
def designs_for_the_call(user, pack) -> bool:
    """A designer of any of the call's commissions shapes its pack."""
    from .selectors import designs_for

    return pack is not None and designs_for(user=user, call=pack.call)


rules.add_perm("showcase.design_pack", is_programme_team | designs_for_the_call)
rules.add_perm("showcase.publish_pack", is_programme_team)
rules.add_perm("showcase.record_adoption", is_signed_in & is_published & is_from_another_authority)
rules.add_perm("showcase.manage_commissions", is_programme_team)
rules.add_perm("showcase.list_own_commissions", is_signed_in)


@rules.predicate
def writes_or_designs(user) -> bool:
    """Holds a writer or designer membership for some commission: the menu and dashboard show theirs."""
    from silverlinings.accounts.selectors import holds_role

    return user.is_authenticated and (holds_role(user=user, role="writer") or holds_role(user=user, role="designer"))


@rules.predicate
def checks_facts(user) -> bool:
    """Was asked to check the facts of a report: the dashboard lists those reports."""
    from .models import FactCheck

    return user.is_authenticated and FactCheck.objects.filter(checker=user).exists()


rules.add_perm("showcase.show_own_commissions", writes_or_designs)
rules.add_perm("showcase.show_own_fact_checks", checks_facts)
rules.add_perm("showcase.view_commission", is_programme_team | is_writer | is_designer)
rules.add_perm("showcase.write_report", is_programme_team | (is_writer & is_being_written))
rules.add_perm("showcase.submit_report", is_writer & is_being_written)
rules.add_perm("showcase.fact_check", is_fact_checker & is_in_fact_check)
rules.add_perm("showcase.view_fact_check", is_fact_checker)
