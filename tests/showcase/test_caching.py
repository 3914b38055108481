"""Public pages are kept for anonymous visitors, and a change clears exactly the pages it touches."""

import pytest
from django.urls import reverse
from django.utils.safestring import SafeString

from silverlinings.showcase.models import Status
from silverlinings.showcase.services import commissions as services
from tests.accounts.factories import UserFactory, authority
from tests.showcase.factories import make_commission, selected_nomination, team

pytestmark = pytest.mark.django_db


def _published(title, **answers):
    return make_commission(title=title, status=Status.PUBLISHED, nomination=selected_nomination(title=title, **answers))


def _nonce(response) -> str:
    return response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]


def test_an_anonymous_visitor_gets_the_kept_page_with_no_query(client, django_assert_num_queries):
    commission = _published("Kent conferences")
    first = client.get(commission.get_absolute_url())

    with django_assert_num_queries(0):
        second = client.get(commission.get_absolute_url())

    assert second["X-Showcase-Cache"] == "hit"
    assert second.content.replace(_nonce(second).encode(), b"") == first.content.replace(_nonce(first).encode(), b"")


def test_the_kept_page_has_the_headers_of_the_page_made_for_the_visitor_and_its_own_length(client):
    commission = _published("Kent conferences")
    made = client.get(commission.get_absolute_url())
    kept = client.get(commission.get_absolute_url())

    assert kept["X-Showcase-Cache"] == "hit"
    assert sorted(kept.headers) == sorted([*made.headers, "X-Showcase-Cache"])
    assert kept["Content-Length"] == str(len(kept.content)) == made["Content-Length"]


def test_a_visitors_page_that_is_never_kept_costs_no_cache_read(client, monkeypatch):
    from django.core.cache import cache

    from silverlinings.showcase import caching

    class Counted:
        reads: list[str] = []

        def get(self, key, *args, **kwargs):
            self.reads.append(key)
            return cache.get(key, *args, **kwargs)

        def set(self, *args, **kwargs):
            return cache.set(*args, **kwargs)

    monkeypatch.setattr(caching, "cache", Counted())
    index = reverse("showcase:index")

    for path in ["/", "/", index, index, reverse("accounts:sign_in")]:
        client.get(path)

    assert Counted.reads == [caching.PREFIX + index] * 2


def test_every_answer_from_the_kept_page_has_a_fresh_csp_nonce_in_its_header_and_its_scripts(client):
    commission = _published("Kent conferences")
    answers = [client.get(commission.get_absolute_url()) for _ in range(3)]

    nonces = [_nonce(answer) for answer in answers]
    assert [answer.get("X-Showcase-Cache") for answer in answers] == [None, "hit", "hit"]
    assert len(set(nonces)) == 3
    for answer, nonce in zip(answers, nonces, strict=True):
        page = answer.content.decode()
        assert page.count("<script nonce=") + page.count('<script type="module" nonce=') == 2
        assert page.count(f'nonce="{nonce}"') == 2
        assert "csp-nonce" not in page


def test_signed_in_people_and_searches_always_get_a_fresh_page(client):
    commission = _published("Kent conferences")
    client.get(reverse("showcase:index"))

    searched = client.get(reverse("showcase:index"), {"query": "kent"})
    client.force_login(UserFactory(), backend="django.contrib.auth.backends.ModelBackend")
    signed_in = client.get(commission.get_absolute_url())

    assert "X-Showcase-Cache" not in searched and "X-Showcase-Cache" not in signed_in


def test_publishing_clears_the_report_the_index_the_feed_the_sitemap_and_related_reports_only(
    client, django_capture_on_commit_callbacks
):
    kent = _published("Kent conferences")
    surrey = _published("Surrey conferences", ons_code="E10000030")  # the same service area: related
    slough = _published("Slough early years", ons_code="E06000039", service_areas=["Early years"])
    pages = [
        reverse("showcase:index"),
        reverse("showcase:feed"),
        reverse("showcase:sitemap"),
        kent.get_absolute_url(),
        surrey.get_absolute_url(),
        slough.get_absolute_url(),
    ]
    for page in pages:
        client.get(page)

    with django_capture_on_commit_callbacks(execute=True):
        services.commission_move(commission=kent, to=Status.DRAFTING, by=team())

    kept = {page: client.get(page).get("X-Showcase-Cache") for page in pages}
    assert kept == {
        reverse("showcase:index"): None,
        reverse("showcase:feed"): None,
        reverse("showcase:sitemap"): None,
        kent.get_absolute_url(): None,  # now 404
        surrey.get_absolute_url(): None,
        slough.get_absolute_url(): "hit",
    }
    assert client.get(kent.get_absolute_url()).status_code == 404


