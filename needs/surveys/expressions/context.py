"""What an expression is evaluated against: the answers, the answer being checked, today's date."""

from collections.abc import Mapping
from datetime import date


class Context:
    """Resolves ``${name}`` and ``.`` against an answers mapping.

    ``answers`` has the survey's answers shape: ``{name: value, repeat_name: [{name: value}, ...]}``.
    Inside a repeat instance (``repeat=(repeat_name, index)``) a name of the same instance resolves
    to that instance's value; outside, a name asked inside a repeat resolves to the list of its
    values over all instances. ``repeat_names`` maps each repeat to the names asked inside it.
    """

    def __init__(self, answers: Mapping, *, current=None, today: date | None = None,
                 repeat: tuple[str, int] | None = None,
                 repeat_names: Mapping[str, frozenset[str]] | None = None):
        self.answers = answers
        self.current = current
        self.today = today or date.today()
        self.repeat = repeat
        self.repeat_names = repeat_names or {}

    def resolve(self, name: str):
        if self.repeat is not None:
            repeat_name, index = self.repeat
            instances = self.answers.get(repeat_name) or []
            if name in self.repeat_names.get(repeat_name, ()) and index < len(instances):
                return instances[index].get(name)
        if name in self.answers:
            return self.answers[name]
        for repeat_name, names in self.repeat_names.items():
            if name in names:
                return [instance.get(name) for instance in self.answers.get(repeat_name) or []]
        return None

    def at(self, *, current=None, repeat: tuple[str, int] | None = None) -> "Context":
        """The same answers seen from another question or repeat instance."""
        return Context(self.answers, current=current, today=self.today, repeat=repeat,
                       repeat_names=self.repeat_names)
