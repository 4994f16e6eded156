"""A request that changes something runs in one database transaction, so that a failure halfway
(a lost connection, an email server down, a bug) leaves nothing half-done behind it."""

from django.db import transaction

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class AtomicWritesMiddleware:
    """Like Django's ATOMIC_REQUESTS, for POST, PUT, PATCH and DELETE only.

    Reads stay outside a transaction: on SQLite a transaction takes the write lock when it begins
    (see DATABASES in settings), and pages must not queue behind the task worker's writes. The
    whole request is covered, middleware included; an error page (5xx) rolls everything back,
    while a 4xx answer keeps what it saved (a wrong code counted, a form's partial work).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response
