"""Find the one fact a question means, or decline.

Text is cut into terms: character bigrams of Chinese runs (Chinese has no spaces, and
bigrams beat a segmenter here: no dictionary to load, no segmentation errors on typos),
numbers as whole values, latin words whole. Terms are weighted by rarity (IDF) across facts.

A fact scores by two things: how completely one of its key phrases (keywords, aliases) is in
the question, and how much of the question's known vocabulary the fact explains. The measure
word asked for (多少人次, 几届, 哪一年) lifts facts in that unit and sinks those in another kind of
unit. Facts that conflict with a place, year or time word of the question are out. The engine answers only when
the best fact is clearly good and clearly ahead of any fact with a different figure; a wrong
figure is worse than no answer. When the characters fail, the same scoring runs on pinyin, which
forgives homophone typos (人材 for 人才).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.knowledge import KnowledgeBase
from bot.core.models import Candidate, Fact, Match
from bot.core.normalize import Normalizer
from bot.core.numerals import MEASURE_WORDS, format_decimal, number_value
from bot.core.screening import MAX_QUESTION_CHARS

_TOKEN = re.compile(r"(\d+(?:\.\d+)?)多?(万|亿)?|([a-z]+)|([\u3400-\u4dbf\u4e00-\u9fff]+)")
_YEAR = re.compile(r"(?<![\d.])(19[5-9]\d|20\d\d)(?=年)")
# What is left of a reverse question once its number is taken out: "135.7万是什么" -> "".
_REVERSE_REST = re.compile(r"^[多余约近超过个]*$")

# The measure word a question asks for ("多少人次", "几届", "哪一年") against the fact's unit.
_ASKED_UNIT = re.compile(
    r"(哪一?年)|(几月几[号日]|哪天|几号|什么时候|何时)|(多久|多长时间)"
    r"|(?<![这那近前头后十])(?:多少|几)(人次|户次|个次|平方米|个|名|位|人|项|家|户|件|场|次|届|批|元|资金|钱|年|月|天|级|条"
    r"|德|癌|台|册|本|张|辆|座|所|间|岁|小时|分钟|点|公里|斤|吨|套|处|支|只|份|篇|部|栋)"
)
_UNIT_FAMILY = {
    "人": "people", "名": "people", "位": "people", "人次": "people",
    "元": "money", "资金": "money", "钱": "money",
    "项": "items", "条": "items",
    "个": "count", "个次": "count", "家": "count", "户": "count", "户次": "count", "所": "count", "座": "count",
    "处": "count", "间": "count",
    "月": "duration", "天": "duration", "日期": "date",
}
# "多少台饮水机": the thing counted, right after the measure word. A fact that never mentions it
# does not count it, however well the rest of the question matches.
_FOCUS = re.compile(r"(?:多少|几)(?:个|名|位|台|家|户|件|项|册|本|张|辆|座|所|间|条|批|种|套|处)"
                    r"(?![这那哪什其])([\u4e00-\u9fff]{2})")
# Units a search-box question writes as a word of their own ("出访 人次").
_BARE_UNITS = frozenset({"人次", "户次", "个次", "平方米", "批", "届", "项", "件", "场", "元", "家", "户"})

# Scoring. Chosen by a grid search on the tune split of tests/data/questions.yaml.
KEY_SHARE = 0.5  # of the score from the best key phrase; the rest from coverage of the question
KEY_SATURATION = 3.0  # idf mass at which a matched key phrase counts half; see _key_phrase_score
UNKNOWN_WEIGHT = 0.5  # a question term that no fact has, against ~1-4.5 for known ones
UNIT_BONUS = 0.06  # the question asks for exactly this fact's unit
UNIT_PENALTY = 0.4  # it asks for a different kind of quantity (家 for a figure in 人次)
FOCUS_PENALTY = 0.2  # the fact never mentions the thing counted
PINYIN_DISCOUNT = 0.92  # a pinyin match is a little less sure than a character match
PINYIN_MIN_KEY = 0.9  # by sound, only a whole key phrase counts: no loose pinyin matches
# Deciding.
THRESHOLD = 0.55  # below it the engine declines
MARGIN = 0.05  # the best must lead a fact with another figure by this much
SUGGEST_FLOOR = 0.3  # weaker facts are not worth suggesting
MAX_CANDIDATES = 40  # facts scored in full per question, by shared-term mass (bounds time at 10k facts)

def _number_term(digits: str, big: str) -> str:
    value = number_value(digits, big)
    return "#" + (format_decimal(value) if value is not None else digits)


def char_terms(text: str) -> list[str]:
    """Terms of normalised text: '#1357000' for 135.7万, '@how' for latin, bigrams for Chinese."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        digits, big, latin, han = m.groups()
        if digits:
            out.append(_number_term(digits, big or ""))
        elif latin:
            out.append("@" + latin)
        elif len(han) == 1:
            out.append(han)
        else:
            out.extend(han[i : i + 2] for i in range(len(han) - 1))
    return out


