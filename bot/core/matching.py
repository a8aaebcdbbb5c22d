"""Find the one fact a question means, or decline; and say how (`Matcher.explain`).

The question is read by bot.core.question (the part that asks, the unit, the constraints), its
text cut into terms by bot.core.terms, and each fact's sentence read by bot.core.figure_context.
An inverted index (bot.core.index) weighs terms by rarity (IDF): a fact scores by how completely
one of its key phrases is in the question and how much of the question it explains (words of the
figure's clause fully, of the wider sentence and topic less). Here the analysis adds its nudges
(unit, counted noun, side of a change) and its vetoes (place, year, period, sub-group, a figure
the question gives, a unit of another kind: bot.core.units); the best fact answers only when it is
good and clearly ahead of every fact with another figure, since a wrong figure is worse than no
answer. When the characters fail, the same scoring runs on pinyin. Every number that steers this
is in bot.core.params, picked by scripts/tune.py.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from bot.core.abbreviations import expand
from bot.core.abbreviations import tables as abbreviation_tables
from bot.core.corpus import Corpus
from bot.core.figure_context import (
    YEAR_FIGURE,
    an_example,
    clause_of,
    counted_span,
    fact_role,
    is_target,
    item_of,
    listed_examples,
    mentions,
    modified_span,
    one_of_listed,
    states_change,
    time_fit,
    without_change_frame,
    without_short_brackets,
)
from bot.core.followup import Vocabulary
from bot.core.index import Doc, Index
from bot.core.knowledge import KnowledgeBase
from bot.core.metrics import with_metric
from bot.core.models import Candidate, Fact, Match, Nearest
from bot.core.modifiers import clash, head_clash, modifier_before, same_kind, unknown_heads, unknown_modifiers
from bot.core.normalize import Normalizer
from bot.core.numerals import MEASURE_WORDS, parse_chinese
from bot.core.params import DEFAULT_PARAMS, Params
from bot.core.question import (
    GRADE_WORD,
    NEGATION,
    YEAR,
    Analysis,
    analyse,
    asking_parts,
    asks_what_a_figure_is,
    before_words,
    is_people,
)
from bot.core.screening import MAX_QUESTION_CHARS
from bot.core.terms import TOKEN, char_terms, char_unigrams, number_term, pinyin_terms, syllable_table
from bot.core.units import COUNTING_UNITS, OTHER_KIND, UNIT_FAMILY, YEARS_COUNTED, unit_agreement
from bot.core.words import edges, is_word, tagged

# What is left of a reverse question once its number is taken out: "135.7万是什么" -> "".
_REVERSE_REST = re.compile(r"^[多余约近超过个]*$")

SUGGEST_FLOOR = 0.3  # weaker facts are not worth suggesting
SUGGEST_MIN_KEY = 0.08  # nor facts that only share scattered characters with the question


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


class Matcher:
    """Built once per knowledge base (immutable afterwards, so it can be swapped atomically)."""

    def __init__(self, kb: KnowledgeBase, params: Params = DEFAULT_PARAMS) -> None:
        self.kb = kb
        self.params = params
        self.normalizer = Normalizer(kb.lexicon)
        norm = self.normalizer
        # 法援 for 法律援助: short forms of the sources' own noun phrases (bot.core.abbreviations).
        unwritten, written = abbreviation_tables(s.text for s in kb.sources.values())
        self._abbreviations = {norm.normalize(k): norm.normalize(v) for k, v in unwritten.items()}
        # 林业和草原产业 for 林草产业: a long form whose short form the sources write instead.
        self._short_forms: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for long, short in written.items():
            self._short_forms[norm.normalize(long)[:2]].append((norm.normalize(long), norm.normalize(short)))
        self._places = [p for p in {norm.normalize(w) for w in kb.lexicon.places} if p]
        self._time_words = [w for w in {norm.normalize(w) for w in kb.lexicon.time_words} if w]
        self._not_figures = [w for w in {norm.normalize(w) for w in kb.lexicon.not_figures} if w]
        self._qualifiers = [w for w in {norm.normalize(w) for w in kb.lexicon.qualifiers} if w]
        self._restrictors = sorted({*self._places, *self._qualifiers})
        home = sorted({norm.normalize(w) for w in kb.lexicon.home} - {""}, key=len, reverse=True)
        self._home = re.compile("|".join(map(re.escape, home))) if home else None
        # Words of place, level, sub-group or home region: judged by their own rules, no kind of a thing.
        self._scope_words = (*self._restrictors, *home)
        self._scope_text = "\n".join(self._scope_words)  # one `in` instead of one per word
        self._scope_held: dict[str, bool] = {}
        levels = {norm.normalize(k): norm.normalize(v) for k, v in kb.lexicon.levels.items()}
        # The word kinds a follow-up swaps (bot.core.followup).
        levels.update({v: v for v in levels.values()})
        corpus = Corpus("\n".join(dict.fromkeys(norm.normalize(f.sentence) for f in kb.facts)))
        self.vocabulary = Vocabulary(levels, tuple(self._places), tuple(self._time_words), tuple(self._qualifiers),
                                     corpus)
        self._positions = [f.sentence.find(f.figure) for f in kb.facts]
        self._clauses = [norm.normalize(clause_of(f)) for f in kb.facts]
        self._sentences = [norm.normalize(f.sentence) for f in kb.facts]
        self._keys = [tuple(norm.normalize(k) for k in f.keywords) for f in kb.facts]
        self._unquoted = [re.sub(r"[“”\"]", "", s) for s in self._sentences]  # 专精特新“小巨人”企业: one noun
        figures = (norm.normalize(f.figure) for f in kb.facts)
        self._figure_ends = [s.find(f) + len(f) if f in s else len(s)
                             for s, f in zip(self._sentences, figures, strict=True)]
        # In how many of the sources' clauses each two or three characters stand: a word said in
        # one only names one thing.
        self._clause_df = Counter(w for c in set(self._clauses)
                                  for w in {c[k:k + n] for n in (2, 3) for k in range(len(c) - n + 1)})
        self._clause_positions = [c.find(norm.normalize(f.figure))
                                  for c, f in zip(self._clauses, kb.facts, strict=True)]
        # The words right before each figure, without the adverbs of amount (已办结, 累计投入):
        # the verb whose object the figure is, when one stands there.
        self._done_before = [re.sub(r"(?:了|共|共计|累计|总计|达到|达)$", "", f.sentence[:at])
                             for f, at in zip(kb.facts, self._positions, strict=True)]
        # 突破9900公里, 近2万人, 1000多万人次: an amount said roughly.
        self._rounded = [bool(_ROUNDED.search(f.sentence[:at])) or "多" in f.figure
                         or "余" in f.figure for f, at in zip(kb.facts, self._positions, strict=True)]
        self._ids = {f.id: i for i, f in enumerate(kb.facts)}
        self._same_sentence: dict[str, list[int]] = defaultdict(list)  # the facts of each sentence
        for index, fact in enumerate(kb.facts):
            self._same_sentence[fact.sentence].append(index)
        self._roles = [fact_role(f) for f in kb.facts]
        self._targets = [is_target(f) for f in kb.facts]
        self._change_stated = [states_change(f) for f in kb.facts]
        latest: dict[str, str] = {}
        for fact, (_, year), target in zip(kb.facts, self._roles, self._targets, strict=True):
            if year and not target:
                latest[fact.source] = max(latest.get(fact.source, year), year)
        self._latest_reported = latest  # the last year each source gives a figure of
        # The years an article's changes run between (从2012年的…到2021年的…), if it says so.
        self._source_period = {sid: period for sid, source in kb.sources.items()
                               if (period := _period_of(source.text)) is not None}
        self._source_years = {sid: max((int(y) for y in YEAR.findall(source.text)), default=0)
                              for sid, source in kb.sources.items()}
        # (缴获各类毒品220吨 counts 缴获毒品: 各类 sorts nothing out.)
        self._counted = [_SORTS.sub("", norm.normalize(counted_span(f))) for f in kb.facts]
        self._other_counts_cache: dict[int, tuple[int, ...]] = {}  # filled as questions need them
        # Where a grade must be said: the figure's clause, or, in a clause of several figures (国家级
        # 示范站21个、省级示范站57个), its own key phrases and the words right around it.
        shared = Counter(self._clauses)
        # (After 分别 the words before the first figure name every item: only the key phrases tell.)
        self._graded = [
            clause if shared[clause] == 1 else keys + ("" if "分别" in clause else counted)
            for clause, keys, counted in zip(self._clauses, (norm.normalize("".join((*f.keywords, *f.aliases)))
                                                             for f in kb.facts), self._counted, strict=True)]
        # What narrows the thing counted: the words before the figure and the noun right after it
        # (全国劳模11人, 56.54万个班组), not where the people counted went (6.72万名补充到农村学校).
        self._modified = [norm.normalize(modified_span(f)) for f in kb.facts]
        # What each figure counts, in words: after 分别 the words before the first figure name every
        # item (存款余额和贷款余额分别达到3.5万亿元和3.4万亿元), so there its key phrases tell.
        self._count_words = [norm.normalize("".join(f.keywords)) if "分别" in clause else counted
                             for f, clause, counted in zip(kb.facts, self._clauses, self._counted, strict=True)]
        # (Not a place that frames a rank or comparison: 在全国的位次, 居全国第一, 高于全国平均水平.)
        self._modified_restrictors = [[w for w in self._restrictors if w in m and self._said_apart(w, m)
                                       and not re.search(f"(?:在|居|列|排|于){re.escape(w)}|{re.escape(w)}(?:的?位次|第"
                                                         f"|同期|平均|排名|的比重)", m)]
                                      for m in self._modified]
        # Level words as the sources write them (省级, 全国): one figure may cover two of them.
        level_words = sorted({w for w in self.vocabulary.levels if len(w) >= 2 and w in self.vocabulary.corpus},
                             key=len, reverse=True)
        self._written_levels = level_words
        alternation = "|".join(map(re.escape, level_words))
        self._joined_level = {w: re.compile(f"(?:{alternation})[和、及与]{re.escape(w)}|{re.escape(w)}[和、及与]"
                                            f"(?:{alternation})") for w in level_words}
        # Things listed together before 等 in the figure's clause (A、B和C等平台3800多个).
        self._listed = [_listed_items(norm.normalize(clause_of(f).split(f.figure)[0])) for f in kb.facts]
        # A field the figure's clause narrows it to (脱贫攻坚领域的省劳模40人): a question that does
        # not name it asks about the whole, and the fact yields like one of a narrower level.
        self._domains = [tuple(norm.normalize(m) for m in _domains_of(clause_of(f).split(f.figure)[0]))
                         for f in kb.facts]
        # A part of the figure before it (建成县级医院143家,其中三级医院32家): asked without naming
        # the part, the question is about the whole, and the part yields.
        self._parts = [tuple(norm.normalize(p) for p in _part_named(f)) for f in kb.facts]
        # A part said after its figure (其中15部作品获得国家级奖项): the words that tell it from the
        # whole (获得, 国家级, 奖项; not 作品, which the whole says too). One of them in the question
        # names the part.
        self._did = [norm.normalize(_did_part(f)) for f in kb.facts]
        self._acted_on = [(m.group(1) if (m := _ACTED_ON.search(f.sentence[:at])) else "")
                          for f, at in zip(kb.facts, self._positions, strict=True)]
        # 完成156处全国重点文物保护单位的保护修缮: what was done to the things counted (修缮, the
        # characters of it their name does not hold); '' when the figure counts them as they are.
        self._done_to = [_done_to(f.sentence[at + len(f.figure):]) for f, at in zip(kb.facts, self._positions,
                                                                                   strict=True)]
        self._telling_words: dict[str, frozenset[str]] = {}
        for fact, parts, at in zip(kb.facts, self._parts, self._positions, strict=True):
            for part in parts:
                whole = norm.normalize(fact.sentence[:fact.sentence.find("其中")])
                if fact.sentence.find(part, at) > at:
                    self._telling_words[part] = frozenset(
                        b for k in range(len(part) - 1) if (b := part[k:k + 2]) not in whole)
                else:
                    # 补助资金465亿元，其中中央资金318亿元: 中央 tells the part (资金 is the whole's).
                    # (发行债券 of 其中发行债券融资: 债券 alone names it too; not 级景 of 5A级景区.)
                    end = next((part[k:] for k in range(1, len(part) - 1) if part[k:] in whole), "")
                    prefix = part[:len(part) - len(end)]
                    if end and len(prefix) >= 2:
                        # (奥运会 of 其中奥运会金牌 after a list that names 奥运会 too: the whole word.)
                        telling = frozenset(b for k in range(len(prefix) - 1) if (b := prefix[k:k + 2]) not in whole)
                        self._telling_words[part] = telling or frozenset({prefix})
                    elif not end:
                        # 其中定点医疗机构2.1万家、定点零售药店1.1万家 of 定点医药机构: a part that shares
                        # no end with its whole is told by any word of its own (药店).
                        self._telling_words[part] = frozenset(
                            b for k in range(len(part) - 1) if (b := part[k:k + 2]) not in whole)
        for fact, did, at in zip(kb.facts, self._did, self._positions, strict=True):
            if did:
                before = norm.normalize(fact.sentence[:at])
                self._telling_words[did] = frozenset(
                    b for k in range(len(did) - 1) if (b := did[k:k + 2]) not in before)
        self._sentence_years = [tuple(sorted(set(YEAR.findall(norm.normalize(f.sentence))))) for f in kb.facts]
        # A qualifier (其中国家级, 女职工) must be said next to the figure, not anywhere in its sentence.
        self._near = [norm.normalize(clause_of(f) + "".join(f.keywords) + "".join(f.aliases)).replace(" ", "")
                      for f in kb.facts]
        self._is_year = [bool(YEAR_FIGURE.fullmatch(f.figure)) for f in kb.facts]
        # 普通高中56人以上大班额比例: a bound that names a kind (classes of more than 56), no count.
        # (90%以上的典型生态系统得到有效保护: a share of the systems, no bound naming a kind.)
        self._bound = [bool(_BOUND_OF_KIND.match(f.sentence, at + len(f.figure))) and f.unit not in ("%", "‰")
                       for f, at in zip(kb.facts, self._positions, strict=True)]
        # A key phrase may hold several words ("医疗互助 补助金"): all must be in the question,
        # in any order, so no bigram spans the space between them.
        self._fact_texts: list[tuple[list[tuple[str, ...]], list[tuple[str, float]]]] = []
        for fact in kb.facts:
            phrases = [tuple(w for w in map(norm.content, p.split()) if w) for p in (*fact.keywords, *fact.aliases)]
            extra = [(norm.content(clause_of(fact)), 1.0), (norm.content(fact.question), 1.0),
                     (norm.content(fact.topic), params.side_weight),
                     (norm.content(fact.sentence), params.side_weight)]
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
        self._pinyin: Index | None = None  # built or read on the first question that needs it
        self._pinyin_source: Callable[[], object] | None = None
        self._syllable_table: dict[str, str] | None = None  # pypinyin's, kept once prepared

    def _build(self, term_fn: Callable[[str], list[str]], by_sound: bool = False) -> Index:
        docs = []
        for phrases, extra in self._fact_texts:
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
        no_figure = any(w in normalized for w in self._not_figures) or (
            _HOW_TO.search(normalized) is not None and _QUANTITY_ASKED.search(normalized) is None)
        reverse = None if no_figure and _REASON.search(normalized) else self._reverse(question, text, normalized)
        if reverse is not None:
            return Explanation(question, text, reverse, reason="a figure asked in reverse")
        if no_figure:
            return Explanation(question, text, Match(question, False, (), 0.0, ()),
                               reason="asks for no figure (who, where, why, an attribute the sources never give)")
        asking, *wider = asking_parts(question)
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

    def _normalize(self, question: str) -> str:
        """The normal form of a question, its abbreviations of the sources' terms written out
        (segmenting it only when it holds one of them)."""
        normalized = with_metric(self.normalizer.normalize(question), self.vocabulary.corpus)
        table = self._abbreviations
        if any(normalized[i:i + n] in table for n in (2, 3) for i in range(len(normalized) - n + 1)):
            normalized = expand(normalized, table)
        if self._short_forms:
            normalized = self._shortened(normalized)
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
        by_sound_used = False
        # By sound only when the characters found no strong match: a typo (人材) leaves the words
        # unexplained; two strong candidates (技能人才, 高技能人才) are no typo (搞 is no 高).
        if not decisive(ranked, self.params) and (not ranked or ranked[0].score < self.params.threshold):
            by_sound = self._rank(self.pinyin_index(), set(pinyin_terms(text, self._syllable_table)), text, analysis,
                                  discount=self.params.pinyin_discount, min_key=self.params.pinyin_min_key)
            if decisive(by_sound, self.params) or (by_sound and (not ranked or by_sound[0].score > ranked[0].score)):
                ranked, by_sound_used = by_sound, True
        match, reason = self._decide(question, ranked, analysis)
        if not ranked and vetoed:
            reason = "every candidate was ruled out"
        # A figure of another kind is no near answer: only facts ruled out by scope are offered.
        scoped = [v for v in vetoed if not v[2].startswith(_OTHER_KIND)]
        if not match.answered and scoped and (not ranked or max(v[1] for v in scoped) > ranked[0].base):
            fact, _, why = max(scoped, key=lambda v: v[1])
            reason = f"{reason}; the closest fact, {fact.figure}, was ruled out: {why}"
            nearest = self._nearest(scoped, ranked, analysis)
            if nearest is not None:
                match = replace(match, nearest=nearest)
                reason += f"; offered for its scope ({'、'.join(nearest.missing)} not given)"
        return Explanation(question, text, match, analysis, ranked, reason, by_sound_used, tuple(vetoed))

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

    def _analyse(self, question: str, normalized: str, constraint_text: str) -> Analysis:
        analysis = analyse(question, normalized, constraint_text, self._places, self._time_words, self._qualifiers)
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
        measure = _MEASURE.search(constraint_text)
        if measure and measure.group() not in self.vocabulary.corpus and not self._amount_said(measure.group()):
            # 天然气年消费量有多少: a measure no source gives (消费量), of which no figure can tell.
            return replace(analysis, unsaid=measure.group())
        # Only a question with a term the index does not know can narrow a noun with a word no
        # source uses: the others are not segmented.
        asking = self.normalizer.strip_fillers(constraint_text)
        if any(t not in self._chars.idf for t in char_terms(asking) if t[0] not in "'#"):
            # Segmented with its particles (的, 了): without them words run together (建立项).
            modifiers = unknown_modifiers(constraint_text, self.vocabulary.corpus, self._restrictors)
            heads = unknown_heads(constraint_text, self.vocabulary.corpus, self._scope_words)
            # (Three characters or more: two-character ones are often another way to say a word of
            # the sources, 生病 for 患病; after a measure word, 几枚银牌, the focus still counts.)
            strangers = tuple(w for w, tag in tagged(constraint_text) if len(w) >= 3 and tag in ("n", "nz")
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
        sentence does not meet rules it out: each rule below names one."""
        for rule in (self._veto_kind, self._veto_place_or_year, self._veto_place_elsewhere, self._veto_time,
                     self._veto_restriction, self._veto_code, self._veto_given_figure, self._veto_negation,
                     self._veto_modifier, self._veto_target, self._veto_said_later, self._veto_words_elsewhere,
                     self._veto_unsaid, self._veto_counted_elsewhere, self._veto_focus_unsaid, self._veto_other_measure,
                     self._veto_known_sibling,
                     self._veto_year_unasked, self._veto_age_unasked,
                     self._veto_bound, self._veto_did_unasked, self._veto_done_to_unasked, self._veto_change_unasked,
                     self._veto_thing_unsaid, self._veto_head_unsaid, self._veto_whole_for_those_who,
                     self._veto_other_bound, self._veto_acted_on_unasked, self._veto_other_item,
                     self._veto_other_measured, self._veto_one_of_many, self._veto_edition,
                     self._veto_doing_elsewhere, self._veto_other_count_measure):
            reason = rule(i, analysis)
            if reason:
                return reason
        return ""

    def _veto_kind(self, i: int, analysis: Analysis) -> str:
        # A figure of another kind than the one asked (a count for 胜诉率, a date for 多少人) is
        # no answer however well its words match: a wrong figure is worse than none.
        fact = self.kb.facts[i]
        if fact.unit in ("%", "‰") and analysis.asked != "%" and _TOTAL_ASKED.search(analysis.text):
            return f"{_OTHER_KIND}a total, the figure is a share"  # 民生支出一共多少: not 70%
        if self._unit_fit(i, analysis) == OTHER_KIND or (
                analysis.counts_things and UNIT_FAMILY.get(fact.unit) == "people"):
            return f"{_OTHER_KIND}{analysis.asked}, the figure is in {fact.unit}"
        return ""

    def _unit_fit(self, i: int, analysis: Analysis) -> float:
        """unit_agreement of the unit asked and fact i's."""
        fact = self.kb.facts[i]
        if fact.unit == "倍" and analysis.change and self._change_stated[i]:
            return 0.0  # 比2015年增长了多少, 比2015年增长4倍: the change asked, stated as a multiple
        if fact.unit == "倍" and analysis.asked is None and not _ASKS_TIMES.search(analysis.text):
            return OTHER_KIND  # 光缆线路 asks for the length, not how many times it grew
        if fact.unit == "数" and analysis.asked in COUNTING_UNITS and isinstance(fact.value, float) \
                and not fact.value.is_integer():
            return OTHER_KIND  # 死亡率由0.185下降到0.024: a fraction counts no people
        if fact.figure.startswith("第") and analysis.asked not in (None, "位", "名"):
            return OTHER_KIND  # 均居全国第一: a rank, no answer to 核桃产量是多少
        return unit_agreement(analysis.asked, fact.unit, self._is_year[i], self.params)

    def _veto_place_or_year(self, i: int, analysis: Analysis) -> str:
        # A place must be said in the figure's own clause (越南 in another clause of the sentence
        # is another matter); a year anywhere in the sentence will do (从2012年的…到2021年的…).
        missing = [w for w in analysis.places if w not in self._near[i]]
        missing += [w for w in analysis.years if not self._year_fits(i, w)
                    and not (w in analysis.as_of and self._reported_then(i, w))]
        return "the question names " + "、".join(missing) if missing else ""

    def _year_fits(self, i: int, year: str) -> bool:
        """The figure can be the one of `year`: the sentence says the year and does not tie it to
        another of its figures (2012年的24.3% says nothing of 在校学生1000万人 beside it); or the
        figure is one side of a change said without a year of its own, in an article whose changes
        run from one year to another (从2012年…到2021年): the sides are its first and last year."""
        fact = self.kb.facts[i]
        if year in self._contexts[i] and self._is_year[i]:
            return True  # a year asked about with the other year of its change: 从哪一年的A到2021年的B
        head = fact.sentence[:max(self._positions[i], 0)]
        if _CUMULATIVE.search(head) and year not in head:
            return False  # 十年来…共破获刑事案件42.8万起: a total of the years, none of them alone
        role, own_year = self._roles[i]
        start, end = self._source_period.get(fact.source, ("", ""))
        if role and not own_year and year == (start if role == "before" else end):
            # 从2012年的5386所增加到2021年的12438所,毛入园率从48.95%提高到90.23%: a change said
            # without years runs over the article's period like the one before it.
            return True
        if (year in fact.sentence and fact.unit != "倍" and not self._change_stated[i]
                and all(re.match(r"[比较]|是|同|与", fact.sentence[max(0, m.start() - 1):m.start()])
                        for m in re.finditer(f"{year}年", fact.sentence))):
            # 2021年…人均纯收入达到12543元，比2020年增长14.5%: a year compared with dates the change
            # (14.5%), not the level, which is of another year.
            return False
        if self._change_stated[i] and _FROM_YEAR.search(fact.sentence[:max(self._positions[i], 0)]) \
                and f"{year}年" in fact.sentence:
            return True  # 由2012年的158万户增长到…417万户，增长了1.6倍: the change since 2012
        if re.search(f"{re.escape(fact.figure)}[，,]?(?:比|较){int(year) - 1}年", fact.sentence):
            return True  # 达到12543元，比2020年增长14.5%: the figure is of the year after the one compared
        whole = self._whole_said_before(i)
        if whole is not None and self._year_fits(whole, year):
            return True  # 2021年的3144亿元…其中出口1416亿元: a part is of its whole's year
        if year in self._contexts[i]:
            tied = [j for j in self._same_sentence[fact.sentence] if j != i and re.search(
                f"{year}年{_YEAR_TIE}{re.escape(self.kb.facts[j].figure)}", fact.sentence)]
            # 分别是2012年的1.9倍和2.8倍: the year is said of the whole list.
            own = f"{year}年{_YEAR_TIE}(?:[^，,；;。]{{0,12}}[和、及与])?{re.escape(fact.figure)}"
            return not tied or bool(re.search(own, fact.sentence))
        return False

    def _veto_place_elsewhere(self, i: int, analysis: Analysis) -> str:
        sentence = self.kb.facts[i].sentence
        timed = self.kb.facts[i].unit in ("年", "月", "天", "日期")  # 十年来…: the whole sentence is its event
        elsewhere = [p for p in analysis.places if not timed and p not in self._counted[i]
                     and not any(p in k for k in self._keys[i])  # (经济总量在全国的位次: its own words)
                     and any(p in self._counted[j] for j in self._other_counts(i)
                             if not self._is_year[j] and not self._shares_subject(i, j, p))]  # (a year counts nothing)
        if elsewhere:
            return f"{elsewhere[0]} is said next to another figure of the sentence"
        listed = [p for p in analysis.places if one_of_listed(p, sentence, analysis)]
        if listed:
            return f"the figure is for {listed[0]} and other places together"
        # 全国和省级职工书屋1300多个: one figure for two levels; asked of one of them alone, it is no answer.
        levels = [w for w in self._written_levels if w in analysis.text]
        joined = [w for w in levels if self._levels_together(i, w)
                  and not any(other in analysis.text for other in self._written_levels if other != w
                              and other in self._contexts[i])]
        return f"the figure is for {joined[0]} and another level together" if joined else ""

    def _veto_one_of_many(self, i: int, analysis: Analysis) -> str:
        # 在奥运会、世锦赛、亚运会等国际大赛上共获得金牌42枚, asked 世锦赛金牌有多少: the figure
        # counts what all the examples together yielded; what one of them did alone (the thing
        # counted right after its name) the sentence does not say. (Not 走访慰问职工、困难职工等
        # 317.8万人次 asked of 职工: the listed ones are what it counts.)
        fact = self.kb.facts[i]
        clause = clause_of(fact)
        items, after = listed_examples(clause[:clause.find(fact.figure)])
        if not items or not after:
            return ""
        after = self.normalizer.normalize(after)
        named = [self.normalizer.normalize(item) for item in items]
        said = [item for item in named if item in analysis.text]
        if len(said) != 1:
            return ""
        at = analysis.text.find(said[0]) + len(said[0])
        counted = analysis.text[at:at + 2]
        if len(counted) < 2 or counted not in after or after.startswith(counted):
            return ""  # (接待新加坡等工会来访: 新加坡工会 names the whole again)
        return f"the question asks of {said[0]} alone; the figure is of {'、'.join(items)}等 together"

    def _other_counts(self, i: int) -> tuple[int, ...]:
        """The other figures of i's sentence that count something else: not side by side with it
        (来访36批718人次) nor the other side of its change. Fixed by the knowledge, asked by several
        rules for each candidate: worked out once per fact."""
        if i not in self._other_counts_cache:
            self._other_counts_cache[i] = tuple(
                j for j in self._same_sentence[self.kb.facts[i].sentence]
                if j != i and not self._adjacent(i, j) and not self._one_change(i, j))
        return self._other_counts_cache[i]

    def _said_apart(self, word: str, text: str) -> bool:
        """Whether `text` says `word` other than as the end of a home word and what follows it:
        全省外贸 holds 省外 but says no 省外."""
        inside = {k for m in self._home.finditer(text) for k in range(m.start() + 1, m.end())} \
            if self._home is not None else set()
        return any(m.start() not in inside for m in re.finditer(re.escape(word), text))

    def _others_counted(self, i: int) -> str:
        """What the other figures of i's sentence count (see _other_counts), one per line."""
        return "\n".join(self._counted[j] for j in self._other_counts(i))

    def _shares_subject(self, i: int, j: int, place: str) -> bool:
        """昆明市轨道交通运营线路达到5条、里程165公里: the place opens the clause both figures are in
        and this figure's own words name no place or level of their own (as 省劳模 of 全国劳模11人、
        省劳模… does): both figures are said of it."""
        clause = self._clauses[i]
        opens = clause.find(place)
        return (clause == self._clauses[j] and 0 <= opens < min(self._clause_positions[i], self._clause_positions[j])
                and not any(r in self._counted[i] for r in self._restrictors))

    @staticmethod
    def _word_at(text: str, k: int) -> str:
        """The word of `text` that holds its k-th character."""
        starts = edges(text)
        begin = max(s for s in starts if s <= k)
        return text[begin:next(s for s in starts if s > k)]

    def _veto_counted_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 建成国家级农业科技园区8个，培育省级星创天地125家, asked 省级农业科技园区有几个: what the
        # question counts is what another figure of the sentence counts, not this one.
        if not analysis.counted:
            return ""
        others = self._others_counted(i)
        near = _SORTS.sub("", self._near[i])  # 缴获各类毒品 says 缴获毒品
        for words in analysis.counted:
            starts = edges(words)
            for k in range(len(words) - 1):
                noun = words[k:]
                if noun in near or noun in self._scope_text:
                    break
                if k not in starts and self._word_at(words, k) in near:
                    continue  # (运会金牌 of 全运会金牌, said by 在全运会上获得金牌: a piece of 奥运会金牌 too)
                if _said_apart(others, noun):
                    return f"the question counts {noun}, which the sentence says of another figure"
        return ""

    def _veto_known_sibling(self, i: int, analysis: Analysis) -> str:
        # 城乡居民医保人均财政补助标准…580元, asked 职工医保人均财政补助: the sources say both 职工医保
        # and 居民医保; the question names the one this figure's words do not.
        text, near, corpus = analysis.text, self._near[i], self.vocabulary.corpus
        for k in _twoedges(text):
            noun, asked = text[k + 2:k + 4], text[k:k + 4]
            if noun not in near or asked in self._sentences[i] or asked not in corpus or self._holds_scope(asked[:2]):
                continue
            for at in _twoedges(near):
                written = near[at:at + 4]
                if (written[2:] == noun and written[:2] != asked[:2] and written in corpus and written not in text
                        and not self._holds_scope(written[:2])):
                    return f"the question asks about {asked}, which the sources tell apart from {written}"
        return self._sibling_in_sentence(i, text)

    def _sibling_in_sentence(self, i: int, text: str) -> str:
        # 在奥运会、亚运会、世界杯等国际赛事上共获得金牌30枚，其中奥运会金牌2枚, asked 亚运会金牌: a
        # word of the sentence names the noun's kind, and this figure's words name another kind of it.
        # (The kind is a noun said next to another figure of the sentence, not this one's clause;
        # the noun asked is the last of its run: 技能 of 职工技能大赛 is no thing asked.)
        sentence, near, clause = self._sentences[i], self._near[i], self._clauses[i]
        words = (*tagged(text), ("", ""))
        for (modifier, kind), (noun, tag), (_, after) in zip(words, words[1:], words[2:], strict=False):
            if (len(modifier) < 2 or len(noun) < 2 or kind not in _NOUN_TAGS or kind == "vn" or tag not in _NOUN_TAGS
                    or after in _NOUN_TAGS or noun not in near or modifier in clause
                    or modifier + noun in sentence or modifier not in self._others_clauses(i)
                    or self._holds_scope(modifier)):
                continue
            written = self._noun_before(near, near.find(noun))  # (启动下基层: a verb's object, no kind)
            if written and written not in text:
                return f"the question asks about {modifier}{noun}; this figure is of {written}{noun}"
        return ""

    def _veto_other_measure(self, i: int, analysis: Analysis) -> str:
        # 绿色铝产能达到610万吨, asked 绿色铝产量: the thing the figure's words say, measured another way.
        for asked in _MEASURE.finditer(analysis.text):
            thing = analysis.text[max(0, asked.start() - 2):asked.start()]
            if len(thing) < 2 or thing + asked.group() in self._near[i]:
                continue
            written = next((m.group() for m in _MEASURE.finditer(self._near[i]) if self._near[i].endswith(
                thing, 0, m.start())), "")
            if written and not (written in asked.group() or asked.group() in written):
                return f"the question asks the {asked.group()} of {thing}; the figure is its {written}"
        return ""

    def _veto_focus_unsaid(self, i: int, analysis: Analysis) -> str:
        # 在东京残奥会上获得金牌4枚, asked 拿了几枚银牌; 建成充电站1650座, asked 核电站有几座: a noun of
        # the question that no source says ends as the noun next to this figure does, and begins
        # otherwise: another thing of its kind.
        focus = analysis.focus
        nouns = [*analysis.strangers, *((focus,) if focus and focus not in self.vocabulary.corpus
                                        and focus not in analysis.strangers and _one_noun(focus) else ())]
        for noun in nouns:  # (多少个县通了高速: 县通 is no word)
            end = noun[-2:] if len(noun) >= 3 else noun[-1:]
            first = noun[-len(end) - 1]
            written = next((m.group() for m in re.finditer(f"[\u4e00-\u9fff]{re.escape(end)}", self._counted[i])
                            if m.group()[0] != first and _one_noun(m.group())), "")
            if written and not same_kind(written[:1], first):
                return f"the question counts {noun}, which no source says; the figure counts {written}"
        return ""

    def _veto_age_unasked(self, i: int, analysis: Analysis) -> str:
        # 80岁以上老年人高龄津贴: an age says who is counted; it answers only a question about age.
        # (A typo of 寿命 may hide that one is asked: only a question that gives an age of its own
        # or counts people or things is surely about no age.)
        if (self.kb.facts[i].unit == "岁" and not _ASKS_AGE.search(analysis.text)
                and (re.search(r"\d岁", analysis.text) or analysis.asked in COUNTING_UNITS)):
            return "asks no age; the figure is one"
        return ""

    def _veto_change_unasked(self, i: int, analysis: Analysis) -> str:
        # 全省境内外上市公司达到54家，比2012年增加20家, asked 上市公司: the change answers only a
        # question about a change.
        if self._change_stated[i] and not analysis.change and not _CHANGE_WORD.search(analysis.text) \
                and self.kb.facts[i].unit != "倍":
            return "the figure is a change, and the question asks none"
        return ""

    def _veto_other_bound(self, i: int, analysis: Analysis) -> str:
        # 6级以上地震 asked, 成功应对5级以上地震36次 written: the figure counts above another bound.
        for number, unit, side in _BOUND_ASKED.findall(analysis.text):
            written = re.findall(f"(\\d+(?:\\.\\d+)?){re.escape(unit)}及?{side}", self._sentences[i])
            if written and number not in written:
                return f"the question asks above or below {number}{unit}; the sentence gives {written[0]}{unit}"
        return ""

    def _veto_bound(self, i: int, analysis: Analysis) -> str:
        # 56人以上大班额: the figure tells which classes are counted; it answers a question about
        # that bound (大班额是多少人以上), not one that counts people.
        if self._bound[i] and not _ASKS_BOUND.search(analysis.text):
            return "the figure is a bound that names a kind (…以上…), and the question asks no bound"
        return ""

    def _duration_keyed(self, i: int, text: str) -> bool:
        """A span of time that is what its clause measures (强对流天气预警提前量达到45分钟, the figure
        ending its clause), asked by its key phrase: no frame of the sentence (十年来…)."""
        fact = self.kb.facts[i]
        after = fact.sentence[self._positions[i] + len(fact.figure):][:1]
        return after in ("，", "。", "；", ",", ";", "") and self._keyed(i, text)

    def _veto_acted_on_unasked(self, i: int, analysis: Analysis) -> str:
        # 帮助11.2万名退役军人实现就业创业, asked 全省有多少退役军人: the figure counts the people
        # something was done for, not all there are; a question that names no such doing asks
        # how many there are.
        acted = self._acted_on[i]
        people = UNIT_FAMILY.get(self.kb.facts[i].unit) == "people"
        if (acted and people and analysis.asked in ("人", "名", "位", "多少")
                and _asks_how_many_there_are(analysis.text) and not any(ch in analysis.text for ch in acted)):
            return f"the figure counts people {acted} was done for; the question asks how many there are"
        return ""

    def _veto_thing_unsaid(self, i: int, analysis: Analysis) -> str:
        # 开展考古发掘项目480余项, asked 考古发掘出土了多少文物: the thing counted, named last, is a
        # noun the sources use, and this figure's sentence never says it.
        last = _COUNTED_LAST.search(analysis.text)
        # (Nor when the sentence says a character of it: 粮油加工企业 of 加工多少粮食, a word alike.)
        if last is None or any(ch in self._sentences[i] or ch in self._near[i] for ch in last.group(1)):
            return ""
        noun = last.group(1)
        if (noun in self.vocabulary.corpus and _one_noun(noun) and not self._holds_scope(noun)
                and noun not in _KINDS_ASKED):
            return f"the question counts {noun}, which this figure's sentence never says"
        return ""

    def _veto_head_unsaid(self, i: int, analysis: Analysis) -> str:
        # 16个州（市）中有12个通动车, under 高铁运营里程1212公里; asked 高铁站有多少个: the thing whose
        # number is asked ends in a character the sentence never says (站), nor one that sounds
        # alike (a typo: 人材 for 人才), while its words before say what the sentence is about (高铁).
        words = analysis.number_of
        noun = "".join(words)
        noun = self._home.sub("", noun) if self._home is not None else noun
        # The last word (站; 队伍, of which 团队 says 队, is a paraphrase, no other thing).
        head, sentence = (words[-1] if words else ""), self._sentences[i]
        if (len(noun) < 3 or len(head) >= len(noun) or noun in self.vocabulary.corpus
                or any(ch in sentence or ch in self._near[i] or self._sounds(ch) in self._sounds(sentence)
                       for ch in head)):
            return ""
        said = next((run for run in _pairs(noun[:-len(head)]) if run in sentence), "")
        return f"the question counts {noun}; the sentence says {said}, never {head}" if said else ""

    def _veto_whole_for_those_who(self, i: int, analysis: Analysis) -> str:
        # “西部计划”志愿者累计派遣1.6万名，其中服务期满后留滇就业的达7200多人, asked 留在云南工作的有
        # 多少: those who did something (…的有多少) are a part; a whole the sentence breaks into
        # parts (其中…) answers only if its own clause says what they did.
        those = _THOSE_ASKED.search(analysis.text)
        fact = self.kb.facts[i]
        after = fact.sentence[self._positions[i] + len(fact.figure):]
        if those is None or not re.match(r"[，,；;]?其中", after) or self._parts[i]:
            return ""  # (its parts right after it: 1.6万名，其中…7200多人)
        clause = self._clauses[i]
        # (What they did ends the words before 的: 留在云南工作 of 志愿者留在云南工作.)
        said = [b for b in _pairs(those.group(1)[-4:]) if not self._holds_scope(b)]
        if said and not any(b in clause for b in said):
            return f"the question asks about those who {those.group(1)}; the figure is of them all"
        return ""

    def _veto_done_to_unasked(self, i: int, analysis: Analysis) -> str:
        # 完成156处全国重点文物保护单位的保护修缮, asked 全国重点文物保护单位有多少处: the figure counts
        # those restored, not all there are.
        done = self._done_to[i]
        return f"the figure counts those that had {done} done; the question does not ask so" \
            if done and not any(ch in analysis.text for ch in done) else ""

    def _veto_did_unasked(self, i: int, analysis: Analysis) -> str:
        # 3200多个基层工会建立女职工休息哺乳室, asked 基层工会有多少个: the figure counts only those
        # that built one; a question that says nothing of it asks about them all.
        did = self._did[i]
        return f"the figure counts those that {did}; the question does not ask so" \
            if did and not (self._part_asked(did, analysis, "") or mentions(analysis.text, did)) else ""

    def _veto_doing_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 扶持创业62万人，带动就业165万人, asked 帮助了多少人创业: what the people asked did is
        # said next to another figure of the sentence, and not next to this one.
        doing = analysis.doing
        if not doing or doing in self._clauses[i] or not _said_apart(self._others_clauses(i), doing):
            return ""
        return f"the question counts people who {doing}, which another figure of the sentence counts"

    def _veto_other_count_measure(self, i: int, analysis: Analysis) -> str:
        # 道路交通事故死亡人数下降了38%, asked 交通事故发生起数下降了多少: one thing counted two
        # ways (how many died, how many happened); a count by the other is no answer.
        asked = _COUNTED_BY.findall(analysis.text)
        written = _COUNTED_BY.findall(self._clauses[i])
        if asked and written and not set(asked) & set(written):
            return f"the question counts {asked[0]}, the figure {written[0]}"
        return ""

    def _veto_year_unasked(self, i: int, analysis: Analysis) -> str:
        # "中老铁路 旅客", "滇中引水": words with no question word ask what the sources count, not
        # the year something began; a year answers only a question about when.
        if self._is_year[i] and analysis.asked is None and not analysis.event and not _ASKS_WHEN.search(analysis.text):
            return "asks no time; the figure is a year"  # (a kind veto: never offered as nearest)
        # 舞台艺术作品 of 十年来全省共创作舞台艺术作品900余部: nor how long, which 十年来 tells.
        # (十年来…累计实际利用外资120亿美元, asked 对外投资投了多少: a quantity, not a duration, unless
        # the question says time: 开办企业时间压缩到了多少.)
        if (self.kb.facts[i].unit in _DURATIONS and analysis.asked in (None, "多少") and not analysis.event
                and not _ASKS_HOW_LONG.search(analysis.text) and not self._duration_keyed(i, analysis.text)):
            return "asks no time; the figure is how long"
        return ""

    def _veto_unsaid(self, i: int, analysis: Analysis) -> str:
        return f"the question asks about {analysis.unsaid}, which no source says" if analysis.unsaid else ""

    def _veto_said_later(self, i: int, analysis: Analysis) -> str:
        if (self._is_year[i] or self.kb.facts[i].unit == "日期") and analysis.asked in ("年", "日期"):
            return ""  # 从2021年开始，对…给予补助: asked when, the words after a year tell its event
        later = self._said_later(i, analysis.text)
        return f"{later} is said after this figure, of another" if later else ""

    def _veto_words_elsewhere(self, i: int, analysis: Analysis) -> str:
        # 累计关停淘汰燃煤小锅炉3600余台，完成1.4万个行政村环境整治, asked 关停了多少家燃煤电厂: the
        # question's rare words are all in the other figure's clause and none in this one's, so it
        # is about the other (here ruled out by its unit), not this one. Not when the question asks
        # this figure's own unit (水利投资翻了几倍 of …3100亿元，是前十年的5.2倍; 生态环保项目投了多少钱
        # of 实施生态环境保护项目1.2万个，投入资金约1100亿元: the words name what both clauses are of).
        if analysis.asked == self.kb.facts[i].unit or self._unit_fit(i, analysis) > 0:
            return ""
        text, own = analysis.text, self._near[i]
        bigrams = _pairs(text)
        if any(b in own and b not in self._scope_text for b in bigrams):
            return ""
        others = self._others_clauses(i)
        elsewhere = next((b for b in bigrams if self._clause_df.get(b, 0) <= 2 and b in others
                          and b not in self._scope_text), "")
        return f"the question's {elsewhere} is said of another figure, none of its words of this one" \
            if elsewhere else ""

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
        while cut > 0 and words[cut - 1][1] in _NOUN_TAGS:
            cut -= 1
        return tuple(w for w, _ in words[cut:]) if cut < len(words) and words[-1][1] in _NOUN_TAGS | {"v"} else ()

    def _veto_other_measured(self, i: int, analysis: Analysis) -> str:
        # 电子运单使用率达到99%，可循环中转袋使用率达到95%, asked 纸质运单使用率: figures of one
        # sentence measured alike (…使用率) are told apart by the words before the measure; a word
        # of another's (运单), none of this one's, names that other thing.
        counted = _LINK_VERB.sub("", self._counted[i])
        measure = next((counted[k:] for k in range(max(0, len(counted) - 3), len(counted) - 1)
                        if counted[k:] in analysis.text and _RATE_END.search(counted[k:])), "")
        if not measure:
            return ""
        before = analysis.text[:analysis.text.find(measure)]
        mine = self._clauses[i]
        for j in self._other_counts(i):
            theirs = _LINK_VERB.sub("", self._counted[j])
            if self._clauses[j] == mine or not theirs.endswith(measure):
                continue
            word = next((b for b in _pairs(before) if b in theirs and b not in mine), "")
            if word and not any(b in mine for b in _pairs(before) if b not in self._scope_text):
                return f"the question's {word} names what another figure of its sentence measures ({theirs})"
        return ""

    def _veto_other_item(self, i: int, analysis: Analysis) -> str:
        # 职工医保和居民医保住院费用报销比例分别达到85%和70%, asked 居民医保住院报销比例: items of one
        # clause, keyed alike but for their names, are told apart by their key phrases only; a word
        # of the other's name, and none of this one's, names the other.
        mine = self._keys[i]
        if not mine or "分别" not in self._clauses[i]:
            return ""  # (items of a 分别 clause only: elsewhere the draft's key phrases may be rough)
        text = analysis.text
        for j in self._same_sentence[self.kb.facts[i].sentence]:
            if j == i or self._clauses[j] != self._clauses[i] or not self._keys[j]:
                continue
            theirs = self._keys[j][0]
            if len(theirs) < 6 or theirs[-4:] != mine[0][-4:]:
                continue  # not two items of one list (…报销比例 and …报销比例): no names to tell apart
            own = [b for b in _pairs(mine[0]) if b not in theirs]  # (a level too: 省级运动员 of 国家级运动员)
            # (城镇 and 农村 of 城镇和农村居民人均可支配收入: words of place are names here too.)
            their = next((b for b in _pairs(theirs) if b in text and not any(b in k for k in mine)), "")
            if their and not any(b in text for b in own):
                return f"the question's {their} names {theirs}, another figure of its clause"
        return ""

    def _inside_other_count(self, i: int, word: str) -> bool:
        """Whether another figure of i's sentence counts a thing with `word` inside its name, and
        the sentence does not open with it (中老铁路…累计发送旅客…，其中跨境货物: all its figures'
        subject)."""
        first = min(self._positions[j] for j in self._same_sentence[self.kb.facts[i].sentence])
        # (Not a year's words: 2018年以来 counts nothing.)
        return (self.kb.facts[i].sentence.find(word) > first
                and any(word in self._counted[j] for j in self._other_counts(i)
                        if not self._is_year[j] and self.kb.facts[j].unit != "日期" and not self._whole_of(j, i)))

    def _whole_of(self, j: int, i: int) -> bool:
        """Whether figure j is the whole that figure i is a part of: 接收安置退役士兵5.4万名，其中安排
        工作2.7万名 (what j counts, i counts some of)."""
        sentence = self.kb.facts[i].sentence
        start, end = self._positions[j] + len(self.kb.facts[j].figure), self._positions[i]
        between = sentence[start:end] if 0 <= start <= end else ""
        return between.startswith(("，其中", ",其中", "；其中", "其中")) and not re.search(r"\d", between)

    def _others_clauses(self, i: int) -> str:
        """The clauses of the other figures of i's sentence that count something else, one per line."""
        return "\n".join(self._clauses[j] for j in self._other_counts(i) if self._clauses[j] != self._clauses[i])

    def _veto_target(self, i: int, analysis: Analysis) -> str:
        # 到2025年…将达到1.5万公里: a plan answers a question about it (its year, 目标, 要达到),
        # never one about what is.
        if self._targets[i] and not analysis.plans and not any(y in self.kb.facts[i].sentence for y in analysis.years):
            return "the figure is a target, and the question asks what is"
        return ""

    def _veto_negation(self, i: int, analysis: Analysis) -> str:
        # 有多少个县没通高速: the figure of those that did is no answer; one said with a negation
        # (尚未脱贫的…) may be.
        if analysis.negated and not NEGATION.search(self._near[i]):
            return "the question asks about what did not happen; the figure counts what did"
        return ""

    def _veto_time(self, i: int, analysis: Analysis) -> str:
        context = self._contexts[i]
        if (analysis.event and analysis.event not in context and analysis.event not in _ANY_EVENT
                and not (analysis.event in _REACHING and _REACHED.search(context))
                and (self._is_year[i] or self.kb.facts[i].unit == "日期")):
            # 哪一年成立的: a year answers when something happened only if its sentence tells that.
            return f"the question asks when it was {analysis.event}; the sentence does not say so"
        role, own_year = self._roles[i]
        if analysis.when == "before" and not role and not own_year and not before_words(context):
            return "the question asks about an earlier time; the sentence gives only the present figure"
        if analysis.superlative and "最" not in context:
            return f"the question asks for the {analysis.superlative}; the sentence gives no extreme"
        if analysis.single_year and "以来" in context:
            return "the question asks about one year, the figure is a total since then"
        # 一年 (鲜切花一年产量): a quantity that is yearly by nature answers, said so or not; a total
        # of years, or a count of what stands (驿站), does not.
        said_yearly = any(e in context for e in _PER_YEAR) or bool(_YEARLY_MEASURE.search(self._clauses[i]))
        by_nature = bool(_ANNUAL.search(self._clauses[i])) and not _CUMULATIVE.search(self._clauses[i])
        monthly = _MONTHLY.search(self._clauses[i]) is not None  # (养老金月人均水平 is said per month)
        # 去年 (of an article reporting 2012 to 2021, read a year later): a figure dated the last
        # year of the article's period, or the later side of its change; no stock or total.
        end = self._source_period.get(self.kb.facts[i].source, ("", ""))[1]
        latest = bool(end) and (own_year == end or (role == "after" and not own_year))
        if not analysis.years and any(w not in context and not (w in _PER_YEAR and said_yearly)
                                      and not (w == "1年" and by_nature) and not (w in _PER_MONTH and monthly)
                                      and not (w in _LATEST and latest)
                                      for w in analysis.times):
            return "the question names a period the sentence does not"
        return ""

    def _veto_edition(self, i: int, analysis: Analysis) -> str:
        # 第十四届全国运动会上获得12枚金牌, asked 十三运 (第十三届) 拿了几枚金牌: one edition of an
        # event is asked; a figure of another edition, or of all of them, is no answer.
        asked = {_ordinal(n) for n in _EDITION.findall(analysis.text)} - {None}
        if not asked:
            return ""
        said = {_ordinal(n) for n in _EDITION.findall(self._sentences[i])}
        if asked & said:
            return ""
        return f"the question asks of edition {min(v for v in asked if v is not None)}, which the sentence does not say"

    def _veto_restriction(self, i: int, analysis: Analysis) -> str:
        if _PER_POPULATION.search(self._clauses[i]) and not _PER_POPULATION_ASKED.search(analysis.text):
            # 每万人口发明专利拥有量2.6件 is a density, no answer to how many there are.
            return "the figure is per so many people; the question does not ask so"
        before = self._clauses[i][:max(self._clause_positions[i], 0)]
        if _PER_EACH.search(before) and "每" not in analysis.text:
            # 实现每个州（市）至少有1家三级医院: the figure is for each of them, no total.
            return "the figure is for each one of many; the question does not ask so"
        # (进出口 names imports and exports together: it says neither 出口 nor 进口 alone.)
        lacking = [q for q in analysis.qualifiers if not _says_group(self._contexts[i].replace("进出口", ""), q)]
        # A grade (二级医院) is said next to the figure it grades, not anywhere in its sentence
        # (县级医院全部达到二级以上水平，…有110个县级综合医院…).
        lacking += [q for q in analysis.qualifiers
                    if q not in lacking and GRADE_WORD.fullmatch(q) and q not in self._graded[i]]
        # 国家级…213个、省级…527个: the level asked is said next to another figure of the list,
        # and next to this one stands another level.
        # (占城镇单位从业人员的43.2%: the words after 占 name the whole a share is of, not what it counts.)
        counted = _SHARE_OF.sub("", self._counted[i])
        # (Nor when the word it names is asked too and the clause says this one: 乡村振兴示范县20个、
        # 示范乡镇100个, asked 乡村振兴示范乡镇.)
        lacking += [q for q in analysis.qualifiers if not _says_group(counted, q) and q not in lacking
                    and any(other in counted for other in self._qualifiers
                            if other not in q and q not in other and other not in PER_HEAD
                            and not (other in analysis.qualifiers and q in self._clauses[i]))]
        # (省级 asked, 获评全国双拥模范城的有3个 written: another level stands next to this figure.)
        levels = self.vocabulary.levels
        lacking += [q for q in analysis.qualifiers if q in levels and q not in counted and q not in lacking
                    and any(w in counted for w in self._written_levels if levels.get(w) not in (levels[q], "各级")
                            and w not in q and q not in w)]
        lacking += [q for q in analysis.parts if not (mentions(self._near[i], q) or _says_group(self._near[i], q))]
        # 营业网点1.3万处,其中农村地区网点7800多处, asked 农村营业网点: the sub-group names a part
        # after 其中, another figure; the whole is of every kind.
        lacking += [q for q in analysis.qualifiers if q not in lacking and not _says_group(self._counted[i], q)
                    and not self._parts[i] and any(q in part for j in self._same_sentence[self.kb.facts[i].sentence]
                                                   if j != i for part in self._parts[j])]
        if lacking:
            return "the question restricts to " + "、".join(lacking)
        # 劳模、工匠、职工创新工作室和技师工作站等创新平台3800多个: one figure for all the items;
        # a question that names one of them alone is no question about all of them.
        items = self._listed[i]
        # An item is named by itself or by its head noun (民宿 of 高端民宿).
        named = [item for item in items if mentions(analysis.text, item)
                 or (len(item) >= 4 and item[-2:] in analysis.text)]
        if len(named) == 1 and len(items) >= 2 and not _CATEGORY.search(analysis.text):
            return f"the figure is for {named[0]} and other things together"
        return ""

    def _veto_modifier(self, i: int, analysis: Analysis) -> str:
        reason = self._veto_own_modifier(i, analysis)
        whole = self._whole_said_before(i) if not reason else None
        if whole is not None and not self._part_named(i, analysis.text):
            # 货物贸易进出口总额3144亿元…其中出口1416亿元, asked 服务贸易进出口总额: a part is of the
            # kind its whole is.
            reason = self._veto_own_modifier(whole, analysis, inherited=True)
        return reason

    def _kind_before(self, i: int, noun: str) -> str:
        """The noun right before `noun`, which ends what fact i counts, and sorts it (毒品 of 破获毒品
        刑事案件), or ''."""
        counted = self._counted[i]
        if len(noun) < 2 or not counted.endswith(noun):
            return ""  # (the noun counted ends what the figure counts: not 创新 of 职工创新工作室)
        return self._noun_before(counted, len(counted) - len(noun))

    def _noun_before(self, text: str, at: int) -> str:
        """The noun of two or more characters that ends at `at` in `text` (no verb's noun, no
        place or level), or ''."""
        if at < 2:
            return ""
        word, tag = tagged(text[:at])[-1]
        return word if len(word) >= 2 and tag in _NOUN_TAGS and tag != "vn" and not self._holds_scope(word) else ""

    def _part_named(self, i: int, text: str) -> bool:
        """The question names what part i counts as words of its own (高技能人才 of 云南高技能人才;
        not 出口 inside 进出口总额)."""
        part = _SORTS.sub("", self._counted[i]).removeprefix("其中")
        at = text.find(part) if len(part) >= 2 else -1
        return at >= 0 and at in edges(text)

    def _whole_said_before(self, i: int) -> int | None:
        """The figure of i's sentence that i is a part of (其中 between them), of its kind of unit."""
        sentence, fact = self.kb.facts[i].sentence, self.kb.facts[i]
        at = sentence.rfind("其中", 0, max(self._positions[i], 0))
        if at < 0 or re.search(r"[；;。]", sentence[at:self._positions[i]]):
            return None  # (…,其中高级职称人才15.6万人;技能人才总量580万人: no part of the one before)
        family = UNIT_FAMILY.get(fact.unit, fact.unit)
        wholes = [j for j in self._same_sentence[sentence] if 0 <= self._positions[j] < at and not self._is_year[j]
                  and UNIT_FAMILY.get(self.kb.facts[j].unit, self.kb.facts[j].unit) == family]
        return max(wholes, key=lambda j: self._positions[j]) if wholes else None

    def _veto_own_modifier(self, i: int, analysis: Analysis, inherited: bool = False) -> str:
        """Why i counts another kind of what is asked, or ''. `inherited`: i is the whole of the
        figure judged, whose own kind only is asked after (what the sentence's other figures
        count may be that very part: 其中2019年…新增减税降费315亿元)."""
        # 花卉种植面积和产值居全国第一…茶叶种植面积达到740万亩, asked 花卉种植面积: the sentence
        # says that kind next to another figure, and this one is of another kind. (In a list of
        # figures, 国家级“小巨人”企业58户、省级专精特新中小企业800户, a figure's own words are its
        # key phrases and the words around it, not the whole list.)
        clause, own = self._clauses[i], self._graded[i]
        for words in analysis.counted:
            # (智力残疾人数是多少: the noun is 残疾 of 视力残疾14.2万人; 人数 measures it.)
            measured = _COUNT_MEASURE.sub("", words)
            words = measured if len(measured) >= 2 else words
            end = analysis.text.find(words) + len(words)
            # The longest end of the words that this figure's own words say.
            nouns = [analysis.text[k:end] for k in range(end - 1) if analysis.text[k:end] in own]
            noun = nouns[0] if nouns else ""
            at = end - len(noun)
            for candidate in nouns[:1]:
                start = end - len(candidate)
                # The shortest narrower kind the sentence says and this clause does not (养老服务设施
                # is in both; 社区养老服务设施 only next to another figure; 存款余额 of 款余额, where
                # the noun met inside a word).
                kinds = [analysis.text[start - n:start] + candidate for n in range(1 if len(candidate) >= 3 else 2, 7)
                         if start >= n]
                # (A kind in this clause counts only when another figure of the list counts it.)
                kind = next((k for k in kinds if k not in own and (k not in clause or any(
                    k in self._count_words[j] for j in self._other_counts(i)))), "")
                if (kind and not inherited and _said_apart(self._unquoted[i], kind)
                        and not self._holds_scope(kind)):
                    theirs = modifier_before(clause, candidate)  # tagged only here: rarely
                    # (帮农民工要工资的法律援助案子, of 其中农民工讨薪案件: the question says this one's own kind too.)
                    if theirs and not _says_some_of(analysis.text, theirs, self._scope_text, self._others_counted(i)):
                        return f"the question's {kind} is said of another figure; this one is of {theirs}{candidate}"
            # 农村生活污水治理率达到38%，城市生活垃圾无害化处理率达到99%, asked 城市生活污水处理率:
            # the word that narrows the noun (污水) names what another figure counts, inside its
            # words (not its opening subject, which later figures may share), and this one has
            # its own (垃圾无害化).
            narrowing = next((word for n in (2, 3, 4) if at >= n
                              and (word := analysis.text[at - n:at]) not in self._near[i]
                              and not _PARTICLE.search(word) and self._clause_df.get(word[-2:], 0) <= 2
                              and self._inside_other_count(i, word) and not self._said_of_whole(i, word)), "")
            if narrowing and not inherited and not self._holds_scope(narrowing):
                theirs = modifier_before(clause, noun)
                if theirs and narrowing not in theirs:
                    return f"the question's {narrowing} is what another figure counts; this one is of {theirs}{noun}"
            if not noun and end and analysis.text[end - 1] in own:
                noun, at = analysis.text[end - 1], end - 1  # 护士数 asked, 医师数: the measure noun alone
            sibling = self._sibling_kind(i, analysis.text, at, noun)
            if sibling:
                return sibling
        # 光伏发电量 asked, 绿色能源发电量 written: another kind of the thing, a near miss.
        # 注册教练员 asked, 注册运动员 written: another thing of that kind.
        # 飞播造林 asked, 完成营造林4860万亩…退耕还林还草1020万亩: the noun narrowed (造林), the
        # last the question names, is what another figure of the sentence counts, and this one's
        # clause never says it.
        head = next((h for m, h in analysis.modifiers if h not in clause and h in self._others_clauses(i)
                     and not self._holds_scope(h) and self._asked_of(analysis.text, m + h)), "")
        if head and not inherited:
            return f"the question asks about a kind of {head}, which another figure of the sentence counts"
        return (clash(self._clauses[i], analysis.modifiers, analysis.text, self._keys[i])
                or head_clash(self._clauses[i], analysis.heads))

    @staticmethod
    def _asked_of(text: str, phrase: str) -> bool:
        """`phrase` is in `text` with what is asked of it after it, and no other noun (飞播造林 of
        飞播造林完成亩; not 改善计划 of 改善计划里中央资金有, nor a search's last word, 制度创新成果
        自贸试验区)."""
        at = text.find(phrase)
        rest = tagged(text[at + len(phrase):]) if at >= 0 else ()
        return bool(rest) and not any(tag in _NOUN_TAGS for _, tag in rest)

    def _said_of_whole(self, i: int, word: str) -> bool:
        """Whether fact i is a part after 其中 and `word` is said of its whole, before 其中 (获国家
        科学技术奖…，其中一等奖8项: the prize's words narrow the part as well)."""
        sentence = self._sentences[i]
        return bool(self._parts[i]) and word in sentence[:sentence.find("其中")]

    def _holds_scope(self, word: str) -> bool:
        """Whether `word` holds a word of place, level or sub-group (remembered: asked per candidate)."""
        held = self._scope_held.get(word)
        if held is None:
            if len(self._scope_held) > 65_536:
                self._scope_held.clear()  # words of questions: bounded, as the other caches are
            held = self._scope_held[word] = any(r in word for r in self._scope_words)
        return held

    def _sibling_kind(self, i: int, text: str, at: int, noun: str) -> str:
        """人民调解员10.2万名，其中专职人民调解员8600名, asked 兼职人民调解员: the sentence sorts
        the noun by a word (专职) and the question by another it never says (兼职); the figure of
        the bare noun counts them all, no answer for that kind. Why it is ruled out, or ""."""
        # (The noun this figure's words say may have begun inside the modifier: 职人民调解员 of
        # 专职人民调解员; the question's modifier stands before a shorter end of it.)
        # (一般基本农田保护面积: the figure's own words run back over 基本农田 to the word that sorts.)
        end_at = at + len(noun)
        while at > 0 and text[at - 1:end_at] in self._counted[i]:
            at -= 1
        noun = text[at:end_at]
        asked = _word_before(text, at, len(noun)) or _word_across(text, at, end_at)
        if asked is None:
            return ""
        modifier, end = asked
        if len(end) < 2 or end[0] in "的了":
            return ""  # (留在云南工作的有多少: 的 ends a clause of those who did something, no noun)
        if modifier in self._contexts[i] or modifier in self._scope_text or self._holds_scope(modifier):
            return ""
        if self._sounds(modifier) in self._sounds(self._contexts[i]):
            # (电信网络炸骗: the sentence's 诈骗, mistyped by sound.)
            return ""
        kinds = []
        for j in self._same_sentence[self.kb.facts[i].sentence]:
            counted = self._counted[j]
            written = _word_before(counted, counted.find(end), len(end), inside=True) if end in counted else None
            if written is not None and written[1] == end and written[0] not in self._scope_text:
                kinds.append(written[0])
        # (This figure's own kind, 专职人民调解员, is no 兼职 one either; 工商保险 is 工伤保险 mistyped.)
        # (先进模范典型 says the sentence's 先进 too: one kind, said more fully.)
        if kinds and not any(same_kind(kind, modifier) or kind in text for kind in kinds):
            return f"the question's {modifier}{end} is no kind the sentence counts; it counts {kinds[0]}{end}"
        return ""

    def _veto_code(self, i: int, analysis: Analysis) -> str:
        # PM10 asked, PM2.5 written (COP15, 5G, 4A): letters with a number name one thing; the
        # same letters with another number are another.
        if not _MAY_NAME.search(analysis.text):
            return ""  # no digit, letter or 五: none of the names below (most questions)
        for code in _CODE.findall(analysis.text):
            if code[0].isdigit():  # 4g asked, 5g written
                letters = code.lstrip("0123456789")
                other = re.search(r"(?<![\d.])\d" + re.escape(letters) + "(?![a-z])", self._sentences[i])
            else:
                letters = code.rstrip("0123456789.")
                other = re.search(re.escape(letters) + r"\d", self._sentences[i])
            if code not in self._sentences[i] and other:
                return f"the question asks about {code}; the sentence names another {letters}"
        # 48小时晴雨预报 asked, 24小时… written; C波段 asked, X波段天气雷达 written: a number of
        # hours or a letter before a noun names one kind of it.
        for pattern in (_HOURS_NAMED, _LETTER_NAMED):
            for name in pattern.finditer(analysis.text):
                if name.group() not in self._sentences[i] and any(
                        m.group(2, 3) == name.group(2, 3) for m in pattern.finditer(self._sentences[i])):
                    return f"the question asks about {name.group()}; the sentence names another"
        # 1:500比例尺 asked, 1:2000比例尺 written: a map scale is a name.
        for scale in _SCALE.findall(analysis.text):
            if _SCALE.search(self._sentences[i]) and scale not in _SCALE.findall(self._sentences[i]):
                return f"the question asks about the scale {scale}; the sentence names another"
        # 六五普法 asked, “七五”普法 written; 十三五 and 十四五: a five-year period named by its number.
        for plan in _PLAN_PERIOD.findall(analysis.text):
            if plan not in self._sentences[i] and _PLAN_PERIOD.search(self._sentences[i]):
                return f"the question asks about {plan}; the sentence names another five-year period"
        return ""

    def _veto_given_figure(self, i: int, analysis: Analysis) -> str:
        numbers = self._figure_numbers[i]
        if analysis.numbers and not analysis.confirms and numbers and numbers <= analysis.numbers \
                and self._said_with_unit(i, analysis.text):
            return "the question itself gives this figure"
        return ""

    def _said_with_unit(self, i: int, text: str) -> bool:
        """The question says fact i's number with its measure word, or the fact has none: 开一家公司
        (1家) gives no 1个工作日."""
        fact = self.kb.facts[i]
        unit = fact.unit if fact.unit not in ("数", "") else ""
        if not unit or unit in ("%", "‰") or self._is_year[i]:
            return True
        digits = re.search(r"\d+(?:\.\d+)?", fact.figure)
        if digits is None:
            return True  # 十年: written in words
        first = "个" if fact.figure.endswith("个" + unit) else unit[0]
        said = rf"(?<![\d.]){re.escape(digits.group())}[多余]?(?:万亿|万|亿)?{re.escape(first)}"
        return re.search(said, text) is not None

    def _levels_together(self, i: int, word: str) -> bool:
        """The figure is for `word` and another level together (全国和省级): the whole, no part."""
        joined = self._joined_level.get(word)
        return joined is not None and joined.search(self._contexts[i]) is not None

    def _one_change(self, i: int, j: int) -> bool:
        """Two figures are the two sides of one change (在全国的位次从第24位上升到第18位): what is
        said of one side's subject is said of both."""
        roles = {self._roles[i][0], self._roles[j][0]}
        return roles == {"before", "after"} and abs(self._positions[i] - self._positions[j]) <= 16

    def _adjacent(self, i: int, j: int) -> bool:
        """Two figures side by side count one thing two ways (来访36批718人次)."""
        a, b = sorted((i, j), key=lambda k: self._positions[k])
        between = self.kb.facts[a].sentence[self._positions[a] + len(self.kb.facts[a].figure):self._positions[b]]
        # (Not 3.8万亿元和3.7万亿元 of 存款余额和贷款余额分别…: two things, one each.)
        return len(between) <= 1 and between not in ("和", "与", "及", "、")

    def _reported_then(self, i: int, year: str) -> bool:
        """An article reports the state as of the year after the last one it names (a 2022 press
        conference on 2012-2021): "截至2022年…有多少" asks for the figure it gives as current."""
        role, own_year = self._roles[i]
        latest = self._source_years.get(self.kb.facts[i].source, 0)
        current = not own_year or int(own_year) == latest  # the fact's own year, if any, is the latest
        return bool(latest) and int(year) == latest + 1 and current and role != "before"

    def _keyed(self, i: int, text: str) -> bool:
        """Whether `text` holds every word of one of fact i's key phrases or aliases."""
        return any(all(w in text for w in phrase) for phrase in self._fact_texts[i][0])

    def _part_of_name(self, i: int, place: str, text: str) -> bool:
        """昆明长水国际机场, asked as 长水机场: the place opens a name (a word the sources say once)
        that the question says without it. 全国劳模 is no name: 劳模 is said of other levels too."""
        sentence = self._sentences[i]
        at = sentence.find(place) + len(place)
        name = sentence[at:at + 2]
        return at >= len(place) and name in text and self._clause_df.get(name, 0) == 1

    def _said_later(self, i: int, text: str) -> str:
        """A rare word of the question (in two clauses at most) that the sentence says only after
        this figure, next to a later figure of the same unit (…旅客吞吐量达到7000万人次，昆明长水
        国际机场旅客吞吐量4807万人次): it tells which of the two is asked, and it is not this one,
        whose subject comes before it. '' when there is none."""
        sentence, end, unit = self._sentences[i], self._figure_ends[i], self.kb.facts[i].unit
        # (Not a part after 其中, 其中5A级景区9个: its words narrow this figure's own.)
        # (A year dates its own clause: a later figure of any unit tells it apart.)
        dated = self._is_year[i] or unit == "日期"
        later = [j for j in self._same_sentence[self.kb.facts[i].sentence] if self._positions[j] > self._positions[i]
                 and (dated or self.kb.facts[j].unit == unit) and not self._parts[j]]
        if not later:
            return ""
        for word in (text[k:k + n] for n in (2, 3) for k in range(len(text) - n + 1)):
            # Rare, and none of it this figure's own (not 场游 of 机场游客, 游客 being its own word).
            if (self._clause_df.get(word, 0) <= 2 and sentence.find(word) > end
                    and not any(ch in self._near[i] for ch in word)
                    and any(word in self._near[j] for j in later)
                    and not any(word in r for r in self._restrictors)):
                return word
        return ""

    def _part_asked(self, part: str, analysis: Analysis, heard: str) -> bool:
        """Whether the question names a part (三级医院): as written, as a grade it asks for (4A景区
        asks for 4A级景区), or, matched by sound, as it sounds (高技能人材 names 高技能人才)."""
        return (part in analysis.text or any(q in part for q in analysis.qualifiers)
                or any(b in analysis.text for b in self._telling_words.get(part, ()))
                or (bool(heard) and self._sounds(part) in heard))

    def _unasked(self, i: int, analysis: Analysis, heard: str, bare: frozenset[str]) -> list[str]:
        """What fact i is about that the question does not say: a sub-group, level, part, grade or
        kind (a narrower thing than was asked)."""
        # A place or level said next to this figure but not in the question (全国劳模11人, asked
        # about 省劳模): the fact is about a narrower thing than was asked. Not an example of a list
        # (接待新加坡、意大利等工会来访36批): that figure is for all of them.
        unasked = [w for w in self._modified_restrictors[i] if w not in analysis.text
                   and w not in _EVERY_LEVEL and not self._levels_together(i, w)
                   and not an_example(w, self._modified[i]) and not self._part_of_name(i, w, analysis.text)]
        # (Not when the question says one of the fact's own key phrases: 扶贫 全国劳模 is how an
        # operator said 脱贫攻坚领域的全国劳模 is asked.)
        unasked += [w for w in self._domains[i] if not mentions(analysis.text, w) and not self._keyed(i, analysis.text)]
        unasked += [w for w in self._parts[i] if not self._part_asked(w, analysis, heard)]  # not 县级医院 for 三级医院
        # (A grade of what it counts, 三级医院 asked as 医院: one grade of them, not all.)
        unasked += [g for g in GRADE_WORD.findall(self._counted[i]) if g not in analysis.text]
        # (A kind of what another candidate counts bare, 毒品刑事案件 asked as 刑事案件: some of them.)
        # (发明类项目 says some of 发明创造, 备按博物馆 备案 mistyped: a character of it right before
        # the noun is no other kind.)
        unasked += [m for w in analysis.counted if w in bare and (m := self._kind_before(i, w))
                    and not set(m) & set(analysis.text[max(0, analysis.text.find(w) - 3):analysis.text.find(w)])]
        return unasked

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
        counted = [w for w in analysis.counted if w in self._counted[i]]
        # A sub-group asked that narrows this very figure (各级535个试点, asked 各级试点) points to it
        # as the thing counted does.
        counted += [w for w in analysis.qualifiers if w in self._modified[i]]
        # A part the question names by the word that tells it (中央 of 其中中央资金318亿元).
        counted += [w for w in self._parts[i] if w in self._telling_words and self._part_asked(w, analysis, heard)]
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
        if any(self._reported_then(i, y) for y in analysis.as_of):
            out.append(("time: the figure is the article's current one, asked as of the year after", 0.0))
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

    def _sounds(self, text: str) -> str:
        """The toneless syllables of a text between '|', so that a word's sounds are found only
        at syllable boundaries (an is not heard in xian)."""
        if self._syllable_table is None:
            self._syllable_table = syllable_table()
        return "|" + "|".join(self._syllable_table.get(ch, ch) for ch in text) + "|"

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



