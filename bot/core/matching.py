"""Find the one fact a question means, or decline; and say how (`Matcher.explain`).

The question is read by bot.core.question (the part that asks, the unit, the constraints), its
text cut into terms by bot.core.terms; each fact's sentence is read once, at load, by
bot.core.readings (with bot.core.figure_context). An inverted index (bot.core.index) weighs terms
by rarity (IDF): a fact scores by how completely one of its key phrases is in the question and how
much of the question it explains (words of the figure's clause fully, of the wider sentence and
topic less). Here the analysis adds its nudges (unit, counted noun, side of a change), and the
rules of bot.core.vetoes, one module per concern, rule facts out (place, year, period, sub-group,
a figure the question gives, a unit of another kind); the best fact answers only when it is good
and clearly ahead of every fact with another figure, since a wrong figure is worse than no answer.
When the characters fail, the same scoring runs on pinyin. Every number that steers this is in
bot.core.params, picked by scripts/tune.py.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from bot.core.abbreviations import expand
from bot.core.figure_context import an_example, item_of, mentions, time_fit
from bot.core.index import Doc, Index
from bot.core.knowledge import KnowledgeBase
from bot.core.metrics import with_metric
from bot.core.models import Candidate, Fact, Match, Nearest
from bot.core.modifiers import unknown_heads, unknown_modifiers
from bot.core.numerals import MEASURE_WORDS
from bot.core.params import DEFAULT_PARAMS, Params
from bot.core.question import (
    GRADE_WORD,
    Analysis,
    analyse,
    asking_parts,
    asks_what_a_figure_is,
    is_people,
    people_by_ending,
)
from bot.core.readings import BOUND_WORDS, KIND_REASON, MEASURE, NOUN_TAGS
from bot.core.screening import MAX_QUESTION_CHARS
from bot.core.terms import TOKEN, char_terms, char_unigrams, number_term, pinyin_terms, sound_alike, syllable_table
from bot.core.units import YEARS_COUNTED
from bot.core.vetoes.counted import CountedVetoes
from bot.core.vetoes.doing import DoingVetoes
from bot.core.vetoes.kind import KindVetoes
from bot.core.vetoes.modifier import ModifierVetoes
from bot.core.vetoes.scope import ScopeVetoes
from bot.core.vetoes.time import TimeVetoes
from bot.core.words import edges, is_word, tagged

# What is left of a reverse question once its number is taken out: "135.7万是什么" -> "".
_REVERSE_REST = re.compile(r"^[多余约近超过个]*$")

SUGGEST_FLOOR = 0.3  # weaker facts are not worth suggesting
SUGGEST_MIN_KEY = 0.08  # nor facts that only share scattered characters with the question


# A noun that measures the thing before it (总量, 人数, 规模, 面积), no other thing.
_HOW_MUCH_OF = re.compile(r"^总|[量额数率]$|规模|面积")


@dataclass(frozen=True, slots=True)
class Scored:
    fact: Fact
    base: float  # key_share * key + (1 - key_share) * coverage
    key: float  # how completely and surely a key phrase is in the question
    coverage: float  # how much of the question the fact explains
    adjustments: tuple[tuple[str, float], ...] = ()  # (why, how much) from the question's analysis
    unasked: tuple[str, ...] = ()  # sub-groups, levels or kinds it is about that the question does not say

    @property
    def score(self) -> float:
        return round(self.base + sum(d for _, d in self.adjustments), 4)

    @property
    def candidate(self) -> Candidate:
        return Candidate(self.fact, self.score)


@dataclass(frozen=True, slots=True)
class Explanation:
    question: str
    text: str  # the asking part, normalised, fillers dropped: what was matched
    match: Match
    analysis: Analysis = field(default_factory=Analysis)
    ranked: list[Scored] = field(default_factory=list)
    reason: str = ""
    by_sound: bool = False
    vetoed: tuple[tuple[Fact, float, str], ...] = ()  # (fact, score it had, why it was ruled out)

    def lines(self, limit: int = 5) -> list[str]:
        a = self.analysis
        out = [f"question: {self.question}", f"matched text: {self.text}",
               f"asks: {a.asked or '-'}; focus: {a.focus or '-'}; places: {list(a.places)}; years: {list(a.years)}; "
               f"periods: {list(a.times)}; restricted to: {[*a.qualifiers, *a.parts]}; time: {a.when or '-'}"]
        if self.by_sound:
            out.append("matched by pinyin (the characters found nothing decisive)")
        for c in self.ranked[:limit]:
            parts = "".join(f"; {why} {delta:+.2f}" for why, delta in c.adjustments)
            out.append(f"  {c.score:.3f} {c.fact.id} {c.fact.figure}: "
                       f"key {c.key:.2f}, coverage {c.coverage:.2f}{parts}")
        for fact, base, why in sorted(self.vetoed, key=lambda v: -v[1])[:3]:
            out.append(f"  ruled out {fact.id} {fact.figure} ({base:.3f}): {why}")
        verdict = f"answered {', '.join(f.figure for f in self.match.facts)}" if self.match.answered else "declined"
        out.append(f"decision: {verdict} ({self.reason})")
        return out


class Matcher(KindVetoes, TimeVetoes, ScopeVetoes, CountedVetoes, ModifierVetoes, DoingVetoes):
    """Built once per knowledge base (immutable afterwards, so it can be swapped atomically).
    What it reads of every fact is bot.core.readings'; the rules that rule a fact out are
    bot.core.vetoes', one module per concern, applied in `_veto`."""

    def __init__(self, kb: KnowledgeBase, params: Params = DEFAULT_PARAMS) -> None:
        super().__init__(kb, params)
        self._chars = self._build(char_terms)
        self._char_bags = [doc.bag for doc in self._chars.docs]  # what the counted noun is checked in
        self._pinyin: Index | None = None  # built or read on the first question that needs it
        self._pinyin_source: Callable[[], object] | None = None

    def _build(self, term_fn: Callable[[str], list[str]], by_sound: bool = False) -> Index:
        docs = []
        for phrases, fact in zip(self._phrases, self.kb.facts, strict=True):
            extra = self._zones(fact)
            # Terms are interned: one string per term in memory and in the cache, not one per use.
            phrase_terms = tuple(tuple(dict.fromkeys(sys.intern(t) for w in p for t in term_fn(w)))
                                 for p in phrases)
            bag: dict[str, float] = {}
            zones: list[tuple[str, float]] = [*((w, 1.0) for p in phrases for w in p), *extra]
            for text, weight in zones:
                for t in [*term_fn(text), *char_unigrams(text)]:
                    t = sys.intern(t)
                    bag[t] = max(bag.get(t, 0.0), weight)
            docs.append(Doc(phrase_terms, tuple("".join(p) for p in phrases), bag))
        home = frozenset(t for w in self.kb.lexicon.home for t in term_fn(self.normalizer.normalize(w)))
        return Index(docs, self.params, by_sound, home, self._counted)

    def prepare(self) -> None:
        """Build what is otherwise built on first use (the pinyin index and its table), so that
        an engine read back from the cache needs no more work, nor pypinyin's import."""
        self.pinyin_index()
        self._syllable_table = syllable_table()

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.kb.facts

    def match(self, question: str) -> Match:
        return self.explain(question).match

    def explain(self, question: str) -> Explanation:
        """The verdict with how it was reached: the part of the message that asks, the
        constraints read from it, every scored candidate with the parts of its score, and why."""
        if len(question) > MAX_QUESTION_CHARS:
            return Explanation(question, "", Match(question, False, (), 0.0, ()), reason="a paste, not a question")
        normalized = self._normalize(question)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return Explanation(question, "", Match(question, False, (), 0.0, ()), reason="no words that say what about")
        # A figure of the sources asked about (894名指的是哪些人) is a reverse lookup, whatever word
        # asks it, but for why and opinions (为啥要连续举办五届); otherwise who, where, why ask
        # for no figure.
        asking, *wider = asking_parts(question)
        no_figure = (any(w in normalized for w in self._not_figures)
                     and not self._asks_figure_after(asking, normalized)) or (
            (_HOW_TO.search(normalized) is not None or _EASE_ASKED.search(normalized) is not None)
            and _QUANTITY_ASKED.search(normalized) is None)
        reverse = None if no_figure and _REASON.search(normalized) else self._reverse(question, text, normalized)
        if reverse is not None:
            return Explanation(question, text, reverse, reason="a figure asked in reverse")
        if no_figure:
            return Explanation(question, text, Match(question, False, (), 0.0, ()),
                               reason="asks for no figure (who, where, why, an attribute the sources never give)")
        explanation = self._explain_part(question, asking, known=(question, normalized))
        if explanation.match.answered and wider and len(wider) > 1:
            # 听说门诊用药能报，报销比例能到多少: the asking clause names a measure that several
            # figures share; the clause before says whose. Read with it, another figure is clearly
            # ahead of the one the clause alone chose: that one.
            closer = self._explain_part(question, wider[0], constraints_from=asking, known=(question, normalized))
            if closer.match.answered and closer.match.best != explanation.match.best:
                return closer
        for part in wider:
            if explanation.match.answered:
                break
            # Constraints still come from the clause that asks: the backstory only adds the topic.
            widened = self._explain_part(question, part, constraints_from=asking, known=(question, normalized))
            if widened.match.answered:
                return widened
        return explanation

    def _asks_figure_after(self, asking: str, normalized: str) -> bool:
        """The clause that asks a quantity comes after every word that asks none: 厕所改得怎么样了，
        普及率多少 asks the rate (not 投入了多少钱，效果怎么样, which ends asking an opinion)."""
        last = self._normalize(asking)
        at = normalized.rfind(last) if last else -1
        if at <= 0:
            # (完成得怎么样，完成率多少: a short asking clause comes with the one before it; its own
            # words are the last clause that asks a quantity.)
            said = [c for c in re.split(r"[，,。!！?？;；\s]", asking) if _QUANTITY_ASKED.search(c)]
            last = self._normalize(said[-1]) if said else ""
            at = normalized.rfind(last) if last else -1
        return at > 0 and _QUANTITY_ASKED.search(last) is not None and all(
            normalized.rfind(w) + len(w) <= at for w in self._not_figures if w in normalized)

    def _typo_suspected(self, analysis: Analysis) -> bool:
        """A noun of the question no source says, after a word one does, that keeps one character
        of a pair of theirs and sounds like the other (于额 of 余额): a typo, maybe."""
        corpus = self.vocabulary.corpus
        return any(len(noun) == 2 and corpus.has_pair_sounding(noun) for _, noun in analysis.heads)

    def _people_typo(self, text: str) -> tuple[str, str] | None:
        """(the word of `text` read as people only by its ending, 书官, the sources' word of the
        same sound, 书馆), when they never write the first and write one such word only."""
        who = people_by_ending(text)
        corpus = self.vocabulary.corpus
        if not who or who in corpus:
            return None
        said = {m.group() for m in re.finditer(re.escape(who[0]) + r"[\u4e00-\u9fff]", corpus)
                if sound_alike(m.group()[1], who[1])}
        return (who, said.pop()) if len(said) == 1 else None

    def _normalize(self, question: str) -> str:
        """The normal form of a question, its abbreviations of the sources' terms written out
        (segmenting it only when it holds one of them)."""
        normalized = self.written_out(with_metric(self.normalizer.normalize(question), self.vocabulary.corpus))
        if self._short_forms:
            normalized = self._shortened(normalized)
        return normalized

    def written_out(self, normalized: str) -> str:
        """A normalised text with its abbreviations of the sources' terms written out (自贸区 ->
        自由贸易试验区)."""
        table = self._abbreviations
        if any(normalized[i:i + n] in table for n in (2, 3) for i in range(len(normalized) - n + 1)):
            return expand(normalized, table)
        return normalized

    def _shortened(self, text: str) -> str:
        """`text` with a long form written short where the sources say what follows it after the
        short form only: 林业和草原产业 -> 林草产业 (林业和草原局 stays)."""
        corpus = self.vocabulary.corpus
        for i in range(len(text) - 1):
            for long, short in self._short_forms.get(text[i:i + 2], ()):
                after = text[i + len(long):i + len(long) + 2]
                if (text.startswith(long, i) and len(after) == 2 and long + after not in corpus
                        and short + after in corpus):
                    return self._shortened(text[:i] + short + text[i + len(long):])
        return text

    def _explain_part(self, question: str, part: str, constraints_from: str | None = None,
                      known: tuple[str, str] = ("", "")) -> Explanation:
        """`known` is a text already normalised, with its normal form, so it is not done twice."""
        normalized = known[1] if part == known[0] else self._normalize(part)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return Explanation(question, text, Match(question, False, (), 0.0, ()), reason="nothing left to match")
        constraints = normalized if constraints_from in (None, part) else self._normalize(constraints_from)
        analysis = self._analyse(question, normalized, constraints)
        vetoed: list[tuple[Fact, float, str]] = []
        ranked = self._rank(self._chars, {*char_terms(text), *char_unigrams(text)}, text, analysis, vetoed=vetoed)
        if constraints != normalized:
            ranked = self._items_the_backstory_names(ranked, replace(analysis, text=text), vetoed)
        by_sound_used = False
        # By sound only when the characters found no strong match: a typo (人材) leaves the words
        # unexplained; two strong candidates (技能人才, 高技能人才) are no typo (搞 is no 高).
        # Nor when a noun the sources never say sounds like one of theirs (住房贷款于额 of 余额):
        # then sound may answer if it mends the typo, finding more of a key phrase than the
        # characters did.
        typo = self._typo_suspected(analysis)
        if typo or (not decisive(ranked, self.params) and (not ranked or ranked[0].score < self.params.threshold)):
            by_sound = self._rank(self.pinyin_index(), set(pinyin_terms(text, self._syllable_table)), text, analysis,
                                  discount=self.params.pinyin_discount, min_key=self.params.pinyin_min_key)
            if typo and decisive(ranked, self.params):
                seen_key = max((c.key for c in ranked if by_sound and c.fact.id == by_sound[0].fact.id), default=0.0)
                mended = decisive(by_sound, self.params) and by_sound[0].key > seen_key + _MENDED_KEY
                by_sound = by_sound if mended else []
            if decisive(by_sound, self.params) or (by_sound and (not ranked or by_sound[0].score > ranked[0].score)):
                # Where sound finds no more of the best fact's key phrase than the characters did
                # (no typo mended), the facts the characters found stay as its rivals: sound may
                # find a typo's fact, not rule out the others (残疾人就业有多少: two facts say it).
                seen = {c.fact.id: c.key for c in ranked}
                if by_sound[0].key <= seen.get(by_sound[0].fact.id, 0.0) + _MENDED_KEY:
                    heard = {c.fact.id for c in by_sound}
                    rivals = [c for c in ranked if c.fact.id not in heard]
                    by_sound = sorted([*by_sound, *rivals], key=lambda c: -c.score)
                ranked, by_sound_used = by_sound, True
        match, reason = self._decide(question, ranked, analysis)
        # A weak best about something the question does not say, that answers only for want of
        # rivals, where a fact that fits the question far better was ruled out by its scope
        # (示范企业 asked of 示范企业和优势企业98家, and 省级…优势企业410家 left): the question is
        # about the one ruled out, not this one.
        better = max((v[1] for v in vetoed if not v[2].startswith(KIND_REASON)), default=0.0)
        if match.answered and ranked and ranked[0].score < self.params.threshold and ranked[0].unasked \
                and better >= ranked[0].base + self.params.lone_margin:
            match = Match(question, False, (), match.score, match.alternatives)
            reason = "a fact that fits the question better was ruled out; the one left is weak"
        if not ranked and vetoed:
            reason = "every candidate was ruled out"
        # A figure of another kind is no near answer: only facts ruled out by scope are offered.
        scoped = [v for v in vetoed if not v[2].startswith(KIND_REASON)]
        if not match.answered and scoped and (not ranked or max(v[1] for v in scoped) > ranked[0].base):
            fact, _, why = max(scoped, key=lambda v: v[1])
            reason = f"{reason}; the closest fact, {fact.figure}, was ruled out: {why}"
            nearest = self._nearest(scoped, ranked, analysis)
            if nearest is not None:
                match = replace(match, nearest=nearest)
                reason += f"; offered for its scope ({'、'.join(nearest.missing)} not given)"
        return Explanation(question, text, match, analysis, ranked, reason, by_sound_used, tuple(vetoed))

    def _items_the_backstory_names(self, ranked: list[Scored], read: Analysis,
                                   vetoed: list[tuple[Fact, float, str]]) -> list[Scored]:
        """`ranked` without the items of a list that a message read with its backstory does not
        name where it names another (参加过宫颈癌检查，…一共筛查了多少人次: not 乳腺癌筛查). The
        asking clause's constraints are the only vetoes elsewhere; among items of one list, the
        backstory tells which was meant."""
        kept = []
        for c in ranked:
            veto = self._veto_other_listed_noun(self._ids[c.fact.id], read)
            if veto:
                vetoed.append((c.fact, c.base, veto))
            else:
                kept.append(c)
        return kept

    def _nearest(self, vetoed: list[tuple[Fact, float, str]], ranked: list[Scored],
                 analysis: Analysis) -> Nearest | None:
        """The fact that would have answered but for a scope the question asks and the sources
        do not give (a year, a place, a sub-group): what to offer instead of a bare "no". It must
        be as sure as an answer would be, and clearly ahead of every other candidate."""
        by_score = sorted(vetoed, key=lambda v: -v[1])
        fact, base, _ = by_score[0]
        p = self.params
        rivals = [b for f, b, _ in by_score[1:] if f.figure != fact.figure] + [c.score for c in ranked]
        if base < p.lone_threshold or (rivals and base - max(rivals) < required_lead(base, p)):
            return None
        context = self._contexts[self._ids[fact.id]]
        asked = [*analysis.places, *(f"{y}年" for y in analysis.years), *analysis.qualifiers, *analysis.parts,
                 *analysis.times]
        missing = [w for w in dict.fromkeys(asked) if w.removesuffix("年") not in context]
        # 女性 and 心里的女性 (a part read loosely): say the shortest.
        missing = [w for w in missing if not any(o != w and o in w for o in missing)]
        return Nearest(fact, tuple(missing), item_of(fact)) if missing else None

    def search(self, query: str, limit: int = 10) -> list[Candidate]:
        """Facts worth listing for a search box (inline mode), best first, one per figure."""
        normalized = self.normalizer.normalize(query)
        text = self.normalizer.strip_fillers(normalized)
        if not text:
            return []
        reverse = self._reverse(query, text, normalized)
        if reverse is not None:
            return [Candidate(f, reverse.score) for f in reverse.facts][:limit]
        ranked = self._rank(self._chars, set(char_terms(text)), text, self._analyse(query, normalized, normalized))
        return list(_clamped(_distinct([c.candidate for c in ranked], SUGGEST_FLOOR), limit))

    def _names_a_product(self, place: str, text: str) -> bool:
        """Every time `text` says `place`, it is the start of a product's name the sources say
        too (普洱茶, 宣威火腿): 贵州茶叶 of sources that never say 贵州茶 asks of a place."""
        found = [m.end() for m in re.finditer(re.escape(place), text)]
        return bool(found) and all((product := _PRODUCT_NAMED.match(text, k)) is not None
                                   and place + product.group() in self.vocabulary.corpus for k in found)

    def _analyse(self, question: str, normalized: str, constraint_text: str) -> Analysis:
        typo = self._people_typo(constraint_text)
        if typo:
            # 公共图书官有多少个: 图书馆 mistyped, no officials; what is asked is read as meant.
            normalized, constraint_text = normalized.replace(*typo), constraint_text.replace(*typo)
        analysis = analyse(question, normalized, constraint_text, self._places, self._time_words, self._qualifiers)
        named = tuple(p for p in analysis.places if self._names_a_product(p, constraint_text))
        if named:
            # 普洱茶 of sources that say 普洱茶: a product named after the place, no place asked.
            analysis = replace(analysis, places=tuple(p for p in analysis.places if p not in named))
        number_of = self._number_of(constraint_text)
        if number_of:
            # (少先队大队有多少个: 个 of a thing that is no person, as 多少个卡点 is.)
            things = analysis.asked == "个" and not is_people(number_of[-1])
            analysis = replace(analysis, number_of=number_of, counts_things=analysis.counts_things or things)
        passive = _PASSIVE.search(constraint_text)
        if passive and passive.group(1) not in self.vocabulary.corpus:
            # 合理化建议被采纳了多少项: how many of them something happened to, which no source says
            # (113.6万项 were made, not adopted).
            return replace(analysis, unsaid=passive.group(1))
        done = next((verb for (verb, tag), (after, _) in itertools.pairwise(tagged(constraint_text))
                     if tag == "v" and len(verb) == 2 and after == "量"), "")
        if done and done not in self.vocabulary.corpus:
            # 农家书屋年借阅量: how much of a deed no source speaks of (借阅), which no figure tells.
            return replace(analysis, unsaid=done + "量")
        measure = MEASURE.search(constraint_text)
        if measure and measure.group() not in self.vocabulary.corpus and not self._amount_said(measure.group()):
            # 天然气年消费量有多少: a measure no source gives (消费量), of which no figure can tell.
            return replace(analysis, unsaid=measure.group())
        # Only a question with a term the index does not know can narrow a noun with a word no
        # source uses: the others are not segmented.
        asking = self.normalizer.strip_fillers(constraint_text)
        if any(t not in self._chars.idf for t in char_terms(asking) if t[0] not in "'#"):
            # Segmented with its particles (的, 了): without them words run together (建立项).
            modifiers = unknown_modifiers(constraint_text, self.vocabulary.corpus, self._scope_words)
            heads = unknown_heads(constraint_text, self.vocabulary.corpus, self._scope_words)
            # (Three characters or more: two-character ones are often another way to say a word of
            # the sources, 生病 for 患病; after a measure word, 几枚银牌, the focus still counts.)
            # (多大面积: 大面积 is the 大 of 多大 and 面积, no stranger.)
            strangers = tuple(w for w, tag in tagged(_HOW_SIZED.sub("多少", constraint_text))
                              if len(w) >= 3 and tag in ("n", "nz")
                              and w not in self.vocabulary.corpus and is_word(w))
            if modifiers or heads or strangers:
                return replace(analysis, modifiers=modifiers, heads=heads, strangers=strangers)
        return analysis

    def _amount_said(self, measure: str) -> bool:
        """出口额 of 其中出口1416亿元: an amount named by its verb and the figure that follows it."""
        stem = measure.removesuffix("额")
        return stem != measure and re.search(re.escape(stem) + r"(?:额|总额)?(?:达到|达|为)?约?\d",
                                              self.vocabulary.corpus) is not None

    def _evidence(self, index: Index, text: str) -> set[str] | None:
        """The question's terms without the home region's words (How many dentists in 云南: only
        dentists), which a fact must share to be a candidate; None when it names no home word."""
        bare = self._home.sub(" ", text) if self._home is not None else text
        if bare == text:
            return None
        if index.by_sound:
            return set(pinyin_terms(bare, self._syllable_table))
        return {*char_terms(bare), *char_unigrams(bare)}

    def _counted_noun(self, words: str, spans: str) -> str:
        """The longest end of the words before 多少 that a candidate's figure counts: 客运量 of
        省客运量, so that 货运量 does not count it as well (both say 运量). Cut where a word of the
        question starts: 运会金牌 of 全运会金牌 is a piece of 奥运会金牌 too, not what was asked."""
        return next((words[k:] for k in edges(words) if k < len(words) - 2 and words[k:] in spans),
                    words[-2:])

    def _rank(
        self, index: Index, terms: set[str], text: str, analysis: Analysis, discount: float = 1.0,
        min_key: float = 0.0, vetoed: list[tuple[Fact, float, str]] | None = None,
    ) -> list[Scored]:
        ranked = []
        heard = self._sounds(analysis.text) if index.by_sound else ""
        vetoes: dict[int, str] = {}

        def veto_of(i: int) -> str:
            if i not in vetoes:
                vetoes[i] = self._veto(i, analysis)
            return vetoes[i]

        scored = index.scores(terms, text, min_key, lambda i: not veto_of(i), self._evidence(index, text))
        if analysis.counted:
            spans = "\n".join(self._counted[i] for _, i, _, _ in scored)
            analysis = replace(analysis, counted=tuple(self._counted_noun(w, spans) for w in analysis.counted))
        # What a candidate counts bare (破获刑事案件42.8万起): another that counts a kind of it
        # (破获毒品刑事案件14.6万起) is about something the question does not say.
        bare = frozenset(w for w in analysis.counted for _, i, _, _ in scored
                         if not veto_of(i) and self._counted[i].endswith(w) and not self._kind_before(i, w))
        for base, i, key, coverage in scored:
            veto = veto_of(i)
            if veto:
                if vetoed is not None:
                    vetoed.append((self.kb.facts[i], base, veto))
                continue
            unasked = self._unasked(i, analysis, heard, bare)
            adjustments = self._adjustments(i, analysis, heard, unasked)
            ranked.append(Scored(self.kb.facts[i], round(base * discount, 4), key, coverage, adjustments,
                                 tuple(unasked)))
        ranked.sort(key=lambda c: c.score, reverse=True)
        return self._without_unasked_parts(self._without_rounded_twins(ranked), analysis, vetoed, heard)

    def _without_unasked_parts(self, ranked: list[Scored], analysis: Analysis,
                               vetoed: list[tuple[Fact, float, str]] | None, heard: str) -> list[Scored]:
        """A part said after 其中 (其中5A级景区9个) does not answer a question that names no part
        when its whole (A级旅游景区433个) is a candidate too: the question is about the whole.
        `heard` is the question's sounds when it is matched by sound, else ''."""
        wholes = {c.fact.sentence for c in ranked if not self._parts[self._ids[c.fact.id]]}
        kept = []
        for c in ranked:
            unasked = [w for w in self._parts[self._ids[c.fact.id]] if not self._part_asked(w, analysis, heard)]
            if unasked and c.fact.sentence in wholes:
                if vetoed is not None:
                    vetoed.append((c.fact, c.base, f"a part ({unasked[0]}) of a whole the question asks about"))
                continue
            kept.append(c)
        return kept

    def _without_rounded_twins(self, ranked: list[Scored]) -> list[Scored]:
        """A headline's round figure (突破9900公里) and its paragraph's exact one (9947公里) tell one
        amount: the round one is dropped, and the exact one answers as well as it did (the headline
        may say it in the words a reader uses, 研发经费投入, the paragraph in the official ones), so
        the two are no rival answers."""
        exact = [c for c in ranked if not self._rounded[self._ids[c.fact.id]]]
        twins: dict[int, Scored] = {}
        for c in ranked:
            if self._rounded[self._ids[c.fact.id]]:
                twin = next((e for e in exact if _same_amount(c.fact, e.fact)), None)
                if twin is not None:
                    twins[id(c)] = twin
        if not twins:
            return ranked
        lifted: dict[int, Scored] = {}
        for c in ranked:
            twin = twins.get(id(c))
            if twin is not None and c.score > lifted.get(id(twin), twin).score:
                lifted[id(twin)] = replace(twin, adjustments=(
                    *twin.adjustments, (f"says exactly the round {c.fact.figure}", round(c.score - twin.score, 4))))
        kept = [lifted.get(id(c), c) for c in ranked if id(c) not in twins]
        return sorted(kept, key=lambda c: -c.score)

    def _veto(self, i: int, analysis: Analysis) -> str:
        """Why fact i cannot be meant, or ''. A constraint of the asking clause that the fact's
        sentence does not meet rules it out: each rule names one (bot.core.vetoes)."""
        for rule in self._rules():
            reason = rule(i, analysis)
            if reason:
                return reason
        return ""

    def _rules(self) -> tuple[Callable[[int, Analysis], str], ...]:
        """Every veto, in the order their reasons are told (the first that applies is the one told)."""
        return (self._veto_kind, self._veto_place_or_year, self._veto_place_elsewhere, self._veto_part_of_home,
                self._veto_proper_name_elsewhere,
                self._veto_other_level_of_noun,
                self._veto_time,
                self._veto_restriction, self._veto_kind_told_elsewhere, self._veto_other_cause, self._veto_code,
                self._veto_given_figure,
                self._veto_negation, self._veto_negated_kind, self._veto_modifier, self._veto_target,
                self._veto_said_later,
                self._veto_words_elsewhere, self._veto_unsaid, self._veto_counted_elsewhere, self._veto_focus_unsaid,
                self._veto_other_measure, self._veto_other_dimension, self._veto_known_sibling,
                self._veto_year_unasked, self._veto_age_unasked,
                self._veto_bound, self._veto_did_unasked, self._veto_those_which_unasked,
                self._veto_done_to_unasked, self._veto_change_unasked,
                self._veto_level_for_change,
                self._veto_one_direction, self._veto_tax_unsaid,
                self._veto_thing_unsaid, self._veto_head_unsaid, self._veto_whole_for_those_who,
                self._veto_other_bound, self._veto_other_threshold, self._veto_other_rank,
                self._veto_acted_on_unasked, self._veto_other_item, self._veto_other_listed_noun,
                self._veto_unlisted_item,
                self._veto_other_measured, self._veto_listed_item_measured, self._veto_weighed_elsewhere,
                self._veto_one_of_many, self._veto_edition, self._veto_doing_elsewhere, self._veto_other_deed_on_it,
                self._veto_one_of_what_it_went_to,
                self._veto_other_count_measure,
                self._veto_other_people_counted, self._veto_other_part, self._veto_negated_group,
                self._veto_other_size, self._veto_some_of_unsaid, self._veto_ended_unsaid, self._veto_level_and_above,
                self._veto_opposite, self._veto_other_involving, self._veto_other_field,
                self._veto_other_kind_of_noun, self._veto_other_ending, self._veto_other_of_same_head,
                self._veto_measure_elsewhere,
                self._veto_narrowed_unsaid, self._veto_other_measure_end,
                self._veto_named_elsewhere,
                self._veto_thing_unknown,
                self._veto_part_of_thing, self._veto_addition_unsaid, self._veto_other_name,
                self._veto_places_unsaid, self._veto_unlisted_kind)

    def _number_of(self, text: str) -> tuple[str, ...]:
        """The words of the thing whose number is asked, right before 有多少: the nouns at its
        end, without when or where (高技能人才 of 云南省的高技能人才目前, 产改试点 of 产改试点云南有几个;
        the tagger takes the 站 of 高铁站 for a verb, so a last single character counts too)."""
        asked = _NUMBER_OF.search(text)
        if asked is None:
            return ()
        words = list(tagged(asked.group(1)))
        while words and (words[-1][1][:1] in ("t", "f", "d", "r") or words[-1][0] in ("一共", "总共", "共")
                         or self._holds_scope(words[-1][0])):
            words.pop()
        cut = len(words) - (1 if words and len(words[-1][0]) == 1 else 0)
        while cut > 0 and words[cut - 1][1] in NOUN_TAGS:
            cut -= 1
        return tuple(w for w, _ in words[cut:]) if cut < len(words) and words[-1][1] in NOUN_TAGS | {"v"} else ()

    def _kind_before(self, i: int, noun: str) -> str:
        """The noun right before `noun`, which ends what fact i counts, and sorts it (毒品 of 破获毒品
        刑事案件), or ''."""
        counted = self._counted[i]
        if len(noun) < 2 or not counted.endswith(noun):
            return ""  # (the noun counted ends what the figure counts: not 创新 of 职工创新工作室)
        kind = self._noun_before(counted, len(counted) - len(noun))
        # (普通高校82所, asked 有几所大学: the regular kind is what a question without one means.)
        return "" if kind in _DEFAULT_KIND else kind

    def _part_of_name(self, i: int, place: str, text: str) -> bool:
        """昆明长水国际机场, asked as 长水机场: the place opens a name (a word the sources say once)
        that the question says without it. 全国劳模 is no name: 劳模 is said of other levels too."""
        sentence = self._sentences[i]
        at = sentence.find(place) + len(place)
        name = sentence[at:at + 2]
        # (Or inside a name the question says around it: 长水国际机场 asked as 长水机场.)
        around = sentence[max(0, at - len(place) - 2):at - len(place)] + name
        return at >= len(place) and name in text and (self._clause_df.get(name, 0) == 1
                                                      or (len(around) == 4 and around in text))

    def _unasked(self, i: int, analysis: Analysis, heard: str, bare: frozenset[str]) -> list[str]:
        """What fact i is about that the question does not say: a sub-group, level, part, grade or
        kind (a narrower thing than was asked)."""
        # A place or level said next to this figure but not in the question (全国劳模11人, asked
        # about 省劳模): the fact is about a narrower thing than was asked. Not an example of a list
        # (接待新加坡、意大利等工会来访36批): that figure is for all of them.
        unasked = [w for w in self._modified_restrictors[i] if w not in analysis.text
                   and not (w == "平均" and (_USUALLY.search(analysis.text) or analysis.asked in _HOW_LONG_ASKED))
                   and w not in _EVERY_LEVEL and not self._levels_together(i, w)
                   and not an_example(w, self._modified[i]) and not self._example_only(i, w)
                   and not self._part_of_name(i, w, analysis.text) and not self._lead_of_list(i, w)]
        # (Not when the question says one of the fact's own key phrases: 扶贫 全国劳模 is how an
        # operator said 脱贫攻坚领域的全国劳模 is asked.)
        unasked += [w for w in self._domains[i] if not mentions(analysis.text, w) and not self._keyed(i, analysis.text)]
        unasked += [w for w in self._parts[i] if not self._part_asked(w, analysis, heard)  # not 县级医院 for 三级医院
                    and not self._year_part_asked(i, w, analysis)]
        # (A grade of what it counts, 三级医院 asked as 医院: one grade of them, not all.)
        unasked += [g for g in GRADE_WORD.findall(self._counted[i]) if g not in analysis.text]
        # (A kind of what another candidate counts bare, 毒品刑事案件 asked as 刑事案件: some of them.)
        # (发明类项目 says some of 发明创造, 备按博物馆 备案 mistyped: a character of it right before
        # the noun is no other kind.)
        unasked += [m for w in analysis.counted if w in bare and (m := self._kind_before(i, w))
                    and not set(m) & set(analysis.text[max(0, analysis.text.find(w) - 3):analysis.text.find(w)])]
        # (What another candidate counts bare, 体育彩票累计销售 asked as 体育彩票销售多少, only sorts the
        # noun this one counts, 彩票销售网点: it counts that noun, which the question does not say.)
        unasked += [h for w in analysis.counted
                    if w in bare and (h := self._head_after(i, w)) and h not in analysis.text]
        return unasked

    def _head_after(self, i: int, word: str) -> str:
        """The noun that `word` sorts in what fact i is about (网点 of 彩票销售网点, asked 销售), when
        what it counts does not say `word` itself; or ''. Only inside a run of nouns: after a verb
        that opens its clause (接待新加坡…工会来访), the noun is what was done to."""
        near = self._near[i]
        at = near.find(word)
        if len(word) < 2 or at < 2 or self._counted[i].endswith(word) or tagged(near[:at])[-1][1] not in NOUN_TAGS:
            return ""
        words = tagged(near[at + len(word):at + len(word) + 4])
        head = words[0][0] if words and len(words[0][0]) >= 2 and words[0][1] in NOUN_TAGS else ""
        return "" if _HOW_MUCH_OF.search(head) else head  # (技能人才总量: how much of it, no other thing)

    def _adjustments(self, i: int, analysis: Analysis, heard: str, unasked: list[str]) -> tuple[tuple[str, float], ...]:
        fact = self.kb.facts[i]
        out: list[tuple[str, float]] = []
        unit = self._unit_fit(i, analysis)
        if unit:
            out.append((f"asks {analysis.asked}, the figure is in {fact.unit}", unit))
        elif analysis.asked is None and self._is_year[i] and not analysis.event:
            # "森林覆盖率" or "what is the forest coverage rate": the rate, not the year it was reached.
            out.append(("a year, and the question does not ask when", -self.params.unit_bonus))
        if analysis.focus and analysis.focus not in self._char_bags[i]:
            out.append((f"never mentions {analysis.focus}", -self.params.focus_penalty))
        if unasked:
            out.append((f"is about {unasked[0]}, which the question does not say", -self.params.unasked_penalty))
        else:
            # 建成科技馆23个，其中达标科技馆12个, asked 达到标准的科技馆: the question names a part of
            # this whole, which its part answers.
            part = next((p for j in self._same_sentence[fact.sentence] if j != i and self._whole_said_before(j) == i
                         for p in self._parts[j] if self._part_asked(p, analysis, heard)), "")
            if part:
                out.append((f"the question names its part {part}", -self.params.unasked_penalty))
        # (Not a word that only sorts the noun this figure counts: 销售 of 彩票销售网点.)
        counted = [w for w in analysis.counted if w in self._counted[i]
                   and not (unasked and self._head_after(i, w) in unasked)]
        # A sub-group asked that narrows this very figure (各级535个试点, asked 各级试点) points to it
        # as the thing counted does.
        counted += [w for w in analysis.qualifiers if w in self._modified[i]]
        # A part the question names by the word that tells it (中央 of 其中中央资金318亿元).
        # (Not by that word alone when the fact is about a noun the question does not say: 体育彩票
        # of 体育彩票网点, asked 体育彩票卖了多少.)
        counted += [w for w in self._parts[i] if w in self._telling_words and self._part_asked(w, analysis, heard)
                    and not unasked]
        if counted:
            out.append((f"counts {counted[0]}", self.params.counted_bonus))
        elif analysis.change and self._change_stated[i]:
            # 比2015年降了多少: 比2015年下降22.2% says the change, 平均浓度为21微克 the level.
            out.append(("states a change, as asked", self.params.counted_bonus))
        elif analysis.done and self._done_before[i].endswith(analysis.done):
            # 办结了多少 and 已办结5690件 (not 交办的5781件): the figure is what that verb did.
            out.append((f"is what was {analysis.done}", self.params.counted_bonus))
        role, year = self._roles[i]
        if analysis.change and role and not analysis.when and not analysis.years:
            # 位次往前挪了几位: the change asked, which neither side (第18位) is; a figure that states
            # it (前移6位) or one computed from both sides answers.
            out.append(("a side of a change, and the question asks the change", -self.params.counted_bonus))
            return tuple(out)
        if self._said_per_period_asked(i, analysis):
            out.append(("time: said of the period asked (per day, month or year, last year)", self.params.time_fit))
        if any(self._reported_then(i, y) for y in analysis.as_of):
            out.append(("time: the figure is the article's current one, asked as of the year after", 0.0))
        elif role and not analysis.when and not analysis.years and (side := self._side_named(i, analysis.text)):
            out.append((f"time: the question names {side} side of the change",
                        self.params.time_fit if side == "this" else -self.params.time_fit))
        elif role == "after" and not year and (other := self._before_year(i)) in analysis.years:
            # 由2012年的每吨400元提高到每吨490元, asked 2012年…每吨多少钱: the year of the other side.
            out.append((f"time: the other side of the change is {other}, as asked", -2 * self.params.time_fit))
        elif role or year:
            shift = time_fit(analysis, role, year, self._sentence_years[i], self.params.time_fit)
            if not shift and not role and not analysis.years and not analysis.when \
                    and year == self._latest_reported.get(self.kb.facts[i].source):
                # 城镇登记失业率始终控制在4%以内，2021年为3.3%: a question that says no time asks for
                # the latest figure reported, not a bound over the years.
                shift = self.params.time_fit
            if shift:
                out.append((f"time: the fact is {role or year}, the question {analysis.when or analysis.years}", shift))
        return tuple(out)

    def _before_year(self, i: int) -> str:
        """The year said of the first side of fact i's change, '' if none (or i is no change)."""
        return next((self._roles[j][1] for j in self._same_sentence[self.kb.facts[i].sentence]
                     if self._roles[j][0] == "before" and self._one_change(i, j)), "")

    def _side_named(self, i: int, text: str) -> str:
        """'this' or 'the other' when `text` says what a side of fact i's change is said to be
        (由法定的30个工作日压缩至15个工作日, asked 审批时限 法定: the 30), else ''. Words both sides
        say (由每吨400元提高到每吨490元) name neither."""
        others = [self._side_words[j] for j in self._same_sentence[self.kb.facts[i].sentence]
                  if j != i and self._one_change(i, j)]
        if self._side_words[i] and self._side_words[i] in text and self._side_words[i] not in others:
            return "this"
        return "the other" if any(w and w in text and w != self._side_words[i] for w in others) else ""

    def _decide(self, question: str, ranked: list[Scored], analysis: Analysis) -> tuple[Match, str]:
        """Scores may pass 1 by a bonus while deciding; what is reported stays in [0, 1]."""
        if not ranked:
            return Match(question, False, (), 0.0, ()), "no fact shares a word with the question"
        best = ranked[0]
        candidates = [c.candidate for c in ranked]
        p = self.params
        top = self._ids[best.fact.id]
        if analysis.when and self._roles[top][0] == analysis.when:
            # 现在…比例有多高: the question says which side of a change it asks; the other side
            # (从48.95%提高到90.23%) is no rival explanation.
            ranked = [best, *(c for c in ranked[1:] if not self._one_change(top, self._ids[c.fact.id]))]
        if analysis.asks_what and not isinstance(best.fact.value, str):
            return (Match(question, False, (), min(1.0, max(0.0, best.score)), ()),
                    "asks what or which, not how many: no quantity answers that")
        if best.key == 0 and analysis.asked not in ("年", YEARS_COUNTED, "日期") and not any(
                best.fact.figure in k for k in best.fact.keywords):
            # 返贫的有多少人, of a paragraph headed 防止返贫监测…, 已消除风险27.9万人: words of the
            # topic or the sentence alone do not say what a figure counts. (A when-question finds
            # its event in the sentence; 两癌 is its own key phrase, asked 几癌.)
            reason = "no key phrase of the best candidate is in the question"
        elif best.score < p.threshold and not decisive(ranked, p):
            reason = (f"best {best.score:.2f} is below the threshold {p.threshold} and not alone "
                      f"(≥ {p.lone_threshold} and {required_lead(best.score, p):.2f} ahead)")
        elif not decisive(ranked, p):
            rival = next(c for c in ranked[1:] if c.fact.figure != best.fact.figure)
            reason = ("ambiguous: other figures explain the question as fully"
                      if _ambiguous(best, ranked, p) else
                      f"{best.fact.figure} leads {rival.fact.figure} by less than {p.margin}")
        else:
            others = _clamped(c for c in _distinct(candidates[1:], SUGGEST_FLOOR) if c.fact is not best.fact)
            return (Match(question, True, (best.fact,), min(1.0, best.score), others),
                    f"{best.fact.figure} is above the threshold and clearly ahead" if best.score >= p.threshold
                    else f"{best.fact.figure} is the only serious candidate (≥ {p.lone_threshold}, "
                         f"ahead by at least {required_lead(best.score, p):.2f})")
        # Only facts that share a key phrase with the question are worth suggesting.
        suggestions = _clamped(_distinct([c.candidate for c in ranked if c.key >= SUGGEST_MIN_KEY], SUGGEST_FLOOR))
        return Match(question, False, (), min(1.0, max(0.0, best.score)), suggestions), reason

    def _reverse(self, question: str, text: str, normalized: str) -> Match | None:
        """A question that is a figure ('135.7万是什么', '2131', '1135所是什么学校'): the facts
        that have it. The number must be more than a bare digit, and the rest may only ask what
        it is, or name what the fact says."""
        exact = self._figures.get(text)
        if exact:
            return Match(question, True, tuple(exact), 1.0, (), reverse=True)
        tokens = list(TOKEN.finditer(text))
        if not tokens or not any(m.group(1) for m in tokens):
            return None
        numbers = frozenset(number_term(m.group(1), m.group(2) or "") for m in tokens if m.group(1))
        rest = TOKEN.sub(lambda m: "" if m.group(1) else m.group(), text)
        rest = "".join(ch for ch in rest if ch not in MEASURE_WORDS)
        asks_what = len(numbers) == 1 and asks_what_a_figure_is(normalized)
        if not (tokens[0].group(1) and _REVERSE_REST.match(rest)) and not asks_what:
            return None
        if all(len(n) <= 2 for n in numbers) and not asks_what:
            return Match(question, False, (), 0.0, (), reverse=True)  # "1", "8": no figure, a typo
        # A year (2021) is when many things happened, not a figure to look up.
        hits = tuple(f for f, nums, is_year in zip(self.kb.facts, self._figure_numbers, self._is_year,
                                                    strict=True) if nums and nums <= numbers and not is_year)
        if not hits and asks_what:
            return None
        return Match(question, bool(hits), hits, 1.0 if hits else 0.0, (), reverse=True)

    def pinyin_index(self) -> Index:
        if self._pinyin is None:
            kept = self._pinyin_source() if self._pinyin_source is not None else None
            self._pinyin = kept if isinstance(kept, Index) else self._build(pinyin_terms, by_sound=True)
        return self._pinyin

    def read_pinyin_from(self, source: Callable[[], object]) -> None:
        """Where the pinyin index is kept apart (the engine cache): read on the first question
        that needs it, built afresh if what `source` gives is none."""
        self._pinyin_source = source

    def __getstate__(self) -> dict[str, object]:
        # The pinyin index is as large as the characters' and only questions the characters do
        # not settle need it: it travels apart (see Engine.load), not with every cold start.
        return {**vars(self), "_pinyin": None, "_pinyin_source": None}


