"""On PostgreSQL, search configurations that read words without their accents (unaccent) before
each language's stemming, so that "ecrans" finds "écrans" as it does on SQLite."""

from django.db import migrations

LANGUAGES = ("french", "english", "arabic", "spanish", "portuguese", "turkish", "simple")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for language in LANGUAGES:
            name = f"passerelle_{language}"
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            stem = "simple" if language == "simple" else f"{language}_stem"
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR "
                f"hword, hword_part, word WITH unaccent, {stem}"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for language in LANGUAGES:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS passerelle_{language}")


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_answers_kept_days")]

    operations = [migrations.RunPython(create, drop)]
