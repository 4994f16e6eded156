"""Costly GET requests (PDFs) are counted per client address by the site's own limiter: no
reliance on allauth's internals, the same address rules as the sign-in limits."""

import datetime

from django.test import RequestFactory

import pytest

from portal import ratelimit


@pytest.fixture(autouse=True)
def _two_a_minute(settings):
    settings.PORTAL_RATE_LIMITS = {"pdf": "2/m/ip,3/h/ip"}


def _request(address, **headers):
    return RequestFactory().get("/fr/", REMOTE_ADDR=address, **headers)


def test_rates_read_like_allauths():
    assert ratelimit.rates("pdf") == [(2, 60), (3, 3600)]
    assert ratelimit.rates("nothing") == []


def test_one_client_is_refused_past_the_rate_and_another_is_not():
    first = [ratelimit.allow(_request("203.0.113.1"), "pdf") for _ in range(3)]
    assert first == [True, True, False]
    assert ratelimit.allow(_request("203.0.113.2"), "pdf")


def test_the_longer_window_counts_too(monkeypatch):
    start = datetime.datetime(2026, 11, 27, 10, 0, 30, tzinfo=datetime.UTC)
    results = []
    for minute in range(4):
        later = start + datetime.timedelta(minutes=minute)
        monkeypatch.setattr(ratelimit.timezone, "now", lambda later=later: later)
        results.append(ratelimit.allow(_request("203.0.113.1"), "pdf"))
    assert results == [True, True, True, False]


def test_ipv6_clients_count_per_network():
    assert ratelimit.allow(_request("2001:db8::1"), "pdf")
    assert ratelimit.allow(_request("2001:db8::2"), "pdf")
    assert not ratelimit.allow(_request("2001:db8::3"), "pdf")
    assert ratelimit.allow(_request("2001:db8:0:1::1"), "pdf")


def test_a_forged_forwarded_address_does_not_escape_the_limit(settings):
    """Without a trusted proxy, a client's own X-Forwarded-For header is ignored."""
    results = [
        ratelimit.allow(_request("203.0.113.1", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"), "pdf")
        for n in range(3)
    ]
    assert results == [True, True, False]