# The thing whose number is asked, right before 有多少 (高铁站有多少个); not a verb's object.
_NUMBER_OF = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?<![了的过着只还都也就又已总一])(?:一共|总共|共)?有(?:多少|几)")
# (被采纳了多少项; 被罚了多少钱: a verb of one character, 了 no part of it.)
# (被追究责任的干部有多少: the verb may take its object before 的.)
_PASSIVE = re.compile(r"被([\u4e00-\u9fff](?:(?![了过])[\u4e00-\u9fff])?)(?:了|过)?(?:[\u4e00-\u9fff]{2}(?=的))?"
                      r"(?:的[\u4e00-\u9fff]{1,4}?(?:有|是|共有)?)?(?:多少|几)")
_HOW_SIZED = re.compile(r"多[大高长远重宽深厚]")
_REASON = re.compile(r"为什么|为啥|怎么|如何|好不好|值不值|意义|原因|好处|评价")

# 普洱茶, 宣威火腿, 小粒咖啡: a product named after where it comes from, sold anywhere.
_PRODUCT_NAMED = re.compile(r"茶(?!区|园|山|农|企)|咖啡|火腿|三七")
# 一般多久能处理完: what usually happens asks the average (平均时长缩短至14个小时).
_USUALLY = re.compile(r"一般|通常|平常|平时|正常情况下")
# How long something takes (要等多久, 几个工作日): asked of the average, as people mean it.
_HOW_LONG_ASKED = frozenset({"时长", "天", "工作日", "个工作日", "小时", "个小时", "分钟", "个月"})
# The regular kind of a thing (普通高校, 普通高中): no narrower kind, but the one meant by default.
_DEFAULT_KIND = frozenset({"普通", "常规"})
# Words for all levels at once (资助各级各类学生): the whole, which a question without a level asks.
_EVERY_LEVEL = frozenset({"各级", "各类", "全部", "所有"})