# 一年大概多少, 每年多少: asked of a figure said per year (年均保持在1.9万人左右).
_PER_YEAR = frozenset({"1年", "每年", "年均", "平均每年", "全年"})
# A measure said per year by its name: 年货运量, 年吞吐能力, 年产值 (not 2021年货运量, a year's).
_YEARLY_MEASURE = re.compile(r"(?<![\d十])年(?:[\u4e00-\u9fff]{0,3}?(?:量|能力|产值|收入|补助|补贴|津贴|工资)"
                             r"|接待|加工|生产|处理|发电|供水|吞吐|销售|输送|产)")  # (年接待观众2000万人次)
_LATEST = frozenset({"去年"})
_SHARE_ASKED = re.compile(r"(?:率|比例|占比|比重)$")
_AVERAGE = re.compile(r"人均|年均|月均|日均|户均|均值|平均|每(?:十万|万|千|百)人")  # (每千人拥有企业数)
# 每月, 一个月: asked of a figure said per month (月人均, 月均, 每人每月).
_PER_MONTH = frozenset({"每月", "1个月", "每个月", "月均"})
_MONTHLY = re.compile(r"每月|每个月|(?<![\d十])月(?:人均|均|平均)")
_CUMULATIVE = re.compile(r"累计|以来|十年来|10年来|共计|总计|先后|连续|期间")
# Yearly by nature (产量, 货运量), or said so (年加工能力1200万吨).
_ANNUAL = re.compile(r"产量|产值|收入|吞吐量|客运量|货运量|出口额|进口额|销售额|增加值|生产总值|营业额|贸易额|零售额"
                     r"|零售总额|进出口总额|交易额|"
                     + _YEARLY_MEASURE.pattern)

