"""Abbreviations a reader may use for the sources' own terms: 法援 for 法律援助, 产改 for
产业工人队伍建设改革, 职代会 for 职工代表大会.

Chinese shortens a compound by keeping the first character of its parts (法律|援助 -> 法援), the
last part sometimes by its last one (职工|代表|大会 -> 职代会). Every such short form of every noun
phrase of the sources is a candidate; one is kept only if it is no two-character word of the
dictionary (技工 is a word, not 技能人才's abbreviation; three characters that spell one are
rarely a word by chance: 职代会 is one), stands for one phrase only and is not in the sources
already (产改 is matched as they write it). A question's words (not
runs of its characters) found in the table are written out before matching.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from bot.core.normalize import clean
from bot.core.words import is_word, pieces, tagged, words

_NOUNISH = ("n", "vn", "j", "l")  # (l: 自由贸易 of 自由贸易试验区, tagged as a set phrase)
_LONGEST = 5  # parts of a phrase an abbreviation may span
_JOINERS = frozenset({"—", "－", "-", "–", "——"})  # 澜沧江—湄公河 (澜湄): one name of two
_AND = frozenset({"和", "与"})  # 林业和草原 (林草), 文化和旅游 (文旅): two names shortened as one


def abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """{abbreviation: the phrase it stands for}, both as `clean` writes them."""
    return tables(texts)[0]


def tables(texts: Iterable[str]) -> tuple[dict[str, str], dict[str, str]]:
    """({abbreviation: the phrase it stands for} for short forms the sources never write,
    {phrase: its short form} for those they write as well (林业和草原局 and 林草产业: a question's
    林业和草原产业 says 林草产业)), all as `clean` writes them."""
    found: dict[str, set[str]] = defaultdict(set)
    corpus: list[str] = []
    vocabulary: set[str] = set()
    for text in texts:
        corpus.append(clean(text))
        for phrase in _noun_phrases(text, vocabulary):
            for short, long in _short_forms([_clean_word(part) for part in phrase]):
                found[short].add(long)
    everything = "\n".join(corpus)
    kept = {short: next(iter(longs)) for short, longs in found.items()
            if len(longs) == 1 and (len(short) == 3 or not is_word(short))}
    # A short form the sources write themselves (产改) is matched as written: they use both.
    unwritten = {short: long for short, long in kept.items() if short not in everything}
    written: dict[str, set[str]] = defaultdict(set)
    for short, long in kept.items():
        # (Written as a word of its own, 林草 of 林草产业; not 年森 inside 2021年森林.)
        if short in vocabulary and long in everything:
            written[long].add(short)
    return unwritten, {long: next(iter(shorts)) for long, shorts in written.items() if len(shorts) == 1}


def expand(text: str, table: dict[str, str]) -> str:
    """`text` with each word that is an abbreviation of the table written out. Words, not runs
    of characters: 工改 is an abbreviation of 工人队伍建设改革, but not inside 职工改善."""
    return "".join(table.get(word, word) for word in words(text))


@lru_cache(maxsize=65536)
def _clean_word(word: str) -> str:
    return clean(word)


def _noun_phrases(text: str, vocabulary: set[str] | None = None) -> Iterable[list[str]]:
    """Runs of nouns (产业工人|队伍|建设|改革), each noun cut into its parts (代表大会 -> 代表|大会);
    the words met are added to `vocabulary`."""
    run: list[str] = []
    for word, tag in tagged(text):
        if vocabulary is not None:
            vocabulary.add(_clean_word(word))
        if tag.startswith(_NOUNISH) and len(word) >= 2 and not any(ch.isdigit() for ch in word):
            run.extend(_parts(word))
            continue
        if run and word in _JOINERS:
            continue  # 澜沧江—湄公河: two names joined into one (澜湄)
        if run and word in _AND and not run[-1].endswith(tuple(_AND)):
            run[-1] += word  # (the long form keeps it: 林业和|草原 says 林业和草原)
            continue
        run = _closed(run)
        if run and tag == "v" and len(word) == 2:
            run.append(word)  # 棚户区改造: what is done to the things, as the name's last part (棚改)
        if len(run) >= 2:
            yield run
        run = []
    run = _closed(run)
    if len(run) >= 2:
        yield run


def _closed(run: list[str]) -> list[str]:
    """The run without a 和/与 its last part was left waiting with (林业和, then a verb)."""
    return [*run[:-1], run[-1].rstrip("".join(_AND))] if run else run


def _parts(word: str) -> list[str]:
    """A long word's parts in order (法律援助 -> 法律|援助, 技术开发区 -> 技术|开发|区); a word of
    three characters or fewer is one part."""
    if len(word) < 4:
        return [word]
    cover: list[str] = []
    at = 0
    for piece in pieces(word):
        if len(piece) >= 2 and word.startswith(piece, at):
            cover.append(piece)
            at += len(piece)
    if cover and at == len(word) - 1:
        cover.append(word[at:])  # 技术|开发|区 of 技术开发区: a last character that says what kind of place
        at += 1
    return cover if at == len(word) and len(cover) >= 2 else [word]


def _short_forms(phrase: list[str]) -> Iterable[tuple[str, str]]:
    phrase = [part for part in phrase if part]
    for i in range(len(phrase)):
        for j in range(i + 1, min(len(phrase), i + _LONGEST)):
            long = "".join(phrase[i:j + 1])
            yield phrase[i][0] + phrase[j][0], long
            for k in range(i + 1, j):
                yield phrase[i][0] + phrase[k][0] + phrase[j][0], long
                yield phrase[i][0] + phrase[k][0] + phrase[j][-1], long