def test_an_adoption_clears_that_reports_page(client, django_capture_on_commit_callbacks):
    commission = _published("Kent conferences")
    client.get(commission.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        services.adoption_record(
            commission=commission, by=UserFactory(authority=authority("E06000035")), kind="adopted"
        )
    page = client.get(commission.get_absolute_url())

    assert "X-Showcase-Cache" not in page
    assert "1 authority has adopted this." in page.content.decode()


def test_a_change_clears_the_kept_parts_of_exactly_the_pages_it_touches(client, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    from silverlinings.showcase.caching import ALL_PARTS_PREFIX, PARTS_PREFIX

    kent = _published("Kent conferences")
    surrey = _published("Surrey conferences", ons_code="E10000030")  # the same service area: related
    slough = _published("Slough early years", ons_code="E06000039", service_areas=["Early years"])
    index = reverse("showcase:index")
    pages = [index, kent.get_absolute_url(), surrey.get_absolute_url(), slough.get_absolute_url()]
    for page in pages:
        client.get(page, {"fresh": "1"})
    before = client.get(index, {"fresh": "1"}).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        services.commission_move(commission=kent, to=Status.DRAFTING, by=team())

    for prefix in (PARTS_PREFIX, ALL_PARTS_PREFIX):
        assert {page: cache.get(prefix + page) is not None for page in pages} == {
            index: False,
            kent.get_absolute_url(): False,
            surrey.get_absolute_url(): False,
            slough.get_absolute_url(): True,
        }
    assert "Kent conferences · published" in before
    assert "Kent conferences · published" not in client.get(index, {"fresh": "1"}).content.decode()
    assert client.get(kent.get_absolute_url(), {"fresh": "1"}).status_code == 404


def test_a_fresh_report_page_is_the_kept_page_made_from_its_parts_without_a_query(client, django_assert_num_queries):
    commission = _published("Kent conferences")
    kept = client.get(commission.get_absolute_url())
    client.get(commission.get_absolute_url(), {"fresh": "1"})

    with django_assert_num_queries(0):  # the parts are in the cache (in memory here; one query with the database's)
        fresh = client.get(commission.get_absolute_url(), {"fresh": "1"})

    assert "X-Showcase-Cache" not in fresh
    assert fresh.content.replace(_nonce(fresh).encode(), b"").replace(b"?fresh=1", b"") == kept.content.replace(
        _nonce(kept).encode(), b""
    )


def test_a_visitors_page_made_fresh_reads_its_main_part_alone(client, monkeypatch):
    from django.core.cache import cache

    from silverlinings.showcase import pages

    commission = _published("Kent conferences")
    index = reverse("showcase:index")
    for page in (commission.get_absolute_url(), index):
        client.get(page, {"fresh": "1"})  # makes and keeps the parts
    read = []

    class Recorded:
        def get(self, key):
            read.append(cache.get(key))
            return read[-1]

    monkeypatch.setattr(pages, "cache", Recorded())

    client.get(commission.get_absolute_url(), {"fresh": "1"})
    client.get(index, {"fresh": "1"})

    assert [type(part) for part in read] == [pages.ReportMain, SafeString]  # neither the report's rows nor lists
    assert read[0].title == "Kent conferences" and "Kent conferences" in read[1]


def test_someone_signed_in_gets_the_page_made_from_all_its_parts(client):
    from tests.accounts.factories import UserFactory, authority

    commission = _published("Kent conferences")
    client.get(commission.get_absolute_url(), {"fresh": "1"})  # a visitor's main part is kept

    client.force_login(
        UserFactory(authority=authority("E06000035")), backend="django.contrib.auth.backends.ModelBackend"
    )
    page = client.get(commission.get_absolute_url()).content.decode()

    assert "We have adopted this" in page and "Kent conferences" in page


def test_a_fresh_index_is_the_kept_index(client):
    _published("Kent conferences")
    index = reverse("showcase:index")
    kept = client.get(index)
    client.get(index, {"fresh": "1"})

    fresh = client.get(index, {"fresh": "1"})

    assert "Kent conferences · published" in fresh.content.decode()
    assert fresh.content.replace(_nonce(fresh).encode(), b"") == kept.content.replace(_nonce(kept).encode(), b"")


def test_publishing_the_pack_clears_the_index_that_offers_it(client, django_capture_on_commit_callbacks):
    from silverlinings.showcase.pack import pack_for
    from silverlinings.showcase.services import pack as services_pack

    commission = _published("Kent conferences")
    pack = pack_for(commission.call)
    index = reverse("showcase:index")
    client.get(index)
    client.get(index, {"fresh": "1"})

    with django_capture_on_commit_callbacks(execute=True):
        services_pack.pack_publish(pack=pack, by=team())
    page = client.get(index)

    assert "X-Showcase-Cache" not in page
    assert f"Download ‘{pack.title}’, every report in one PDF" in page.content.decode()


def test_a_page_remembered_by_a_process_is_never_answered_once_its_address_names_another_version_or_none(client):
    from django.core.cache import cache

    from silverlinings.showcase import caching

    commission = _published("Kent conferences")
    path = commission.get_absolute_url()
    client.get(path)  # kept, and remembered by this process
    assert client.get(path)["X-Showcase-Cache"] == "hit"

    # Another process keeps a newer version of the page: this one answers with it, not with what it remembers.
    cache.set(caching.BODY_PREFIX + "newer", ((b"<p>Newer ", b"</p>"), [("Content-Type", "text/html")]))
    cache.set(caching.PREFIX + path, "newer")
    newer = client.get(path)
    assert newer["X-Showcase-Cache"] == "hit"
    assert newer.content.startswith(b"<p>Newer ") and newer.content.endswith(b"</p>")

    # Another process clears the page: nobody is answered from a kept copy until it is kept again.
    caching.report_page_clear(commission=commission)
    assert client.get(path).get("X-Showcase-Cache") is None