# 怎么申请光荣牌: how to do something, which no figure answers (but 怎么有这么多 with 多少 asks one).
_HOW_TO = re.compile(r"怎么|怎样|如何|how (?:to|do|can)")
# 档案学专业好就业吗, 统计学难学吗: whether a thing is easy or hard to do, which no figure answers.
_EASE_ASKED = re.compile(r"(?:好|难|容易)[\u4e00-\u9fff]{1,4}吗[?？!！。]*$"
                         # 哪家养老院最好: which one to pick, a recommendation no figure answers
                         # (便宜 is read 降价)
                         r"|哪(?:家|个|种|所|款|里)[\u4e00-\u9fff]{0,6}?(?:最|更|比较)?(?:好|便宜|降价|划算|实惠|合适)"
                         r"[呢啊吗呀?？!！。]*$"
                         # 博物馆要预约吗, 能带孩子去吗: whether one must or may, a rule no figure answers
                         r"|(?:要|需要|要不要|用不用|能不能|可以|能|得|必须)[\u4e00-\u9fff]{1,6}吗[?？!！。]*$")
_QUANTITY_ASKED = re.compile(r"多少|几|多[大高长重远宽久]|百分之|how (?:many|much)|\d(?![gG])")  # (5G: a network)


def _ambiguous(best: Scored, ranked: list[Scored], p: Params) -> bool:
    if best.coverage < AMBIGUOUS_COVERAGE:
        return False
    # The rules may still tell them apart (unit, time, counted noun): then it is no ambiguity.
    told_apart = p.margin + 1e-9
    return any(c.fact.figure != best.fact.figure and c.coverage >= AMBIGUOUS_COVERAGE
               and best.key - c.key < p.ambiguity_gap and best.score - c.score < AMBIGUOUS_LEAD
               and best.score - best.base - (c.score - c.base) < told_apart
               for c in ranked[1:6])


