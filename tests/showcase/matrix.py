from silverlinings.accounts.rules import is_contributor
from silverlinings.accounts.selectors import holds_role
from tests.authorization.matrix import Entry, everyone, only, post_only, signed_in
from tests.showcase.factories import make_commission

TEAM = only("programme_team")
WRITER_OR_TEAM = {
    "anonymous": 302,
    "contributor": 404,
    "panel_member": 404,
    "writer": 200,
    "two_roles": 200,
    "programme_team": 200,
}
WRITER_OR_TEAM_REDIRECTED = {**WRITER_OR_TEAM, "writer": 302, "two_roles": 302, "programme_team": 302}
FACT_CHECKER = {
    "anonymous": 302,
    "contributor": 200,
    "panel_member": 404,
    "writer": 404,
    "two_roles": 404,
    "programme_team": 404,
}


def _writer(user):
    return user if user is not None and holds_role(user=user, role="writer") else None


def commission(user):
    return {"pk": make_commission(writer=_writer(user)).pk}


def drafting(user):
    return {"pk": make_commission(writer=_writer(user), status="drafting").pk}


def version(user):
    found = make_commission(writer=_writer(user), status="drafting")
    return {"pk": found.pk, "number": 1}


def picture(user):
    """A drafting commission of the signed-in writer, with one picture."""
    from silverlinings.showcase.services import commissions as services
    from tests.showcase.factories import jpeg, team

    found = make_commission(writer=_writer(user), status="drafting")
    image = services.report_image_add(
        commission=found, data=jpeg(), alt_text="A chair", caption="", credit="", by=team()
    )
    return {"pk": found.pk, "image_pk": image.pk}


def published_picture(user):
    from silverlinings.showcase.services import commissions as services
    from tests.showcase.factories import jpeg, team

    found = make_commission(status="published")
    image = services.report_image_add(
        commission=found, data=jpeg(), alt_text="A chair", caption="", credit="", by=team()
    )
    return {"pk": image.pk, "version": image.version, "extension": image.extension}


def in_fact_check(user):
    nominator = user if user is not None and is_contributor(user) else None
    return {"pk": make_commission(nominator=nominator, status="fact_check").pk}


def published(user):
    return {"slug": make_commission(status="published").slug}


def call_slug(user):
    return {"slug": make_commission().call.slug}


def pack_call(user):
    return {"slug": make_commission(status="published").call.slug}


def _ready_build():
    from silverlinings.showcase.pack import pack_build_now, pack_for
    from silverlinings.showcase.services import pack as services_pack
    from tests.showcase.factories import team

    commission = make_commission(status="published")
    build = services_pack.pack_build_request(pack=pack_for(commission.call), by=team())
    pack_build_now(build_id=build.pk)  # what the worker does once the request is committed
    return commission.call, build


def pack_build(user):
    call, build = _ready_build()
    return {"slug": call.slug, "pk": build.pk}


def published_pack(user):
    from silverlinings.showcase.pack import pack_for
    from silverlinings.showcase.services import pack as services_pack
    from tests.showcase.factories import team

    call, _build = _ready_build()
    services_pack.pack_publish(pack=pack_for(call), by=team())
    return {"slug": call.slug}


def impact_token(user):
    from silverlinings.showcase.impact import impact_ask

    commission = make_commission(status="published")
    impact_ask(commission_id=commission.pk, months=6)
    return {"token": commission.impact_updates.get().token}


TEAM_ONLY_VISIBLE = {
    "anonymous": 302,
    "contributor": 404,
    "panel_member": 404,
    "writer": 404,
    "two_roles": 404,
    "programme_team": 200,
}
TEAM_ONLY_VISIBLE_REDIRECTED = {**TEAM_ONLY_VISIBLE, "programme_team": 302}


