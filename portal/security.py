"""Security headers: a Content-Security-Policy where every asset comes from the site itself and no
script is inline, powerful browser features switched off, and one framing rule."""

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
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)


# Wagtail's admin still writes a few inline scripts; only signed-in staff (with a second factor
# for Directors) reach it, and it stays closed to every other origin.
ADMIN_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")

#: Features the site never uses. Only names Chromium knows: an unknown one logs a console error.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in ("camera", "microphone", "geolocation", "payment", "interest-cohort")
)

#: CSP's frame-ancestors for each X-Frame-Options value, so that both headers say one thing
#: (Wagtail's preview views lift X-Frame-Options to SAMEORIGIN for the admin's own frames).
FRAME_ANCESTORS = {"DENY": "'none'", "SAMEORIGIN": "'self'"}


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = ADMIN_POLICY if request.path_info.startswith("/admin/") else POLICY
        framing = response.headers.get("X-Frame-Options", "").upper()
        ancestors = FRAME_ANCESTORS.get(framing, "'self'")
        response.headers.setdefault(
            "Content-Security-Policy", f"{policy}; frame-ancestors {ancestors}"
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