# What may stand between a year and the figure it dates: 2012年的, 2021年为, 2021年底达到.
_YEAR_TIE = "(?:底|末)?(?:的|为|是|达到|达|降至|升至)?"
# 每个州（市）至少有, 每所学校都配备: what each of many has (not 每年, 每万人: other rules).
_PER_EACH = re.compile(r"每(?![年月日天周季万千百十\d])(?:一)?[个所家座户名位]?[\u4e00-\u9fff()（）]{0,8}?"
                       r"(?:都|均)?(?:至少|最少|最多)?(?:有|建有|配备|配有|设有|拥有|达到)?$")
_PER_POPULATION = re.compile(r"每(?:十万|10万|万|千|百)(?:人口|人|名)")
_PER_POPULATION_ASKED = re.compile(r"每(?:十万|10万|万|千|百|10000|1000|100)|(?:万|千|百)人(?:口)?(?:平均|均)|密度|per")
# Qualifiers of measure, not of sub-group: 每人每年1836元 is no figure of another group than 农村.
PER_HEAD = frozenset({"人均", "生均", "平均"})

# A figure followed by 以上/以下 and the noun it bounds (56人以上大班额, not 达到99%以上。).
_BOUND_OF_KIND = re.compile(r"(?:及|或)?(?:以上|以下)(?:的)?[\u4e00-\u9fff]")
_ASKS_BOUND = re.compile(r"以上|以下|超过|不到|标准|门槛|界限|算")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")  # two characters of words, no digits (2021年: 02)
_PARTICLE = re.compile(r"[的了是有在和与及之]")  # no part of a word that narrows a noun
# A name of letters and a number: pm2.5, cop15; or of a digit and letters: 5g (4a is a grade).
_CODE = re.compile(r"(?<![a-z])[a-z]{1,5}\d+(?:\.\d+)?(?![\d.])|(?<![\d.a-z])\d[a-z]{1,2}(?![a-z])")
_MAY_NAME = re.compile(r"[0-9a-z五]")
_HOURS_NAMED = re.compile(r"(?<![\d.])(\d+)(小时|分钟|个月|天|届)([\u4e00-\u9fff]{2})")
_LETTER_NAMED = re.compile(r"(?<![a-z])([a-z]{1,3})()([\u4e00-\u9fff]{2})")
_SCALE = re.compile(r"(\d+)\s?比例尺")
_PLAN_PERIOD = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}五"
                          r"(?=[”\"]?(?:普法|规划|时期|期间|计划|末|以来))")
