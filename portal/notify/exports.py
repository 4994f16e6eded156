"""Spreadsheets leaving the site from the admin's listings (CSV and XLSX export)."""

from wagtail.admin.views.generic import IndexView

#: A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SafeExportIndexView(IndexView):
    """Wagtail's listing, whose CSV export neutralises formula-looking text typed by families
    (XLSX is already safe: Wagtail stores such cells as text)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if (
            export_format == self.FORMAT_CSV
            and isinstance(value, str)
            and value[:1] in FORMULA_STARTS
        ):
            return f"'{value}"
        return value
