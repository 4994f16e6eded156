"""The Content-Security-Policy header: every asset comes from the site itself, no inline script."""

POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        # Wagtail's admin sets style attributes from its scripts.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "media-src 'self'",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "frame-ancestors 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)


# Wagtail's admin still writes a few inline scripts; only signed-in staff (with a second factor
# for Directors) reach it, and it stays closed to every other origin.
ADMIN_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = ADMIN_POLICY if request.path_info.startswith("/admin/") else POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        return response