ENTRIES = {
    "showcase:index": Entry(everyone()),
    "showcase:report": Entry(everyone(), kwargs=published),
    "showcase:report_pdf": Entry(everyone(), kwargs=published),
    "showcase:feed": Entry(everyone()),
    "showcase:sitemap": Entry(everyone()),
    # Only staff of another authority may say their authority adopted it (the contributor is from Kent, like
    # the report's nomination; the panel member is from Kent too; the writer and the team belong to none; the
    # person with two roles is from Surrey, so they may).
    "showcase:adoption_record": Entry(
        everyone(405),
        kwargs=published,
        post={
            "anonymous": 302,
            "contributor": 403,
            "panel_member": 403,
            "writer": 403,
            "two_roles": 302,
            "programme_team": 403,
        },
        post_data={"kind": "adopted"},
    ),
    # A message with nothing typed gets the form again with its errors.
    "showcase:enquiry": Entry(everyone(), kwargs=published, post=everyone(), post_data={"name": ""}),
    "showcase:board": Entry(TEAM),
    # A commission with nothing chosen gets the form again with its errors.
    "showcase:commission_create": Entry(TEAM, kwargs=call_slug, post=TEAM, post_data={"title": ""}),
    "showcase:commission_detail": Entry(TEAM, kwargs=commission),
    # Publishing a report nobody has written is refused with the page and its error.
    "showcase:commission_move": Entry(post_only(), kwargs=commission, post=TEAM, post_data={"to": "published"}),
    # A comment with no text gets the page again with its error.
    "showcase:commission_comment": Entry(post_only(), kwargs=commission, post=TEAM, post_data={"text": ""}),
    "showcase:my_commissions": Entry(signed_in()),
    # An empty report saves as a version (nothing is required until it is published).
    "showcase:workspace": Entry(WRITER_OR_TEAM, kwargs=drafting, post=WRITER_OR_TEAM_REDIRECTED, post_data={}),
    "showcase:report_autosave": Entry(
        post_only(), kwargs=drafting, post=WRITER_OR_TEAM, post_data={"headline": "Typed so far"}
    ),
    "showcase:report_submit": Entry(
        post_only(),
        kwargs=drafting,
        post={
            "anonymous": 302,
            "contributor": 404,
            "panel_member": 404,
            "writer": 302,
            "two_roles": 302,
            "programme_team": 403,
        },
    ),
    "showcase:versions": Entry(WRITER_OR_TEAM, kwargs=drafting),
    "showcase:version_restore": Entry(post_only(), kwargs=version, post=WRITER_OR_TEAM_REDIRECTED),
    "showcase:preview": Entry(WRITER_OR_TEAM, kwargs=drafting),
    # A picture with no file gets the form again with its error.
    "showcase:images": Entry(WRITER_OR_TEAM, kwargs=drafting, post=WRITER_OR_TEAM, post_data={"alt_text": "A chair"}),
    "showcase:image_remove": Entry(post_only(), kwargs=picture, post=WRITER_OR_TEAM_REDIRECTED),
    "showcase:image_file": Entry(everyone(), kwargs=published_picture),
    # The pack: the team and the call's designers (tests/showcase/test_pack.py); a hidden pack answers 404.
    "showcase:pack": Entry(TEAM_ONLY_VISIBLE, kwargs=pack_call, post=TEAM_ONLY_VISIBLE, post_data={"title": ""}),
    "showcase:pack_cover": Entry(post_only(), kwargs=pack_call, post=TEAM_ONLY_VISIBLE, post_data={"alt_text": ""}),
    "showcase:pack_build": Entry(post_only(), kwargs=pack_call, post=TEAM_ONLY_VISIBLE_REDIRECTED),
    "showcase:pack_build_detail": Entry(TEAM_ONLY_VISIBLE, kwargs=pack_build),
    "showcase:pack_build_download": Entry(TEAM_ONLY_VISIBLE, kwargs=pack_build),
    "showcase:pack_publish": Entry(post_only(), kwargs=pack_call, post=TEAM_ONLY_VISIBLE_REDIRECTED),
    "showcase:pack_pdf": Entry(everyone(), kwargs=published_pack),
    # The link in the six- and twelve-month email is the key; an answer left out gets the form with its errors.
    "showcase:impact_update": Entry(everyone(), kwargs=impact_token, post=everyone(), post_data={"what_changed": ""}),
    "showcase:report_pdf_preview": Entry(WRITER_OR_TEAM, kwargs=drafting),
    "showcase:fact_check": Entry(
        FACT_CHECKER,
        kwargs=in_fact_check,
        post={**FACT_CHECKER, "contributor": 302},
        post_data={"approve": ""},
    ),
}