AMBIGUOUS_COVERAGE = 0.9  # "explains the question in full"
AMBIGUOUS_LEAD = 0.15  # a rival further behind (another unit, another time) is no ambiguity


def _same_amount(a: Fact, b: Fact) -> bool:
    """Two figures in one unit within 3% of each other, or the exact one up to 10% above a bound
    the other breaks (突破300亿元, 313.4亿元): one amount, said roughly and exactly."""
    if isinstance(a.value, str) or isinstance(b.value, str) or a.unit != b.unit or a.figure == b.figure:
        return False
    high = max(abs(a.value), abs(b.value))
    if high > 0 and abs(a.value - b.value) <= 0.03 * high:
        return True
    at = a.sentence.find(a.figure)
    return (at > 0 and _BROKEN_BOUND.search(a.sentence[:at]) is not None
            and a.value <= b.value <= 1.1 * a.value)


_BROKEN_BOUND = re.compile(rf"(?:{BOUND_WORDS})\s*$")


_MENDED_KEY = 0.05  # how much more of a key phrase sound must find than the characters to have mended a typo


def decisive(ranked: list[Scored], p: Params) -> bool:
    """Good enough, and clearly ahead of every fact with another figure."""
    if not ranked or ranked[0].score < min(p.threshold, p.lone_threshold):
        return False
    best = ranked[0]
    if best.score < p.threshold and best.key <= 0.0:
        return False  # alone but with no key phrase of its own: words the question shares by chance
    rival = next((c for c in ranked[1:] if c.fact.figure != best.fact.figure), None)
    lead = best.score - rival.score if rival is not None else best.score
    if rival is not None and _ambiguous(best, ranked, p):
        return False
    return lead >= required_lead(best.score, p)


def required_lead(score: float, p: Params) -> float:
    """The lead over the best fact with another figure that a score needs: `margin` at or above
    `threshold`, `lone_margin` at `lone_threshold`, and in between a straight line from one to the
    other, so that a slightly weaker match needs a slightly clearer lead, not a jump."""
    if score >= p.threshold:
        return p.margin
    if p.threshold <= p.lone_threshold:
        return p.lone_margin
    share = (score - p.lone_threshold) / (p.threshold - p.lone_threshold)
    return p.lone_margin + (p.margin - p.lone_margin) * max(0.0, share)


def _clamped(candidates: Iterable[Candidate], limit: int = 3) -> tuple[Candidate, ...]:
    return tuple(Candidate(c.fact, min(1.0, c.score)) for c in itertools.islice(candidates, limit))


def _distinct(ranked: Iterable[Candidate], floor: float) -> Iterable[Candidate]:
    """Candidates above `floor`, one per figure, best first."""
    seen: set[str] = set()
    for c in ranked:
        if c.score >= floor and c.fact.figure not in seen:
            seen.add(c.fact.figure)
            yield c


