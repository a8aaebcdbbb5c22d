"""The answer engine: a knowledge base and its matcher, built together and never mutated.

Front ends hold one Engine and replace it whole on reload, so a question always runs against
one consistent knowledge base.
"""

from __future__ import annotations

import gc
import re
import time
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from bot.core import cache, knowledge
from bot.core.conversation import Turn
from bot.core.derive import Combination, Deriver, except_first, of_the_last_two
from bot.core.figure_context import counts_added, item_of, mentions, states_change
from bot.core.followup import read_follow_up
from bot.core.knowledge import KnowledgeBase
from bot.core.matching import Explanation, Matcher
from bot.core.models import Candidate, Fact, Match
from bot.core.question import WHOLE_SPAN, asking_part, asks_change
from bot.core.screening import MAX_QUESTION_CHARS
from bot.core.vetoes.scope import PER_HEAD

# 前10年, 2012年, 以前: the other side of 比…少了多少 when it is a time, not a thing: a change of
# the one thing asked, over time.
_A_TIME = re.compile(r"(?:前|近|过去|上|去)?(?:\d+|几)?年(?:前|底|末)?|(?:19|20)\d\d年(?:底|末)?"
                     r"|以前|过去|原来|当初|之前")


@dataclass(frozen=True)
class Engine:
    kb: KnowledgeBase
    matcher: Matcher
    load_seconds: float
    deriver: Deriver = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "deriver", Deriver(self.matcher))

    @classmethod
    def load(cls, directory: str | Path, use_cache: bool = True) -> Engine:
        """Load, validate and index; raises KnowledgeError with every problem found. A built
        engine is kept in the cache (bot/core/cache.py) and reused while nothing changed."""
        started = time.perf_counter()
        gc.unfreeze()  # what an earlier load froze goes back to the collector (see below)
        key = None
        if use_cache:
            try:
                key = cache.key_of(Path(directory), knowledge.MAX_FILE_BYTES)
            except OSError:
                key = None  # unreadable: loading says what is wrong
            cached = cache.load(key) if key else None
            if isinstance(cached, Engine) and key:
                cached.matcher.read_pinyin_from(partial(cache.load, key, "pinyin"))
                return replace(cached, load_seconds=time.perf_counter() - started)
        kb = knowledge.load(directory)
        matcher = Matcher(kb)
        # The pinyin index too: built here, at load and reload, not by the first question that
        # needs it (~2 s at 10,000 facts). The cache keeps it apart, read by the first question
        # that needs it (~0.15 s at 10,000 facts), so a cold start that needs none skips it.
        matcher.prepare()
        engine = cls(kb, matcher, time.perf_counter() - started)
        # The engine is about a million small objects that form no cycles and live until the next
        # load: the cyclic collector need never walk them. Left to it, a full collection took up to
        # 0.15 s at 10,000 facts, in the middle of some question (p99 10 ms -> 6 ms frozen). An
        # engine read from the cache is frozen as it is read (bot.core.cache).
        gc.freeze()
        if key:
            cache.store(key, engine)  # without its pinyin index (Matcher.__getstate__): apart
            cache.store(key, matcher.pinyin_index(), "pinyin")
        return engine

    def ask(self, question: str, previous: Turn | None = None) -> Match:
        """The answer to `question`; `previous` is the conversation's last turn, for follow-ups
        ("那省里的呢?"), None when there is none or it expired."""
        if previous is not None:
            followed = self._follow_up(question, previous)
            if followed is not None:
                return followed
        return self._answer(question)

    def _answer(self, question: str) -> Match:
        """A figure derived from quoted ones when the question asks for one, else the matcher's."""
        text = self.matcher.normalizer.normalize(except_first(question) or asking_part(question))
        combination = self.deriver.combine(text) if len(question) <= MAX_QUESTION_CHARS else None
        if combination is None:
            return self.matcher.match(question)
        if combination.derived is not None:
            # 提高了41.28个百分点 printed beside 从48.95%提高到90.23%: quote it rather than compute it.
            explanation = self.matcher.explain(question)
            match = explanation.match
            best = match.best if match.answered else None
            # 较大事故起数由56起下降到11起, asked 道路交通事故起数下降了多少: the sides of a change of
            # a kind the question does not say (较大) compute no answer to it. (Not a measure per
            # head, 每人每月: how a level is said, no kind.)
            if combination.derived.kind in ("change", "growth_rate") and all(
                    self._of_unasked_kind(f, explanation) for f in combination.inputs):
                return match
            # (前移6位 and 第24位 -> 第18位: a rank moving up is a smaller number; compare sizes.)
            # (增长3.2倍 beside 从530家增加到2202家, 3.15 times more: the same change, rounded.)
            if best is not None and states_change(best) and isinstance(best.value, (int, float)) \
                    and abs(abs(best.value) - abs(combination.derived.value)) <= _rounding(best.figure) \
                    + 1e-6 * max(1.0, abs(best.value)):
                return match
            # 比2020年增长14.5%, asked 比2020年涨了多少: the change printed against the year asked
            # is the source's answer, whatever pair of figures a computation would take.
            years = re.findall(r"(?:19|20)\d\d(?=年)", text)
            if best is not None and states_change(best) and years and all(f"{y}年" in best.sentence for y in years):
                return match
            # 死亡人数下降68.5%, and 死亡率由0.185下降到0.024 in another sentence: the change printed
            # for the thing asked is the answer, not one computed from another thing's pair.
            if best is not None and states_change(best) and all(f.sentence != best.sentence
                                                                 for f in combination.inputs):
                return match
            # 由19.2万起下降到8.6万起，下降55.2%, asked 下降了多少 in no unit: the change the sentence
            # prints is its answer; the pair's difference answers 下降了多少起.
            asked = explanation.analysis.asked if explanation.analysis is not None else None
            if best is not None and states_change(best) and asked in (None, "多少") \
                    and combination.derived.kind == "change" \
                    and all(f.sentence == best.sentence for f in combination.inputs):
                return match
            return self._combined(question, combination)
        if combination.refusal:
            return self._combined(question, combination)
        # Asked for a change, sum or comparison whose operands were not all found: an ordinary
        # answer only if its fact speaks of all of it and is no side of a change (a wrong figure
        # otherwise: "增长了多少" answered with the end value), and, for a change, states one
        # (提高了41.28个百分点, not 达到1.46万元; a duration is no level); else the operands found, offered.
        match = self.matcher.match(question)
        best = match.best if match.answered else None
        normalize = self.matcher.normalizer.normalize
        # (翻了几倍 is answered by 是2012年的1.9倍: a multiple asked, one printed.)
        # (云南人口 of 全省常住人口: the home region asked is said by the sentence's own scope words.)
        home = tuple(normalize(w) for w in self.kb.lexicon.home)
        # (自贸区新设企业数 of 自由贸易试验区…新设企业: the sources' term, as the matcher reads it.)
        unresolved = tuple(self.matcher.written_out(_without_home(item, home)) for item in combination.unresolved)
        if best is not None and not self.deriver.side_of_change(best) and self._speaks_of(
                normalize(best.sentence), unresolved, states_change(best)) and (
                not asks_change(text) or states_change(best) or counts_added(best) or best.unit in ("年", "月", "天")
                or (best.unit == "倍" and re.search(r"几倍|多少倍", text) is not None)):
            return match
        offered = tuple(Candidate(f, 0.0) for f in combination.inputs) or match.alternatives
        return Match(question, False, (), match.score, offered)

    @staticmethod
    def _speaks_of(sentence: str, items: tuple[str, ...], change: bool) -> bool:
        """The sentence says every item of the question; where one is a time (火灾受伤的人比前10年少了
        多少) and the sentence states a change since it, the thing asked is the matcher's to judge."""
        times = [item for item in items if _A_TIME.fullmatch(item)]
        # (这十年的水利投资 of 十八大以来…累计完成水利投资: the span the sources report is no word to find.)
        things = [re.sub(f"^(?:{WHOLE_SPAN.pattern})的?", "", item) for item in items if item not in times]
        if not all(mentions(sentence, item) for item in times):
            return False
        return all(mentions(sentence, item) for item in things) or (change and bool(times) and len(things) == 1)

    @staticmethod
    def _of_unasked_kind(fact: Fact, explanation: Explanation) -> bool:
        """The matcher found `fact` about a sub-group, level or kind the question does not say."""
        return any(word not in PER_HEAD for c in explanation.ranked if c.fact.id == fact.id for word in c.unasked)

    @staticmethod
    def _combined(question: str, combination: Combination) -> Match:
        if combination.derived is not None:
            return Match(question, True, combination.inputs, 1.0, (), derived=combination.derived)
        return Match(question, False, combination.inputs, 0.0, (), refusal=combination.refusal)

    def _follow_up(self, question: str, previous: Turn) -> Match | None:
        normalize = self.matcher.normalizer.normalize
        before = normalize(previous.question)
        about = previous.about_fact_id or previous.fact_id
        fact = self.fact(about) if about else None
        earlier = self.fact(previous.earlier_fact_id) if previous.earlier_fact_id else None
        answered = self.fact(previous.fact_id) if previous.fact_id else None
        if answered is not None and earlier is not None:
            combination = of_the_last_two(normalize(question), earlier, answered)
            if combination is not None:
                return self._combined(question, combination)
        # What the previous answer counted, as the question said it: the words shared with the
        # figure's own list item (全国劳模 of 全国劳模11人), else with its clause.
        subject = _counted_words(before, normalize(item_of(fact))) if fact else ""
        reading = read_follow_up(normalize(question), before, subject, self.matcher.vocabulary)
        if reading is None:
            return None
        alone = None if reading.binding else self._answer(question)
        if alone is not None and alone.answered:
            return alone
        first = None
        for rewrite in reading.rewrites:
            match = replace(self._answer(rewrite), question=question, asked_as=rewrite)
            if match.answered:
                return match
            first = first or match
        return first if reading.binding else alone

    def explain(self, question: str) -> Explanation:
        """The answer with how it was reached, for whoever debugs a miss (`python -m bot why`):
        the matcher's ranking, and what the engine made of it when the question asks for a change,
        sum or comparison (a figure computed, or the matcher's answer set aside)."""
        explanation = self.matcher.explain(question)
        answer = self._answer(question)
        found = explanation.match
        if answer.derived is not None:
            then = f"computed {answer.derived.formula}"
        elif answer.refusal:
            then = f"refused: {answer.refusal}"
        elif answer.answered == found.answered and answer.facts == found.facts:
            return explanation
        else:
            then = "set aside: the question compares or sums things its sentence does not all speak of"
        return replace(explanation, match=answer, reason=f"{explanation.reason}; then {then}")

    def fact(self, fact_id: str) -> Fact | None:
        return self.kb.by_id.get(fact_id)


