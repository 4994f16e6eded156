"""Every count the library page shows, and which resources a choice gives, from an index in memory.

Counting every option in the database reads the whole library again for each new choice or
search: 60 to 110 ms on PostgreSQL at 10,000 resources, for every combination a parent tries.
The library only changes when something is published, so the resources a visitor of one language
may see are read once per content generation (`shelf`), in the order the library lists them, and
each option becomes a bitmap: a whole number with one bit per resource. A choice is then a few
ANDs and ORs of these numbers and a count is the number of bits set, whatever the size of the
library or the choice. What is visible, and in which order, stays decided by `queries.visible`.
"""

from dataclasses import dataclass, field

from django.db.models import CharField
from django.db.models.functions import Cast

from portal import freshness

FACETS = ("theme", "level", "format", "lang")


@dataclass
class Shelf:
    """The resources a visitor of one language may see, by position: their own language first,
    then newest first, as the library lists them."""

    ids: list
    #: How many resources are in the visitor's own language (they come first).
    own: int
    #: {facet: {value: bitmap of the resources with that option}}.
    options: dict
    easy: int
    everything: int
    _positions: dict = field(default=None, repr=False, compare=False)

    def parts(self):
        """The bitmaps of the resources in the visitor's language, then of the French ones."""
        own = (1 << self.own) - 1
        return own, self.everything & ~own

    def position(self, pk):
        if self._positions is None:
            self._positions = {pk: n for n, pk in enumerate(self.ids)}
        return self._positions.get(pk)

    def bitmap(self, pks):
        """The bitmap of these resources (those not on the shelf are left out)."""
        return _bitmap(self.position(pk) for pk in pks)

    def holds(self, bitmap, pk):
        at = self.position(pk)
        return at is not None and bool(bitmap >> at & 1)

    def values_of(self, facet, pk, order):
        """The options of `facet` that resource `pk` has, in the order of `order`."""
        at = self.position(pk)
        if at is None:
            return []
        options = self.options[facet]
        return [value for value in order if options.get(value, 0) >> at & 1]

    def ids_in(self, bitmap, start, stop):
        """Ids of the resources of `bitmap` from the `start`-th to before the `stop`-th."""
        bits = bin(bitmap)[:1:-1]  # lowest position first
        found, seen = [], 0
        at = bits.find("1")
        while at != -1 and seen < stop:
            if seen >= start:
                found.append(self.ids[at])
            seen += 1
            at = bits.find("1", at + 1)
        return found


def _bitmap(positions):
    # One bit per position, set in a byte array then read as one number: setting bits one by one
    # on a number would copy it each time.
    positions = [at for at in positions if at is not None]
    if not positions:
        return 0
    data = bytearray(max(positions) // 8 + 1)
    for at in positions:
        data[at >> 3] |= 1 << (at & 7)
    return int.from_bytes(data, "little")


def shelf(locale):
    """The shelf of `locale`, kept until something changes."""
    return freshness.remembered(f"library-shelf:{locale.language_code}", lambda: build(locale))


def build(locale):
    """Read the shelf: four queries, whatever the size of the library."""
    from . import queries
    from .models import ResourcePage

    # Translation keys are read as text: they are only compared, and text is cheaper to hash.
    key = Cast("translation_key", output_field=CharField())
    rows = list(
        queries.visible(locale)
        .own_language_first("-first_published", "-pk")
        .values_list("pk", key, "format__slug", "easy_to_read", "in_source_language")
    )
    ids = [row[0] for row in rows]
    at = {pk: n for n, pk in enumerate(ids)}
    by_key = {row[1]: n for n, row in enumerate(rows)}
    grouped = {facet: {} for facet in FACETS}
    for n, (_pk, _key, format_slug, _easy, _french) in enumerate(rows):
        if format_slug is not None:
            grouped["format"].setdefault(format_slug, []).append(n)
    # The whole link tables, rather than their rows for the visible resources: reading them
    # plain is cheaper than filtering them by visibility again; rows of resources not on this
    # shelf are passed over here.
    links = (
        (
            "theme",
            ResourcePage.themes.through.objects.values_list("resourcepage_id", "theme__slug"),
        ),
        (
            "level",
            ResourcePage.levels.through.objects.values_list("resourcepage_id", "schoollevel__slug"),
        ),
    )
    for facet, pairs in links:
        for pk, slug in pairs:
            if pk in at:
                grouped[facet].setdefault(slug, []).append(at[pk])
    # A resource is available in every language it has a live, public version in, whichever
    # version this shelf lists.
    versions = ResourcePage.objects.live().public().values_list(key, "locale__language_code")
    for key, code in versions:
        if key in by_key:
            grouped["lang"].setdefault(code, []).append(by_key[key])
    return Shelf(
        ids=ids,
        own=sum(1 for row in rows if not row[4]),
        options={
            facet: {value: _bitmap(positions) for value, positions in values.items()}
            for facet, values in grouped.items()
        },
        easy=_bitmap(n for n, row in enumerate(rows) if row[3]),
        everything=(1 << len(ids)) - 1,
    )


@dataclass
class Tally:
    counts: dict = field(default_factory=dict)
    total: int = 0
    #: The resources that meet every choice.
    chosen: int = 0


def tally(shelf, chosen, easy, within=None):
    """Counts of the resources of `within` (default: the whole shelf; the search's matches) for
    each option, keeping the other facets' choices; `chosen` is {facet: [values]}, `easy` whether
    only easy-to-read resources are asked for."""
    within = shelf.everything if within is None else within
    masks = {}
    for facet, values in chosen.items():
        if values:
            masks[facet] = _any(shelf.options[facet].get(value, 0) for value in values)
    if easy:
        masks["easy"] = shelf.easy

    def all_but(skip):
        found = within
        for facet, mask in masks.items():
            if facet != skip:
                found &= mask
        return found

    result = Tally(counts={facet: {} for facet in FACETS})
    for facet in FACETS:
        others = all_but(facet)
        result.counts[facet] = {
            value: count
            for value, bitmap in shelf.options[facet].items()
            if (count := (bitmap & others).bit_count())
        }
    result.counts["easy"] = (shelf.easy & all_but("easy")).bit_count()
    result.chosen = all_but(None)
    result.total = result.chosen.bit_count()
    return result


def _any(bitmaps):
    found = 0
    for bitmap in bitmaps:
        found |= bitmap
    return found
