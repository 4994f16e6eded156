import datetime

import factory
import wagtail_factories

from pages.followup.models import ActionPlanPage, ElectionPage, QuarterlyReviewPage
from tests.factories import french


class ActionPlanPageFactory(wagtail_factories.PageFactory):
    title = "Plan d’action"
    slug = "plan-d-action"
    intro = "Mieux accueillir les familles les plus éloignées de l’école."
    public_summary = "Cette année, l’école ouvre des cafés des parents le soir."
    locale = factory.LazyFunction(french)

    class Meta:
        model = ActionPlanPage


class ElectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Élections {n}")
    slug = factory.Sequence(lambda n: f"elections-{n}")
    locale = factory.LazyFunction(french)
    school_year = 2030
    date = datetime.date(2030, 10, 11)
    opens = datetime.time(8, 0)
    closes = datetime.time(12, 0)
    how_to_vote = "Venez à l’école avec une pièce d’identité, ou votez par courrier."

    class Meta:
        model = ElectionPage


class QuarterlyReviewPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bilan {n}")
    slug = factory.Sequence(lambda n: f"bilan-{n}")
    locale = factory.LazyFunction(french)
    school_year = 2030
    quarter = 1
    analysis = "Plus de familles aux cafés."

    class Meta:
        model = QuarterlyReviewPage
