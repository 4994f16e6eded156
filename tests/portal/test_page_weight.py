"""Parents read on cheap phones over slow connections: every kind of public page weighs under
100 KB as first loaded (its HTML, the stylesheets and scripts it links, and the images it shows
before any scrolling), counted before compression. Images further down load when they come into
view, and are not counted."""

import re

from django.contrib.staticfiles import finders

import pytest

from tests.portal.test_page_queries import PAGES, school  # noqa: F401 -- the filled school

pytestmark = pytest.mark.django_db

LIMIT = 100 * 1024


def _static_size(url):
    path = re.sub(r"^/static/", "", url.split("?")[0])
    found = finders.find(path)
    assert found, f"{url} is linked but not found"
    with open(found, "rb") as file:
        return len(file.read())


def _weight(client, url):
    html = client.get(url).content.decode()
    total = len(html.encode())
    for tag in re.findall(r"<link [^>]*>", html):
        if 'rel="stylesheet"' in tag and 'media="print"' not in tag:
            total += _static_size(re.search(r'href="([^"]+)"', tag).group(1))
    for src in re.findall(r'<script [^>]*src="([^"]+)"', html):
        total += _static_size(src)
    for tag in re.findall(r"<img [^>]*>", html):
        src = re.search(r'src="([^"]+)"', tag).group(1)
        if 'loading="lazy"' not in tag and src.startswith("/static/"):
            total += _static_size(src)
        elif 'loading="lazy"' not in tag:
            total += len(client.get(src).getvalue())
    return total


def test_every_public_page_is_light(client, school):  # noqa: F811
    filled = school(10)
    weights = {name: _weight(client, url(filled)) for name, url in PAGES.items()}
    heavy = {name: weight for name, weight in weights.items() if weight >= LIMIT}
    assert not heavy
