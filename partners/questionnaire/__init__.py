"""The parents' digital questionnaire.

Other parts of the site (the follow-up indicators) read a campaign's figures with
`results(campaign)`; anything they show goes through `shown(count)`, which hides small counts.
"""

from .results import SMALL_COUNT, results, shown

__all__ = ["SMALL_COUNT", "results", "shown"]
