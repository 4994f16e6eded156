"""Row numbers typed into addresses and forms. A database key is a signed 64-bit integer: longer
digit strings are no row at all (SQLite cannot even compare them, and Python refuses to convert
more than 4,300 digits), so they are treated like any other number that names nothing."""

from django.urls import register_converter

#: 18 digits always fit a signed 64-bit integer (its limit has 19).
MAX_DIGITS = 18


def parse(value):
    """The row number written in `value`, or None when it cannot name a row."""
    value = value if isinstance(value, str) else ""
    if value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS:
        return int(value)
    return None


def parse_all(values):
    """The row numbers among `values`, leaving out what cannot name a row."""
    return {number for number in map(parse, values) if number is not None}


class IdConverter:
    """`<id:name>` in a route: like `<int:…>`, but a number too long for a key is a 404."""

    regex = f"[0-9]{{1,{MAX_DIGITS}}}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