@dataclass(frozen=True, slots=True)
class _Doc:
    phrases: tuple[tuple[str, ...], ...]  # terms of each keyword and alias
    phrase_texts: tuple[str, ...]
    bag: frozenset[str]


class _Index:
    """Inverted index and IDF over one term space (characters or pinyin)."""

    def __init__(self, docs: list[_Doc], by_sound: bool = False) -> None:
        self.docs = docs
        self.by_sound = by_sound
        df: dict[str, int] = defaultdict(int)
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, doc in enumerate(docs):
            for term in doc.bag:
                df[term] += 1
                self.postings[term].append(i)
        n = len(docs) + 1
        self.idf = {t: math.log(n / (c + 0.5)) for t, c in df.items()}
        self.unknown_idf = math.log(n / 0.5)
        # Each key phrase's weighted terms and total weight, computed once, not per question.
        self.weighted: list[list[tuple[tuple[tuple[str, float], ...], float, str]]] = [
            [
                (weighted, sum(w for _, w in weighted), phrase_text)
                for phrase, phrase_text in zip(doc.phrases, doc.phrase_texts, strict=True)
                if (weighted := tuple((t, self.idf.get(t, self.unknown_idf)) for t in phrase))
            ]
            for doc in docs
        ]

    def scores(self, terms: set[str], text: str, min_key: float = 0.0) -> list[tuple[float, int]]:
        """(score, doc) pairs, best first, for the docs sharing a term with the question."""
        mass = 0.0
        acc: dict[int, float] = defaultdict(float)
        for term in terms:
            weight = self.idf.get(term)
            if weight is None:
                # Words no fact knows dilute the question a little: chatty padding must not
                # sink a good match, but a question mostly about something else should score low.
                mass += UNKNOWN_WEIGHT
                continue
            mass += weight
            for i in self.postings[term]:
                acc[i] += weight
        if not acc:
            return []
        top = sorted(acc.items(), key=lambda kv: kv[1], reverse=True)[:MAX_CANDIDATES]
        results = []
        for i, found in top:
            key, completeness = self._key_phrase_score(i, terms, text)
            if completeness >= min_key:
                results.append((KEY_SHARE * key + (1 - KEY_SHARE) * found / mass, i))
        results.sort(reverse=True)
        return results

    def _key_phrase_score(self, i: int, terms: set[str], text: str) -> tuple[float, float]:
        """(score, completeness) of doc i's best key phrase: how surely, and how much of it,
        the question holds."""
        best, complete = 0.0, 0.0
        for weighted, total, phrase_text in self.weighted[i]:
            found = sum(w for t, w in weighted if t in terms)
            # The more (and the rarer) words a matched phrase holds, the surer the match:
            # 高技能人才 in the question is better evidence than 技能人才 alone.
            fraction = found / total
            score = fraction * (found / (found + KEY_SATURATION))
            # A typo in a phrase the question holds: the phrase must fit in the question, or
            # partial_ratio would align the question inside the phrase instead.
            if fraction < 1.0 and 3 <= len(phrase_text) <= len(text):
                ratio = fuzz.partial_ratio(phrase_text, text) / 100
                if ratio >= 1 - 1.0 / len(phrase_text) - 1e-9:
                    score = max(score, 0.85 * ratio * total / (total + KEY_SATURATION))
                    fraction = max(fraction, 0.85 * ratio)
            if self.by_sound and sum(ch in text for ch in phrase_text) * 2 < len(phrase_text):
                # A typo keeps most of a word's characters; a phrase that only sounds alike
                # (颐占 for 驿站) is a coincidence, not a typo.
                fraction = 0.0
            best, complete = max(best, score), max(complete, fraction)
        return best, complete