_ASKS_AGE = re.compile(r"几岁|多少岁|岁数|年龄|年纪|多大|寿命|age")
_BOUND_ASKED = re.compile(r"(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,2}?)及?(以上|以下)")  # 6级以上, 80岁以上
# Those who did something, asked: 留在云南工作的有多少 (a verb phrase, then 的有多少).
_THOSE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,8})的(?:有|共有|一共有)(?:多少|几)")
_NOUN_TAGS = frozenset({"n", "nz", "vn", "j", "ng", "ns", "nt", "l", "b", "s"})
# The thing whose number is asked, right before 有多少 (高铁站有多少个); not a verb's object.
_NUMBER_OF = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?<![了的过着只还都也就又已总一])(?:一共|总共|共)?有(?:多少|几)")
_LINK_VERB = re.compile(r"(?:达到|达|为|是|超过|突破|保持在|稳定在|提高到|提高至|下降到|降至|增加到|增至|升至)$")
_RATE_END = re.compile(r"率$|比例$|量$")  # a measure several things of a sentence may share
_CHANGE_WORD = re.compile(r"增|减|降|提高|提升|上升|涨|升|变化|多了|少了|翻|change|increase|grow|fell|drop")
_TOTAL_ASKED = re.compile(r"一共|总共|合计|总计|加起来")
_ASKS_TIMES = re.compile(r"倍|番|times")
_ASKS_HOW_LONG = re.compile(r"多久|多长时间|时间|时长|几年|多少年|几个月|多少天|几天|年限|期限|how long|years")
_DURATIONS = ("年", "月", "天", "工作日", "小时", "分钟")
_ASKS_WHEN = re.compile(r"哪|何时|什么时候|啥时候|时间|when|year")
_PASSIVE = re.compile(r"被([\u4e00-\u9fff]{2})(?:了|过)?(?:多少|几)")
# What an amount measures of a thing: its output, capacity, sales, use (绿色铝产能 is no 产量).
_MEASURE = re.compile(r"消费量|消耗量|销售量|销量|销售额|用电量|用水量|用量|产量|产能|产值|储量|存量|库存量|吞吐量"
                      r"|排放量|出口量|进口量|出口额|进口额|发电量|装机容量|营业额|营收|客运量|货运量|客流量"
                      # (What one pays or is paid, asked: 高速公路收费标准是多少 is no length of road.)
                      r"|(?:标准|收费|票价|价格|单价|工资|薪酬|薪资)(?=(?:是|有|为|大概|一般|大约)*(?:多少|几|多高))")
