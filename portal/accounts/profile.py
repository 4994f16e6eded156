"""Cards that other apps add to the person's profile page, without `portal` importing them, in
their AppConfig.ready():

    profile.register("gazette", "gazette/includes/profile.html", context)

`context(request)` returns the card's context, or None when the card has nothing to show.
"""

_cards = {}


def register(name, template, context):
    """Show `template` on the profile page, with `context(request)` as `card`."""
    if name in _cards and _cards[name] != (template, context):
        raise ValueError(f"A profile card named {name!r} is already registered.")
    _cards[name] = (template, context)


def cards(request):
    """[(template, context)] of every registered card that has something to show."""
    found = []
    for name in sorted(_cards):
        template, context = _cards[name]
        card = context(request)
        if card is not None:
            found.append((template, card))
    return found