class Matcher:
    """Built once per knowledge base (immutable afterwards, so it can be swapped atomically)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.normalizer = Normalizer(kb.lexicon)
        norm = self.normalizer
        self._places = [p for p in {norm.normalize(w) for w in kb.lexicon.places} if p]
        self._time_words = [w for w in {norm.normalize(w) for w in kb.lexicon.time_words} if w]
        self._not_figures = [w for w in {norm.normalize(w) for w in kb.lexicon.not_figures} if w]
        # A key phrase may hold several words ("医疗互助 补助金"): all must be in the question,
        # in any order, so no bigram spans the space between them.
        self._fact_texts: list[tuple[list[tuple[str, ...]], list[str]]] = []
        for fact in kb.facts:
            phrases = [tuple(w for w in map(norm.content, p.split()) if w) for p in (*fact.keywords, *fact.aliases)]
            extra = [norm.content(t) for t in (_clause(fact), fact.topic, fact.question)]
            self._fact_texts.append(([p for p in dict.fromkeys(phrases) if p], extra))
        self._contexts = [
            norm.normalize(f.sentence + "".join(f.keywords) + "".join(f.aliases)).replace(" ", "") for f in kb.facts
        ]
        self._figure_numbers = [
            frozenset(t for t in char_terms(norm.normalize(f.figure)) if t.startswith("#"))
            for f in kb.facts
        ]
        self._figures: dict[str, list[Fact]] = defaultdict(list)  # a figure as asked: "5项工作"
        for fact in kb.facts:
            self._figures[norm.content(fact.figure)].append(fact)
        self._chars = self._build(char_terms)
        self._char_bags = [doc.bag for doc in self._chars.docs]  # what the counted noun is checked in
        self._pinyin: _Index | None = None  # built on the first question that needs it

    def _build(self, term_fn: Callable[[str], list[str]], by_sound: bool = False) -> _Index:
        docs = []
        for phrases, extra in self._fact_texts:
            phrase_terms = tuple(tuple(dict.fromkeys(t for w in p for t in term_fn(w))) for p in phrases)
            bag = frozenset(t for p in phrase_terms for t in p) | frozenset(
                t for e in extra for t in term_fn(e)
            )
            docs.append(_Doc(phrase_terms, tuple("".join(p) for p in phrases), bag))
        return _Index(docs, by_sound)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.kb.facts

    def match(self, question: str) -> Match:
        if len(question) > MAX_QUESTION_CHARS:
            return Match(question, False, (), 0.0, ())  # a paste, not a question
        normalized = self.normalizer.normalize(question)
        text = self.normalizer.strip_fillers(normalized)
        if not text or any(w in normalized for w in self._not_figures):
            return Match(question, False, (), 0.0, ())
        reverse = self._reverse(question, text)
        if reverse is not None:
            return reverse
        return self._decide(question, self._candidates(question, normalized, text))

    def search(self, query: str, limit: int = 10) -> list[Candidate]:
        """Facts worth listing for a search box (inline mode), best first, one per figure."""
        normalized = self.normalizer.normalize(query)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return []
        reverse = self._reverse(query, text)
        if reverse is not None:
            return [Candidate(f, reverse.score) for f in reverse.facts][:limit]
        return list(_clamped(_distinct(self._candidates(query, normalized, text), SUGGEST_FLOOR), limit))

    def _candidates(self, question: str, normalized: str, text: str) -> list[Candidate]:
        allowed = self._allowed(normalized)
        asked = asked_unit(normalized) or bare_unit(question)
        focus_match = _FOCUS.search(normalized)
        focus = focus_match.group(1) if focus_match else None
        ranked = self._rank(self._chars, set(char_terms(text)), text, allowed, asked, focus)
        if not _decisive(ranked):
            by_sound = self._rank(self._pinyin_index(), set(pinyin_terms(text)), text, allowed, asked, focus,
                                  discount=PINYIN_DISCOUNT, min_key=PINYIN_MIN_KEY)
            if _decisive(by_sound) or (by_sound and (not ranked or by_sound[0].score > ranked[0].score)):
                ranked = by_sound
        return ranked

    def _rank(
        self, index: _Index, terms: set[str], text: str, allowed: Callable[[int], bool], asked: str | None,
        focus: str | None, discount: float = 1.0, min_key: float = 0.0,
    ) -> list[Candidate]:
        bags = self._char_bags
        ranked = [
            Candidate(f, round(score * discount + unit_agreement(asked, f.unit)
                               - (FOCUS_PENALTY if focus and focus not in bags[i] else 0.0), 4))
            for score, i in index.scores(terms, text, min_key)
            if allowed(i) and (f := self.kb.facts[i])
        ]
        ranked.sort(key=lambda c: c.score, reverse=True)
        return ranked

    def _decide(self, question: str, ranked: list[Candidate]) -> Match:
        """Scores may pass 1 by the unit bonus while deciding; what is reported stays in [0, 1]."""
        if not ranked:
            return Match(question, False, (), 0.0, ())
        best = ranked[0]
        if not _decisive(ranked):
            suggestions = _clamped(_distinct(ranked, SUGGEST_FLOOR))
            return Match(question, False, (), min(1.0, best.score), suggestions)
        others = _clamped(c for c in _distinct(ranked[1:], SUGGEST_FLOOR) if c.fact is not best.fact)
        return Match(question, True, (best.fact,), min(1.0, best.score), others)

    def _allowed(self, normalized: str) -> Callable[[int], bool]:
        """Facts that do not contradict a place, year or time word the question names.

        A fact whose sentence holds a year the question names may answer despite a vague time
        word beside it ("去年申请过补助，想问2018年以来投入了多少").
        """
        places = [p for p in self._places if p in normalized]
        times = [w for w in self._time_words if w in normalized]
        years = _YEAR.findall(normalized)
        if not (places or times or years):
            return lambda i: True
        contexts = self._contexts

        def allowed(i: int) -> bool:
            context = contexts[i]
            if not all(w in context for w in (*places, *years)):
                return False
            return bool(years) or all(w in context for w in times)

        return allowed

    def _reverse(self, question: str, text: str) -> Match | None:
        """A question that is a figure ('135.7万是什么', '2131'): the facts that have it."""
        exact = self._figures.get(text)
        if exact:
            return Match(question, True, tuple(exact), 1.0, (), reverse=True)
        tokens = list(_TOKEN.finditer(text))
        if not tokens or not tokens[0].group(1):
            return None
        numbers = frozenset(_number_term(m.group(1), m.group(2) or "") for m in tokens if m.group(1))
        rest = _TOKEN.sub(lambda m: "" if m.group(1) else m.group(), text)
        rest = "".join(ch for ch in rest if ch not in MEASURE_WORDS)
        if not _REVERSE_REST.match(rest):
            return None
        hits = tuple(f for f, nums in zip(self.kb.facts, self._figure_numbers, strict=True)
                     if nums == numbers)
        return Match(question, bool(hits), hits, 1.0 if hits else 0.0, (), reverse=True)

    def _pinyin_index(self) -> _Index:
        if self._pinyin is None:
            self._pinyin = self._build(pinyin_terms, by_sound=True)
        return self._pinyin


def _decisive(ranked: list[Candidate]) -> bool:
    """Good enough, and clearly ahead of every fact with another figure."""
    if not ranked or ranked[0].score < THRESHOLD:
        return False
    best = ranked[0]
    rival = next((c for c in ranked[1:] if c.fact.figure != best.fact.figure), None)
    return rival is None or best.score - rival.score >= MARGIN


def asked_unit(normalized: str) -> str | None:
    m = _ASKED_UNIT.search(normalized)
    if m is None:
        return "多少" if "多少" in normalized else None
    year, date, duration, unit = m.groups()
    return unit or ("年" if year else "日期" if date else "月" if duration else None)


def bare_unit(question: str) -> str | None:
    """A unit written as a word of its own, as in a search box: "出访 人次"."""
    words = question.split()
    return next((w for w in reversed(words) if w in _BARE_UNITS), None) if len(words) > 1 else None


def unit_agreement(asked: str | None, unit: str) -> float:
    """A nudge from the measure word the question asks for; 个 and unknown words decide nothing."""
    if asked == "多少":  # a quantity, of no named unit: anything but a date
        return -UNIT_PENALTY if unit == "日期" else 0.0
    if asked is None or asked == "个":
        return 0.0
    if asked == unit or (_UNIT_FAMILY.get(asked) == "money" and unit.endswith("元")):
        return UNIT_BONUS
    return 0.0 if _UNIT_FAMILY.get(asked, asked) == _UNIT_FAMILY.get(unit, unit) else -UNIT_PENALTY


def _clamped(candidates: Iterable[Candidate], limit: int = 3) -> tuple[Candidate, ...]:
    return tuple(Candidate(c.fact, min(1.0, c.score)) for c in itertools.islice(candidates, limit))


def _distinct(ranked: Iterable[Candidate], floor: float) -> Iterable[Candidate]:
    """Candidates above `floor`, one per figure, best first."""
    seen: set[str] = set()
    for c in ranked:
        if c.score >= floor and c.fact.figure not in seen:
            seen.add(c.fact.figure)
            yield c


def _clause(fact: Fact) -> str:
    """The part of the sentence around the figure, between commas: what the figure counts."""
    start = fact.sentence.find(fact.figure)
    head = re.split(r"[,，;；。:：]", fact.sentence[:start])[-1]
    tail = re.split(r"[,，;；。:：]", fact.sentence[start:])[0]
    return head + tail


def pinyin_terms(text: str) -> list[str]:
    """char_terms over toneless pinyin, so homophones share terms."""
    from pypinyin import lazy_pinyin

    out: list[str] = []
    for m in _TOKEN.finditer(text):
        digits, big, latin, han = m.groups()
        if digits:
            out.append(_number_term(digits, big or ""))
        elif latin:
            out.append("@" + latin)
        else:
            syllables = lazy_pinyin(han)
            if len(syllables) == 1:
                out.append("~" + syllables[0])
            out.extend(f"~{a}|{b}" for a, b in itertools.pairwise(syllables))
    return out
