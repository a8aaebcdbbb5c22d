"""Plain, frozen records shared by every part of the core."""

from __future__ import annotations

from dataclasses import dataclass, field

Value = int | float | str  # str only for figures that are not quantities: dates, "1+10"


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    date: str
    text: str
    path: str
    subtitle: str = ""
    authors: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    topic: str
    figure: str
    value: Value
    unit: str
    keywords: tuple[str, ...]
    aliases: tuple[str, ...]
    sentence: str
    source: str
    question: str
    path: str = ""
    line: int = 0
    at: int = -1  # where the figure stands in the sentence; worked out when not given

    def __post_init__(self) -> None:
        if self.at < 0:
            object.__setattr__(self, "at", figure_position(self.sentence, self.figure, self.keywords))

    def __reduce__(self) -> tuple[type[Fact], tuple[object, ...]]:
        # Read back through __init__: half the time of the generic setstate of a frozen slotted
        # dataclass, for the 10,000 facts of a large cached engine.
        return Fact, tuple(getattr(self, name) for name in self.__slots__)

    @property
    def label(self) -> str:
        """A short name of what the figure counts, for buttons and suggestions."""
        return self.keywords[0].replace(" ", "") if self.keywords else self.topic


def figure_position(sentence: str, figure: str, keywords: tuple[str, ...] = ()) -> int:
    """Where `figure` stands in `sentence` (-1 if nowhere): not inside a longer number (the 5个 of
    25个), and where a figure is written twice (二类口岸5个…航空口岸5个), the place whose clause
    shares most characters with the fact's key phrase."""
    places = [k for k in _occurrences(sentence, figure) if k == 0 or not (sentence[k - 1].isdigit()
                                                                           or sentence[k - 1] == ".")]
    if len(places) <= 1 or not keywords:
        return places[0] if places else sentence.find(figure)
    key = set(keywords[0])

    def shared(k: int) -> int:
        start = max((sentence.rfind(sep, 0, k) for sep in "，,；;。、"), default=-1) + 1
        return len(key & set(sentence[start:k]))

    return max(places, key=lambda k: (shared(k), -k))


def _occurrences(text: str, part: str) -> list[int]:
    found, k = [], text.find(part)
    while k >= 0 and part:
        found.append(k)
        k = text.find(part, k + 1)
    return found


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists that steer normalisation and matching; data, so they grow without code."""

    synonyms: dict[str, str] = field(default_factory=dict)  # variant -> canonical
    fillers: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    not_figures: tuple[str, ...] = ()  # question words asking for no figure: 是谁, 在哪里, 为什么
    qualifiers: tuple[str, ...] = ()  # words restricting to a part (女职工, 人均): the fact must say them
    levels: dict[str, str] = field(default_factory=dict)  # 省里, 省级 -> 省: the level a follow-up swaps
    home: tuple[str, ...] = ()  # the region every source is about (云南, 全省): saying it narrows nothing
    opposites: tuple[tuple[str, str], ...] = ()  # (结婚, 离婚) both ways: one asked is never the other

    def extended(self, more: Lexicon) -> Lexicon:
        """This lexicon with `more` added; a variant `more` maps elsewhere follows `more`."""
        def merged(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys((*a, *b)))

        return Lexicon({**self.synonyms, **more.synonyms}, merged(self.fillers, more.fillers),
                       merged(self.places, more.places), merged(self.time_words, more.time_words),
                       merged(self.not_figures, more.not_figures), merged(self.qualifiers, more.qualifiers),
                       {**self.levels, **more.levels}, merged(self.home, more.home),
                       tuple(dict.fromkeys((*self.opposites, *more.opposites))))


@dataclass(frozen=True, slots=True)
class Candidate:
    fact: Fact
    score: float


@dataclass(frozen=True, slots=True)
class Derived:
    """A figure the sources imply but do not print: 84万人 = 359万人 − 275万人."""

    kind: str  # change, growth_rate, sum, difference, share
    value: float
    figure: str  # as a person writes it: 84万人, 约30.5%
    formula: str  # the arithmetic with the quoted figures: 359万人 − 275万人 = 84万人
    label: str  # what it is: 参加医疗互助的职工增加


@dataclass(frozen=True, slots=True)
class Nearest:
    """The quantity asked for, at a scope the sources give, when the asked scope is not given."""

    fact: Fact
    missing: tuple[str, ...]  # what the question asked that the sources do not give: 2022年, 曲靖
    scope: str  # the figure's own scope, in the sentence's words: 新建职工驿站2131个


@dataclass(frozen=True, slots=True)
class Match:
    """The engine's verdict on one question.

    `answered` facts are in `facts` (several only for a figure asked in reverse);
    `alternatives` are close facts worth suggesting, best first, at most three.
    """

    question: str
    answered: bool
    facts: tuple[Fact, ...]
    score: float
    alternatives: tuple[Candidate, ...]
    reverse: bool = False
    asked_as: str = ""  # a follow-up ("那省里的呢") as the whole question it was answered as
    derived: Derived | None = None  # a figure computed from quoted ones; then `facts` are its inputs
    nearest: Nearest | None = None  # declined for its scope: what the sources give instead
    refusal: str = ""  # asked to combine figures that cannot be combined: why not

    @property
    def best(self) -> Fact | None:
        return self.facts[0] if self.facts else None
