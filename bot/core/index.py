"""An inverted index over one term space (characters or pinyin) with each term's rarity (IDF):
which facts share a question's words, how much of the question each explains, and how completely
and surely one of its key phrases is in the question."""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz

from bot.core.params import Params
from bot.core.words import words as segmented  # (words is a common local name)

MAX_CANDIDATES = 24  # facts scored in full per question, by shared-word mass (bounds time at 10k facts)
COMMON_SHARE = 0.05  # a word in more than this share of the facts is "common" ...
COMMON_MIN_DOCS = 200  # ... once the knowledge is large enough for that to matter
SHORTLIST_SHARE = 0.25  # ... and only those with at least this share of the best one's shared mass


class Doc(NamedTuple):  # a tuple: thousands of them are read back from the cache at start
    phrases: tuple[tuple[str, ...], ...]  # terms of each keyword and alias
    phrase_texts: tuple[str, ...]
    bag: dict[str, float]  # term -> how surely it speaks of this fact (its zone's weight)


class Index:
    """Inverted index and IDF over one term space (characters or pinyin)."""

    def __init__(self, docs: list[Doc], params: Params, by_sound: bool = False,
                 home: frozenset[str] = frozenset(), own: list[str] | None = None) -> None:
        self.docs = docs
        self.params = params
        self.by_sound = by_sound
        df: dict[str, int] = defaultdict(int)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.zone: list[dict[str, float]] = []
        for i, doc in enumerate(docs):
            for term in doc.bag:
                df[term] += 1
                self.postings[term].append(i)
            self.zone.append(doc.bag)
        n = len(docs) + 1
        # Single characters are weak evidence (工伤 ~ 工作受伤, 举措 ~ 措施): a fraction of a bigram.
        self.idf = {t: math.log(n / (c + 0.5)) * (params.char_weight if t[0] == "'" else 1.0)
                    for t, c in df.items()}
        self.home = home
        self.own = own or [""] * len(docs)  # each fact's words around its figure
        self.unknown_idf = math.log(n / 0.5)
        # Postings longer than this are not walked per question (bounds the time at 10k facts).
        self.common = max(COMMON_MIN_DOCS, int(len(docs) * COMMON_SHARE))
        # Each key phrase's total weight, once: a tuple of floats per fact (per-term weight pairs
        # for every fact put ~600,000 tuples in the cache, half the time of reading it back; the
        # weights of the few terms a question shares are looked up when it is asked).
        self.totals: list[tuple[float, ...]] = [
            tuple(sum(self.idf.get(t, self.unknown_idf) for t in phrase) for phrase in doc.phrases)
            for doc in docs
        ]

    def scores(self, terms: set[str], text: str, min_key: float = 0.0,
               possible: Callable[[int], bool] = lambda i: True,
               evidence: set[str] | None = None) -> list[tuple[float, int, float, float]]:
        """(score, doc, key-phrase score, coverage), best first, for the docs sharing a term with
        the question. Coverage weighs each question term by the zone of the fact that holds it:
        key phrases and the figure's clause fully, the rest of the sentence and the topic less.
        Only `possible` docs (not ruled out) claim the words of their key phrases (see _shadowed);
        when `evidence` is given, a doc must share one of its terms (not only the home region's)."""
        mass = 0.0
        acc: dict[int, float] = defaultdict(float)
        deferred: list[tuple[str, float]] = []
        for term in terms:
            weight = self.idf.get(term)
            if weight is not None and term in self.home:
                # 云南 in the question narrows nothing, however rarely the article names it; in a
                # key phrase (云南省技能人才总量) it keeps its weight.
                weight = min(weight, self.params.unknown_weight)
            if weight is None:
                # Words no fact knows dilute the question a little: chatty padding must not
                # sink a good match, but a question mostly about something else should score low.
                mass += self.params.unknown_weight * (self.params.char_weight if term[0] == "'" else 1.0)
                continue
            mass += weight
            postings = self.postings[term]
            if term[0] == "'" or len(postings) > self.common:
                # Single characters and words in a large share of the facts: too common to walk
                # their postings; they count for the facts the rarer words shortlist.
                deferred.append((term, weight))
                continue
            for i in postings:
                acc[i] += weight * self.zone[i][term]
        if not acc:
            # No rare word shared: walk the common words, or else the characters.
            words = [tw for tw in deferred if tw[0][0] != "'"]
            walk = words or deferred
            for term, weight in walk:
                for i in self.postings[term]:
                    acc[i] += weight * self.zone[i][term]
            deferred = [tw for tw in deferred if tw not in walk]
            if not acc:
                return []
        if evidence is not None:
            acc = {i: v for i, v in acc.items() if not evidence.isdisjoint(self.zone[i])}
            if not acc:
                return []
        top = heapq.nlargest(MAX_CANDIDATES, acc.items(), key=itemgetter(1))
        floor = top[0][1] * SHORTLIST_SHARE
        shortlist = [(i, found) for i, found in top if found >= floor]
        shadowed = self._shadowed([i for i, _ in shortlist if possible(i)], text)
        results = []
        for i, found in shortlist:
            zone = self.zone[i]
            found += sum(weight * zone[t] for t, weight in deferred if t in zone)
            key, completeness = self._key_phrase_score(i, terms, text, shadowed.get(i, ()))
            if completeness >= min_key:
                coverage = found / mass
                share = self.params.key_share
                results.append((share * key + (1 - share) * coverage, i, key, coverage))
        results.sort(reverse=True)
        return results

    def _shadowed(self, shortlist: list[int], text: str) -> dict[int, set[str]]:
        """Key phrases the question holds only inside a longer key phrase of another fact:
        技能人才 in 高技能人才有多少 is a word of the fact keyed 高技能人才, no match for the one keyed
        技能人才 (nor is its 技能人才总量 matched in part). Not when the words around the fact's own
        figure say the longer phrase (累计投入资金186.4亿元, keyed only 投入资金)."""
        present: dict[str, set[int]] = defaultdict(set)
        for i in shortlist:
            for phrase_text in self.docs[i].phrase_texts:
                if len(phrase_text) >= 2 and phrase_text in text:
                    present[phrase_text].add(i)
        out: dict[int, set[str]] = defaultdict(set)
        for short, holders in present.items():
            for long, others in present.items():
                if len(long) > len(short) and short in long and not self._home_prefixed(long, short):
                    for i in holders - others:
                        if long not in self.own[i]:
                            out[i].add(short)
        return out

    def _home_prefixed(self, long: str, short: str) -> bool:
        """`long` is `short` said of the home region (全省群众安全感满意度): the same thing."""
        prefix = long.removesuffix(short)
        return prefix != long and len(prefix) >= 2 and all(prefix[k:k + 2] in self.home for k in range(len(prefix) - 1))

    def _key_phrase_score(self, i: int, terms: set[str], text: str,
                          shadowed: Collection[str] = ()) -> tuple[float, float]:
        """(score, completeness) of doc i's best key phrase: how surely, and how much of it,
        the question holds."""
        best, complete = 0.0, 0.0
        text_chars = set(text)
        doc, idf, unknown = self.docs[i], self.idf.get, self.unknown_idf
        for phrase, total, phrase_text in zip(doc.phrases, self.totals[i], doc.phrase_texts, strict=True):
            if not phrase or phrase_text in shadowed or (shadowed and phrase_text not in text
                                                         and any(word in phrase_text for word in shadowed)):
                continue
            shared = [t for t in phrase if t in terms]
            if not self.by_sound and not any(t not in self.home for t in shared):
                # Shares nothing: not even a typo of it (a typo keeps some of its words). Nor does
                # 全省 alone (全省共有人民调解员 and 全省法官有多少人) say what is counted.
                continue
            found = sum(idf(t, unknown) for t in shared)
            # The more (and the rarer) words a matched phrase holds, the surer the match:
            # 高技能人才 in the question is better evidence than 技能人才 alone.
            fraction = found / total
            saturation = self.params.key_saturation
            score = fraction * (found / (found + saturation))
            # A typo in a phrase the question holds: the phrase must fit in the question, or
            # partial_ratio would align the question inside the phrase instead.
            # (Not when every character of the phrase is in the question: words put between them
            # are no typo, and _spread_in judges them: 国家级森林公园 is not 国家公园.)
            if fraction < 1.0 and 3 <= len(phrase_text) <= len(text) and not text_chars.issuperset(phrase_text):
                ratio = fuzz.partial_ratio(phrase_text, text) / 100
                if ratio >= 1 - 1.0 / len(phrase_text) - 1e-9:
                    score = max(score, 0.85 * ratio * total / (total + saturation))
                    fraction = max(fraction, 0.85 * ratio)
            if (fraction < self.params.spread_credit and not self.by_sound and len(phrase_text) >= 3
                    and text_chars.issuperset(phrase_text) and _spread_in(phrase_text, text)):
                # Every character of the phrase, in order, a few apart: 在校学生 said as
                # 在学校读书的学生, 职工书屋 as 职工的书屋.
                credit = self.params.spread_credit
                score = max(score, credit * total / (total + saturation))
                fraction = credit
            if self.by_sound and sum(ch in text for ch in phrase_text) * 2 < len(phrase_text):
                # A typo keeps most of a word's characters; a phrase that only sounds alike
                # (颐占 for 驿站) is a coincidence, not a typo.
                fraction = 0.0
            best, complete = max(best, score), max(complete, fraction)
        return best, complete


def _spread_in(phrase: str, text: str) -> bool:
    """Every character of `phrase` in `text`, in order, a few apart, and the phrase's last word
    not swallowed by a longer one: 职工的书屋 and 在学校读书的学生 say 职工书屋 and 在校学生;
    国家级森林公园 does not say 国家公园 (森林公园 is another thing)."""
    found = _spread_gaps(phrase).search(text)
    if found is None:
        return False
    gaps = found.groups()
    k = 1  # the phrase's last characters said together: 公园 of 国家…公园
    while k < len(phrase) and not gaps[-k]:
        k += 1
    run_start = found.end() - k
    offset = 0
    for word in segmented(text):
        if offset <= run_start < offset + len(word):
            return k == len(phrase) or offset == run_start
        offset += len(word)
    return True


@functools.lru_cache(maxsize=65_536)
def _spread_gaps(phrase: str) -> re.Pattern[str]:
    return re.compile("(.{0,3}?)".join(map(re.escape, phrase)))