_REASON = re.compile(r"为什么|为啥|怎么|如何|好不好|值不值|意义|原因|好处|评价")
_OTHER_KIND = "asks "  # how a kind veto's reason starts ("asks %, the figure is in 件")

# Words for all levels at once (资助各级各类学生): the whole, which a question without a level asks.
_EVERY_LEVEL = frozenset({"各级", "各类", "全部", "所有"})


_CATEGORY = re.compile(r"等|这类|之类|这些|那些|一类|各类|各种|总共|一共|合计|加起来")  # asks for the whole list
_LIST_BEFORE_DENG = re.compile(r"((?:[\u4e00-\u9fff]{2,10}[、和及与])+[\u4e00-\u9fff]{2,10})等")


_COUNT_MEASURE = re.compile(r"人数|总数|数量|人口$")
# What a count counts by: heads, cases, times, households (死亡人数, 发生起数, 立案数 aside).
_COUNTED_BY = re.compile(r"人数|起数|件数|次数|户数|家数|人次")


@functools.lru_cache(maxsize=16384)
def _twoedges(text: str) -> tuple[int, ...]:
    """Where the last two characters of a word of Chinese start, the word followed by another of
    two or more (职工|医保 -> 0, 城乡居民|医保 -> 2)."""
    out, start = [], 0
    words = tagged(text)
    for (word, tag), (after, _) in itertools.pairwise(words):
        start += len(word)
        # (Of a word of two or four, whose end is a word itself: 城乡居民 -> 居民, not 残疾人 -> 疾人.)
        if (len(word) == 2 or (len(word) == 4 and is_word(word[-2:]))) and len(after) >= 2 \
                and _HAN_PAIR.fullmatch(word[-2:]) and tag[0] in "njb":  # (a noun: not 助力 of 助力脱贫)
            out.append(start - 2)
    return tuple(out)


