"""Everything that leaves the site: emails (`send`, `send_later`, `withdraw`, the outbox in
outbox.py), signed links (links.py), print views, PDFs and QR codes (printing.py).

    from portal import notify
    notify.send(rsvp, "events/email/rsvp", {...}, school=school_of(page), purpose="rsvp", obj=rsvp)

A mailing to many (the gazette) renders each variant once as a `Draft`, fills in each
recipient's own links, and hands the `Letter`s to `send_many` a few hundred at a time.
"""

__all__ = [
    "Address",
    "Draft",
    "Letter",
    "send",
    "send_later",
    "send_many",
    "tell_if_delayed",
    "withdraw",
]


def __getattr__(name):
    # Read lazily: this package is an installed app, imported before models are ready.
    if name in __all__:
        from . import outbox

        return getattr(outbox, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
