from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_personal_quiet_hours"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="languages_spoken",
            field=models.JSONField(
                blank=True, default=list, verbose_name="languages you can speak with families"
            ),
        ),
    ]