def _one_noun(text: str) -> bool:
    """A noun of the dictionary (银牌), not two characters that happen to follow a measure word (县通)."""
    words = tagged(text)
    return len(words) == 1 and words[0][1].startswith("n") and is_word(text)


def _pairs(text: str) -> list[str]:
    """The two-character runs of Chinese in `text`."""
    return [b for k in range(len(text) - 1) if _HAN_PAIR.fullmatch(b := text[k:k + 2])]


def _word_before(text: str, at: int, length: int, inside: bool = False) -> tuple[str, str] | None:
    """(modifier, noun): the two-character word that stands right before a noun of `text` (at `at`,
    `length` long, or a shorter end of it that starts a word), when it is one that can sort the
    noun (not a number, time, place, pronoun or particle); None if there is none. `inside` (the
    sentence's side): the noun may also start inside a word, whose two characters before it are
    then the modifier."""
    # (As written, any word but a number, particle, pronoun (其中) or place sorts: 永久 of 永久基本农田, an adverb
    # to the tagger; asked, an adverb or a pronoun is no kind: 现在, 那些.)
    excluded = "mpucr" if inside else "mtfrpucdq"
    start = 0
    for word, tag in tagged(text):
        end = start + len(word)
        sorts = _sorts(word, tag, excluded)
        if inside and start + 2 <= at < end:
            return text[at - 2:at], text[at:at + length]  # 工伤保险, one word to the tagger
        if at < end < at + length - 2 and sorts:
            return word, text[end:at + length]
        if end == at and sorts:
            return word, text[at:at + length]
        if end > at:
            return None
        start = end
    return None


