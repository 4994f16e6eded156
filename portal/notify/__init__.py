"""Everything that leaves the site: emails (`send`, `send_later`, `withdraw`, the outbox in
outbox.py), signed links (links.py), print views, PDFs and QR codes (printing.py).

    from portal import notify
    notify.send(rsvp, "events/email/rsvp", {...}, school=school_of(page), purpose="rsvp", obj=rsvp)
"""

__all__ = ["Address", "send", "send_later", "tell_if_delayed", "withdraw"]


def __getattr__(name):
    # Read lazily: this package is an installed app, imported before models are ready.
    if name in __all__:
        from . import outbox

        return getattr(outbox, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