def _without_home(item: str, home: tuple[str, ...]) -> str:
    """`item` without the home region's name it opens with (人口 of 云南人口), unless that is all."""
    rest = next((item[len(w):] for w in sorted(home, key=len, reverse=True) if w and item.startswith(w)), item)
    rest = rest.removeprefix("的")
    return rest if len(rest) >= 2 else item


def _rounding(figure: str) -> float:
    """How far a figure as printed may be from what it rounds: half its last digit (3.2倍: 0.05;
    15%: 0.5)."""
    number = re.search(r"\d+(?:\.(\d+))?", figure)
    decimals = len(number.group(1) or "") if number else 0
    return 0.5 * 10 ** -decimals if number else 0.0


def _counted_words(question: str, item: str) -> str:
    """The words of `question` that name what the figure of `item` counts: of the runs both share
    (two characters or more), the one nearest before the figure (全国劳模 of 推荐表彰脱贫攻坚领域的
    全国劳模11人), the longest on a tie."""
    digit = next((i for i, ch in enumerate(item) if ch.isdigit()), len(item))
    best, best_key = "", (-1, 0)
    for start in range(len(question)):
        for end in range(start + 2, len(question) + 1):
            at = item.rfind(question[start:end], 0, digit)
            if at < 0:
                break
            key = (at + end - start, end - start)
            if key > best_key:
                best, best_key = question[start:end], key
    return best


