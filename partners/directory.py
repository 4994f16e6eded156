"""The directory's filters, read from a plain GET form: service, kind, language spoken, free of
charge, open in the evening or at the weekend. Several values of one filter mean "any of them";
different filters all apply. Unknown values are dropped with a notice."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.http import urlencode

from .vocabulary import KINDS, SERVICES, SPOKEN_LANGUAGES

MAX_VALUES = 20
MULTI = {
    "service": {code for code, _label in SERVICES.choices},
    "kind": {code for code, _label in KINDS.choices},
    "lang": set(SPOKEN_LANGUAGES),
}
SWITCHES = ("free", "evening", "weekend")


@dataclass
class Selection:
    chosen: dict = field(default_factory=dict)
    switches: set = field(default_factory=set)
    ignored: bool = False

    def any(self):
        return bool(self.switches or any(self.chosen.values()))

    def pairs(self):
        pairs = [(name, v) for name, values in self.chosen.items() for v in values]
        return pairs + [(name, "1") for name in SWITCHES if name in self.switches]

    def query(self, without=None):
        """The selection as a query string, leaving out one (name, value) pair."""
        return urlencode([pair for pair in self.pairs() if pair != without])

    def toggle(self, name, value):
        """The address that adds or removes one choice: one tap on a phone, no JavaScript."""
        pairs = self.pairs()
        pairs = (
            [p for p in pairs if p != (name, value)]
            if (name, value) in pairs
            else [*pairs, (name, value)]
        )
        return "?" + urlencode(pairs)


def read(params):
    selection = Selection()
    for name, known in MULTI.items():
        values = params.getlist(name)
        kept = [v for v in dict.fromkeys(values[:MAX_VALUES]) if v in known]
        selection.ignored |= len(kept) != len(set(values))
        selection.chosen[name] = kept
    for name in SWITCHES:
        value = params.get(name, "")
        if value == "1":
            selection.switches.add(name)
        selection.ignored |= value not in ("", "1")
    return selection


def apply(queryset, selection):
    if selection.chosen["service"]:
        queryset = queryset.offering(*selection.chosen["service"])
    if selection.chosen["kind"]:
        queryset = queryset.of_kind(*selection.chosen["kind"])
    if selection.chosen["lang"]:
        queryset = queryset.speaking(*selection.chosen["lang"])
    if "free" in selection.switches:
        queryset = queryset.free()
    if "evening" in selection.switches and "weekend" in selection.switches:
        # "Open in the evening or at the weekend": either suits parents who work.
        queryset = queryset.filter(Q(open_evenings=True) | Q(open_weekends=True))
    elif "evening" in selection.switches:
        queryset = queryset.open_evenings()
    elif "weekend" in selection.switches:
        queryset = queryset.open_weekends()
    return queryset
