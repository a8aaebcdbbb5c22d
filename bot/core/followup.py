"""Follow-up questions: what "那省里的呢?" means after "全国劳模推荐了多少名?".

People in a chat keep the previous question and swap one element of it: a level or place
(省里的呢), a year or period (2020年呢), a sub-group (女职工呢) or the thing asked about
(技术能手呢). This module rewrites such a message into the whole question it stands for, from
text alone; the engine then answers the rewrite like any question, so a swapped-in place or year
the article lacks is declined as it would be if asked in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.corpus import Corpus

# 那, 那么, 还有 ... lead into a follow-up; 呢 ends one. (Normalised text: no punctuation left.)
_LEAD = re.compile(r"^(?:那么|那个|那要是|那如果|那|还有|另外|再问一下|再问|要是|如果是|换成|换作)+")
_TAIL = re.compile(r"(?:的|呢|呐|啊|呀|咧|嘞|捏|吗|么)+$")
# Asking words: their absence makes a fragment ("技术能手呢"); with them it may stand alone.
_ASKING = re.compile(r"多少|几|哪|什么|啥|怎么|如何|吗|么")
# Asking words and the verbs around them that carry nothing to swap: "省里的有多少" -> 省里.
_ASKING_RUN = re.compile(r"(?:分别|一共|总共|又|也|都)?(?:是|有|为)?(?:百分之|多少|几)"
                         r"(?:个百分点|百分点|[个名位人项家所次元条批届])?"
                         r"|是什么|有哪些|有没有|是不是|情况|数据|数字|方面|的")
_YEAR = re.compile(r"(?:19|20)\d\d年?")
# "那十年来一共呢": a total over the period is what the previous question asked of it anyway.
_TOTAL = re.compile(r"一共|总共|累计|合计|总计|加起来")
# The time of a figure, swapped for each other: "现在有多少?" then "原来呢?".
_WHEN = ("十年前", "10年前", "原来", "以前", "之前", "当初", "起初", "最初", "刚开始", "一开始", "过去", "原先",
         "现在", "目前", "如今", "眼下", "当前", "最新",
         # the whole period, swapped for a year: "2022年新建了多少?" then "那十年来呢?" (十 is 10 by now)
         "10年来", "这10年", "10年间", "近10年", "10年里", "十年来", "这十年", "十年间", "近十年", "十年里")
# Words that say how to ask about the previous subject (its change, its total), not what about.
_HOW = re.compile(r"增长|增加|提高|提升|减少|下降|降低|变化|涨|多了|少了|一共|总共|合计|加起来|翻|倍")
# 多少名 -> 多少: the measure word of the previous thing counted.
_MEASURE_AFTER_ASK = re.compile(r"(多少|几)[个名位人项家所次元条批届件]")
# What a rewrite asks when the previous question gives nothing to keep.
_GENERIC_ASK = "有多少"


_NO_CORPUS = Corpus("")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Normalised word lists that say what kind of element a word is."""

    levels: dict[str, str]  # variant -> canonical level (省里 -> 省), canonical words included
    places: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    corpus: Corpus = _NO_CORPUS  # the sources' sentences, normalised: how they say a level next to a noun

    def level_forms(self, word: str, followed_by: str) -> list[str]:
        """How to say a level in a rewrite: as the sources say it before the same noun (28个省级试点,
        省劳模894名), else the canonical word."""
        canonical = self.levels.get(word)
        if canonical is None:
            return [word]
        variants = sorted((v for v, c in self.levels.items() if c == canonical), key=len, reverse=True)
        written = [v for v in variants if followed_by and v + followed_by in self.corpus]
        # One form only: a second one tried after a decline would answer what the first declined
        # (省级职工书屋 is declined, 1300多个 being 全国和省级 together; 省职工书屋 would slip through).
        return written[:1] or [canonical]

    def words_of(self, kind: str) -> list[str]:
        """Every word of a kind, longest first (so 全省 is found before 省)."""
        words = {"where": [*self.levels, *self.places], "time": [*self.times, *_WHEN],
                 "group": list(self.qualifiers)}.get(kind, [])
        return sorted(set(words), key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Reading:
    """Whole questions a follow-up may stand for, best first. A `binding` reading is a message
    that means nothing alone ("那省里的呢"): its first rewrite's verdict stands, a decline
    included. A non-binding one ("那省里推荐了多少呢") is first asked on its own."""

    rewrites: tuple[str, ...]
    binding: bool


def read_follow_up(message: str, previous: str, subject: str, vocab: Vocabulary) -> Reading | None:
    """The reading of `message` (normalised) as a follow-up to `previous` (normalised, whole),
    whose answer counted `subject` (the words of the previous question naming what it counted,
    or ''). None when the message is no follow-up."""
    if not message or not previous or message == previous:
        return None
    led = bool(_LEAD.match(message))
    core = _TAIL.sub("", _LEAD.sub("", message))
    tailed = core != _LEAD.sub("", message)
    asks = bool(_ASKING.search(core))
    elements, rest = _elements(_TOTAL.sub("", _ASKING_RUN.sub("", core)), vocab)
    if elements and not rest:
        # Only levels, places, years, periods, sub-groups: "那省里的呢", "2020年的有多少".
        return Reading(_swaps(previous, elements, vocab), binding=True)
    if (led or tailed) and not asks and core and len(core) <= 12:
        # Something else to count: "技术能手呢". The previous question's measure word counted
        # the previous thing (名 of 劳模), so it goes; its verb and scope stay.
        noun = core
        rewrites = [_MEASURE_AFTER_ASK.sub(r"\1", previous.replace(subject, noun, 1))] \
            if subject and subject in previous else []
        rewrites.append(noun + _GENERIC_ASK)
        return Reading(tuple(dict.fromkeys(rewrites)), binding=True)
    if (led or tailed) and elements:
        # "那省里推荐了多少呢": may stand alone; if not, it is the previous question at that level.
        return Reading(_swaps(previous, elements, vocab), binding=False)
    if (led or tailed) and asks and 0 < len(rest) <= 3 and not _HOW.search(rest):
        # "覆盖多少人呢": another question about the same subject (女职工休息哺乳室).
        return Reading(tuple(dict.fromkeys((subject + core, previous + core) if subject else (previous + core,))),
                       binding=True)
    if asks and _HOW.search(rest) and len(_HOW.sub("", rest)) <= 2:
        # "那增长了多少?", "一共呢": says how to ask, not what about; if it means nothing
        # alone, it asks it of the previous question's subject.
        return Reading((previous + core,), binding=False)
    return None


def _elements(text: str, vocab: Vocabulary) -> tuple[list[tuple[str, str]], str]:
    """(kind, word) of each recognised element in `text`, and what is left over."""
    found: list[tuple[str, str]] = []
    for year in _YEAR.findall(text):
        found.append(("year", year if year.endswith("年") else year + "年"))
    text = _YEAR.sub(" ", text)
    for kind in ("where", "time", "group"):
        for word in vocab.words_of(kind):
            if word in text:
                found.append((kind, word))
                text = text.replace(word, " ")
    return found, re.sub(r"[\s和与及跟的]", "", text)


def _swaps(question: str, elements: list[tuple[str, str]], vocab: Vocabulary) -> tuple[str, ...]:
    """The rewrites, one per way of saying the first level among the elements."""
    level = next((word for kind, word in elements if word in vocab.levels), None)
    if level is None:
        return (_swap(question, elements, vocab),)
    old = next((w for w in vocab.words_of("where") if w in question), "")
    at = question.find(old) + len(old) if old else 0
    followed_by = question[at:at + 2]  # the noun the level qualifies: 试点 of 全国试点
    forms = vocab.level_forms(level, followed_by)
    return tuple(dict.fromkeys(_swap(question, elements, vocab, {level: form}) for form in forms))


def _swap_word(question: str, words: list[str], new: str) -> tuple[str, int]:
    """`question` with the first of `words` it says replaced by `new`; a word is never part of a
    number (the 20年 of 2020年)."""
    for word in words:
        found = re.search(f"(?<![0-9.]){re.escape(word)}", question)
        if found:
            return question[:found.start()] + new + question[found.end():], 1
    return question, 0


def _swap(question: str, elements: list[tuple[str, str]], vocab: Vocabulary,
          forms: dict[str, str] | None = None) -> str:
    """`question` with each element put in the place of one of its kind, or in front."""
    for kind, word in elements:
        new = (forms or {}).get(word) or vocab.levels.get(word, word)
        if kind == "year":
            question, swapped = _YEAR.subn(new, question, count=1)
            if not swapped:  # the period the previous question named: 10年来 -> 2022年
                question, swapped = _swap_word(question, vocab.words_of("time"), new)
        else:
            question, swapped = _swap_word(question, vocab.words_of(kind), new)
            if not swapped and kind == "time":  # a year the previous question named: 2022年 -> 10年来
                question, swapped = _YEAR.subn(new, question, count=1)
        if not swapped:
            question = new + question
    return question