# 老年志愿者, 青年志愿者: groups of age, which the tagger calls words of time.
_AGE_GROUPS = frozenset({"老年", "青年", "中年", "少年", "幼年", "成年", "童年", "晚年"})


def _sorts(word: str, tag: str, excluded: str) -> bool:
    """Whether a tagged word of two characters can sort a noun into kinds: not of a tag `excluded`
    (numbers, particles, pronouns…) unless a group of age, nor a place, nor how much in all (一共,
    累计: the tagger may call them short forms)."""
    return (len(word) == 2 and (tag[0] not in excluded or word in _AGE_GROUPS) and not tag.startswith("ns")
            and not _TOTAL_ASKED.fullmatch(word) and not _CUMULATIVE.fullmatch(word))


def _word_across(text: str, at: int, end: int) -> tuple[str, str] | None:
    """(modifier, noun) when the noun the figure's words say begins inside a two-character word of
    the question: 听力残疾 asked, 视力残疾 written (力残疾 in both) -> (听力, 残疾)."""
    start = 0
    for word, tag in tagged(text):
        stop = start + len(word)
        if start < at < stop:
            fits = _sorts(word, tag, "mtfrpucdq") and end - stop >= 2
            return (word, text[stop:end]) if fits else None
        if start >= at:
            return None
        start = stop
    return None