def match_json(match: Match) -> dict[str, Any]:
    """The `ask --json` contract: keep these keys stable; add, never rename. A derived figure is
    the top-level `figure`, its inputs in `derived.inputs`; a scope decline names `nearest`."""
    best = match.best if match.answered else None
    derived = match.derived if match.answered else None
    listed = () if derived or not match.answered else match.facts[1:]
    out: dict[str, Any] = {
        "answered": match.answered,
        "fact_id": best.id if best else None,
        "figure": derived.figure if derived else best.figure if best else None,
        "sentence": best.sentence if best else None,
        "source": best.source if best else None,
        "score": round(match.score, 4),
        "alternatives": [
            {"fact_id": c.fact.id, "figure": c.fact.figure, "score": round(c.score, 4)}
            for c in match.alternatives
        ]
        + [{"fact_id": f.id, "figure": f.figure, "score": round(match.score, 4)} for f in listed],
        "derived": {"value": round(derived.value, 4), "figure": derived.figure, "formula": derived.formula,
                    "inputs": [f.id for f in match.facts]} if derived else None,
        "nearest": {"fact_id": match.nearest.fact.id, "figure": match.nearest.fact.figure,
                    "scope": match.nearest.scope, "missing": list(match.nearest.missing)}
        if match.nearest and not match.answered else None,
    }
    if match.asked_as:
        out["asked_as"] = match.asked_as
    if match.refusal:
        out["refusal"] = {"reason": match.refusal, "inputs": [f.id for f in match.facts]}
    return out


def fact_json(fact: Fact) -> dict[str, Any]:
    """The `facts --json` contract: one object per fact, the fields of its YAML entry."""
    return {
        "id": fact.id, "topic": fact.topic, "figure": fact.figure, "value": fact.value,
        "unit": fact.unit, "keywords": list(fact.keywords), "aliases": list(fact.aliases),
        "sentence": fact.sentence, "source": fact.source, "question": fact.question,
    }