def _says_group(context: str, group: str) -> bool:
    """`context` says the sub-group: as written, or a sex of a role as 成员中女性 says 女成员."""
    group = _SHARE_ASKED.sub("", group) or group  # (女代表比例, read 女代表率: the group is 女代表)
    if group == "出口":
        return re.search("(?<!进)出口", context) is not None  # (not the 出口 of 进出口总额: both ways)
    if group in context:
        return True
    if group == "平均":
        return _AVERAGE.search(context) is not None  # 月人均水平, 年均: averages said otherwise
    sex, role = group[:1], group[1:]
    return sex in "女男" and len(role) >= 2 and role in context and f"{sex}性" in context


def _says_some_of(text: str, modifier: str, scope_text: str, others: str) -> bool:
    """Whether `text` holds two characters running of `modifier` (the word 其中 aside) that tell
    it from the other figures: not a word of place or level (农村 of 农村互助 is said of 农村社区
    as well), nor words the others count too (专精特新 of 省级专精特新中小企业 and of 国家级专精特新
    “小巨人”企业)."""
    modifier = modifier.removeprefix("其中")
    return any((pair := modifier[k:k + 2]) in text and pair not in others and pair not in scope_text
               for k in range(len(modifier) - 1))


def _listed_items(head: str) -> tuple[str, ...]:
    """The items of a list closed by 等 in the text before a figure, each of two characters or more."""
    found = _LIST_BEFORE_DENG.search(head)
    if found is None:
        return ()
    return tuple(item for item in re.split(r"[、和及与]", found.group(1)) if len(item) >= 2)


def _part_named(fact: Fact) -> list[str]:
    """The words that name a part, said after 其中 right before the figure: 三级医院 of 其中三级医院32家,
    高技能人才 of 其中,高技能人才135.7万人."""
    at = fact.sentence.find(fact.figure)
    # Every item of the list after 其中 (其中5A级景区9个、4A级景区93个), its name as written.
    # (其中,职工医保参保人数由2012年的520万人增加到2021年的648万人: the part both sides count.)
    found = re.search(r"其中[，,]?(?:[^，,；;。]*、)?([\u4e00-\u9fff0-9A-Za-z]{2,16})$",
                      without_change_frame(fact.sentence[:at])) if at > 0 else None
    if found:
        return [found.group(1)]
    # 其中15部作品获得国家级奖项: the part is named after the figure, up to the clause's end.
    after = re.match(r"[\u4e00-\u9fff]{2,16}", fact.sentence[at + len(fact.figure):]) \
        if at > 0 and re.search(r"其中[，,]?$", fact.sentence[:at]) else None
    return [after.group()] if after else []


def _did_part(fact: Fact) -> str:
    """What the things counted did, when the figure opens its clause (，3200多个基层工会建立女职工休息
    哺乳室): the figure counts those that did it, a part of them all; else ''."""
    at = fact.sentence.find(fact.figure)
    did = _DID_AFTER.match(fact.sentence[at + len(fact.figure):]) \
        if at >= 0 and re.search(r"(?:^|[，,；;：:])$", fact.sentence[:at]) else None
    if did:
        return did.group(2)
    # 连续六届获评全国双拥模范城(县)的有3个: those that did it, said before the figure.
    before = without_short_brackets(fact.sentence[:max(at, 0)])
    head = re.split(r"[，,；;：:。]", before)[-1]
    those = _THOSE_WHO.search(head)
    return _HOME_SCOPE.sub("", those.group(1)) if at > 0 and those else ""


def _domains_of(before_figure: str) -> list[str]:
    """The fields the words before a figure narrow it to: the (up to) four characters before
    领域的, 方面的, ...: 脱贫攻坚 of 推荐表彰脱贫攻坚领域的省劳模. Said after the figure, or after a
    list (41.6万户次生活、助学…等方面的帮扶), they name what is counted, not a narrower field."""
    ends = [m.start() for m in re.finditer(r"(?<!等)(?:领域|方面|行业|战线)的", before_figure)]
    return [m.group(1) for end in ends if (m := re.search(r"([\u4e00-\u9fff]{2,4})$", before_figure[:end]))]


_DID_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)"
                        r"((?:建立|建成|设立|开展|实现|获得|参加|参与|加入|入选)[\u4e00-\u9fff]{2,12})")
_SORTS = re.compile(r"各类|各种|各项")
_SHARE_OF = re.compile(r"占[^\d%‰]*")
# 怎么申请光荣牌: how to do something, which no figure answers (but 怎么有这么多 with 多少 asks one).
_HOW_TO = re.compile(r"怎么|怎样|如何|how (?:to|do|can)")
_QUANTITY_ASKED = re.compile(r"多少|几|多[大高长重远宽久]|百分之|how (?:many|much)|\d")
# A verb done for people, before the figure that counts them in its clause (帮助11.2万名…).
_ACTED_ON = re.compile(r"(帮助|帮扶|培训|慰问|救助|资助|惠及|带动|服务|救治|救护|转移|安置|接收|吸纳|招收|招聘|采集)"
                       r"[^，,；;。、\d]{0,16}$")  # (…招收少数民族预科生5.6万人 too)
_EXISTS = re.compile(r"有多少|有几|是多少")
# 多少钱 (多少资金), 多少时间: a kind of amount, not a thing counted.
_KINDS_ASKED = frozenset({"资金", "经费", "费用", "金额", "时间", "面积", "比例", "人数", "人口", "数量", "距离",
                          "长度"})
# 出土了多少文物: the thing counted, the question's last word.
_COUNTED_LAST = re.compile(r"(?:多少|几)(?:个|名|位|件|项|种|家|所|座|处|套)?(?![个名位件项种家所座处套人])"
                           r"([\u4e00-\u9fff]{2})$")
# After a figure: the things it counts, then 的 and what was done to them, to the clause's end.
_DONE_TO = re.compile(r"([\u4e00-\u9fff]{2,14}?)的((?:保护)?(?:修缮|维修|修复|改造|整治|搬迁|验收|提升改造|提质改造"
                      r"|加固))(?=[，,；;。]|$)")


def _done_to(after: str) -> str:
    """What was done to what a figure counts (保护修缮 -> 修缮), the characters its name lacks."""
    found = _DONE_TO.match(after)
    return "".join(ch for ch in found.group(2) if ch not in found.group(1)) if found else ""


def _asks_how_many_there_are(text: str) -> bool:
    """全省有多少退役军人, 少数民族人口有多少: how many there are, with no verb of what they did
    (有多少老年人享受到了高龄津贴 asks about those who received something)."""
    found = _EXISTS.search(text)
    return found is not None and not any(tag.startswith("v") for _, tag in tagged(text[found.end():]))
_THOSE_WHO = re.compile(r"([\u4e00-\u9fff]{4,20})的(?:有|共有|达到|达)$")
# 第13届, 第十三届, 13运 (十三运, the thirteenth 全运会): an edition, asked or said.
_EDITION = re.compile(r"第(\d+|[一二三四五六七八九十]+)届"
                      r"|(?<![\d.])(\d+|[一二三四五六七八九十]+)运(?!动|营|输|行|量)")


def _ordinal(found: tuple[str, str]) -> int | None:
    text = found[0] or found[1]
    value = int(text) if text.isdigit() else parse_chinese(text)
    return None if value is None else int(value)


def _said_apart(text: str, words: str) -> bool:
    """`words` is in `text`, not as the piece of a grade or code (a级景区 in 5a级景区: another
    thing)."""
    return words in text and re.search(f"(?<![0-9a-z]){re.escape(words)}", text) is not None


_HOME_SCOPE = re.compile(r"^(?:全省|全市|全州|全县|我省|云南省|云南)")
_FROM_YEAR = re.compile(r"(?:从|(?<![自理缘来经])由)((?:19|20)\d\d)年")  # 从2012年的…, 由2012年的…
_TO_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年")


def _period_of(text: str) -> tuple[str, str] | None:
    """(first, last) year of the changes an article reports, when it states them with years."""
    starts, ends = _FROM_YEAR.findall(text), _TO_YEAR.findall(text)
    if not starts or not ends:
        return None
    start, end = Counter(starts).most_common(1)[0][0], Counter(ends).most_common(1)[0][0]
    return (start, end) if start < end else None


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


# Verbs that only say "from when" (哪年开始的, 从哪年开始统计的): any year things are counted from fits.
_ANY_EVENT = frozenset({"开始", "起步", "统计", "算起", "计算", "起算"})
# 哪一年达到61.5%: a level is reached by 提高到/增加到 as well as by 达到.
_REACHING = frozenset({"达到", "提高", "增加", "增长", "上升", "提升", "突破", "超过"})
_REACHED = re.compile(r"达到|突破|超过|(?:提高|增加|增长|上升|提升)(?:到|至)")




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


# 突破300亿元, 超过2万人: a bound broken; 近2万人, 约30%: round either way.
_BOUND_WORDS = "突破|超过|超|逾"
_BROKEN_BOUND = re.compile(rf"(?:{_BOUND_WORDS})\s*$")
_ROUNDED = re.compile(rf"(?:{_BOUND_WORDS}|近|约)\s*$")


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


