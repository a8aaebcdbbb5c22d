"""A noun the question narrows with a word the sources never use, where the fact's sentence
narrows the same noun with another: 光伏发电量 asked, 绿色能源发电量 written. The fact is about
another kind of the thing (a near miss), and its figure would be a wrong answer.

A typo or a short form of the written word (绿电 for 绿色能源, 职代会 for 职工代表大会) shares a
character with it, and so does not count as another kind; nor does a modifier the question says
elsewhere. Words come from jieba's tagger (bot.core.words), used only when the question holds a
term no source has.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from bot.core.terms import sound_alike
from bot.core.words import tagged, words

# Tags of the words that narrow a noun: nouns, short forms, distinguishing words (国家级), 绿色 ...
_NOUNISH = frozenset({"n", "nz", "nt", "vn", "j", "b", "ng", "s"})
# The measure word that jieba sometimes glues to the next noun (多少个卡点 -> 个卡点).
_MEASURES = frozenset("个名位家户件项所座条批种套处次人")
_ASKING = re.compile(r"多[少长大久高远重]|几|什么|啥|哪|谁")  # 多长时间 asks; it sorts nothing, is no kind of 时间
_VERBISH = frozenset({"v", "vn"})
_SEASON = re.compile(r"[春夏秋冬]{2}|[春夏秋冬]季")
_FIXED = frozenset({"l", "i"})  # fixed expressions: 高等植物 is one word to the tagger
_MAX_CHAIN = 3  # words of a modifier: 绿色/能源, 国家/考核
# Nouns that say when or how much, not what kind (2012年的时候森林覆盖率): they end a modifier.
_NOT_MODIFIERS = frozenset({"时候", "时间", "期间", "当时", "那时", "方面", "情况", "总数", "数量", "全部", "所有",
                            "这些", "那些", "各类", "各种", "大家", "我们", "咱们", "一年", "今年", "去年",
                            "一共", "总共", "共计", "合计"})


def _chain_words(words: list[tuple[str, str]], at: int, scope: Collection[str] = ()) -> list[str]:
    """The nouns right before words[at], up to three: the modifier of words[at]. A place name of
    `scope` (a place, the home region) ends it: the place rules judge those."""
    chain: list[str] = []
    while at > 0 and _narrows(*words[at - 1], scope) and len(chain) < _MAX_CHAIN:
        at -= 1
        chain.insert(0, words[at][0])
    return chain


def _narrows(word: str, tag: str, scope: Collection[str]) -> bool:
    """Whether a word before a noun can be part of its modifier: a noun, or a place name no scope
    word is (the tagger takes some nouns for places: 台风 of 台风预警)."""
    # (全省 is a noun to the tagger: 全省电子烟销量 narrows 销量 by 电子烟, the place aside.)
    # (夏秋蔬菜, 春季作物: a season, a time word to the tagger, sorts what it is said of.)
    return ((tag in _NOUNISH | _FIXED | {"ns"} or (tag == "t" and _SEASON.fullmatch(word) is not None))
            and word not in scope and word not in _NOT_MODIFIERS)


def _chain_before(words: list[tuple[str, str]], at: int, scope: Collection[str] = ()) -> str:
    return "".join(_chain_words(words, at, scope))


def unknown_modifiers(question: str, corpus: str, scope_words: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(modifier, noun) pairs of `question` (normalised) whose noun the sources use and whose
    modifier they never do: 光伏发电量 -> (光伏, 发电量). A place or level word (全省) is no noun
    narrowed here: the place rules judge it."""
    scope = set(scope_words)
    words = list(tagged(question))
    pairs = []
    for k in range(len(words)):
        noun, tag = words[k]
        if tag in _NOUNISH | _FIXED and noun not in corpus and noun not in scope:
            # 低等植物, tagged as one word: the end the sources say (植物) narrowed by the rest.
            # (A two-character head first: 低等/植物, not 低/等植物 because 高等植物 holds 等植物.)
            # (Never one character: 一共, a word of no source, is no 共 narrowed by 一.)
            end = next((noun[n:] for n in (*range(2, len(noun) - 1), 1)
                        if len(noun) - n >= 2 and noun[n:] in corpus), "")
            head = _chain_before(words, k, scope) + noun[: len(noun) - len(end)]
            if (end and len(head) >= 2 and noun[: len(noun) - len(end)] not in corpus
                    and not _glued_measure(words, k - len(_chain_words(words, k, scope)))
                    and not _ASKING.search(head)):
                pairs.append((head, end))
            continue
        if k == 0 or len(noun) < 2 or tag not in _NOUNISH or noun in scope or noun not in corpus:
            continue
        start = k
        if k >= 2 and words[k - 1][1] in _VERBISH and words[k - 1][0] + noun in corpus:
            # 水稻种植面积: 种植面积 is one noun of the sources, its verb no modifier.
            start, noun = k - 1, words[k - 1][0] + noun
        modifier = _chain_before(words, start, scope)
        # One of its words is none of the sources' (生育 of 生育保险; not 农村人均可支配, all theirs;
        # nor 云南高原, one word to the tagger, of the home region's name and the sources' 高原).
        unknown = any(w not in corpus and not _home_and_said(w, corpus, scope)
                      for w in _chain_words(words, start, scope))
        first = start - len(_chain_words(words, start, scope))
        if len(modifier) >= 2 and not _glued_measure(words, first) and unknown and not _ASKING.search(modifier):
            pairs.append((modifier, noun))
    return tuple(pairs)


def _glued_measure(words: list[tuple[str, str]], at: int) -> bool:
    """Whether words[at] begins with the measure word of a number before it (多少个卡点, tagged
    多少/个卡点); 人民币 after 全省 begins with 人 and is no measure."""
    return (at < len(words) and words[at][0][:1] in _MEASURES
            and at > 0 and (words[at - 1][1] == "m" or words[at - 1][0] in ("多少", "几")))


def _home_and_said(word: str, corpus: str, scope: Collection[str]) -> bool:
    """`word` is a place or level word followed by words the sources say (云南高原)."""
    return any(word.startswith(place) and len(word) - len(place) >= 2 and word[len(place):] in corpus
               for place in scope)


def same_kind(written: str, asked: str) -> bool:
    """Whether modifier `asked` names the kind `written` does (see _shares)."""
    return _shares(written, asked)


def _shares(written: str, asked: str) -> bool:
    """Whether two modifiers are one, as a short form or a typo is: 绿电 shares 绿 with 绿色能源,
    录色能源 sounds as 绿色能源. Two that end alike and differ before (工伤保险, 生育保险; 新生儿,
    婴儿; 高级职称, 中级职称) are two kinds of one thing."""
    n = 0
    while n < min(len(written), len(asked)) and written[-1 - n] == asked[-1 - n]:
        n += 1
    same_end = written[len(written) - n:]
    if not same_end:
        # 新能源汽车, 新能源电池产业: a word in common (新能源), then two different things.
        start = 0
        while start < min(len(written), len(asked)) and written[start] == asked[start]:
            start += 1
        if start >= 2 and len(written) - start >= 2 and len(asked) - start >= 2:
            return _alike(written[start:], asked[start:])
        # 城乡残疾人基本养老 and 残疾人失业 (of 保险): words in common, but the word right before the
        # noun, which sorts it, is another.
        mine, theirs = _last_word(written), _last_word(asked)
        if (len(mine) >= 2 and len(theirs) >= 2 and len(written) > 2 and len(asked) > 2
                and mine not in asked and theirs not in written and not _alike(mine, theirs)):
            return False
        # A short form keeps the first character of a word (绿电 of 绿色能源), a paraphrase a
        # character of the word that sorts (房产 of 核查住房): 工伤 shares only the 工 inside 职工
        # with 职工基本医疗, another kind.
        if len(asked) == 2 and not set(asked) & set(mine) \
                and not any(w.startswith(asked[0]) for w, _ in tagged(written)):
            return False
        # Nor is a longer one that ends otherwise a short form of a shorter one: 机关事业单位 shares
        # 业 with 企业 (退休人员); 学生资著 ends as 资助 does, with a typo.
        if len(asked) > len(written) + 1 and not _alike(written, asked[-len(written):]):
            return False
        # (A short form keeps a first character: 核电 shares only the 电 inside 电力, another kind.)
        return bool(set(written) & set(asked)) and (asked[0] in written or written[0] in asked)
    return _alike(written[: len(written) - len(same_end)], asked[: len(asked) - len(same_end)])


def _last_word(text: str) -> str:
    words = tagged(text)
    return words[-1][0] if words else ""


def _alike(mine: str, theirs: str) -> bool:
    """Whether what differs between two modifiers is one word still: nothing, a shared
    character (a short form), or the same sounds (a typo)."""
    if not mine or not theirs:
        return True
    short, long = sorted((mine, theirs), key=len)
    shared = set(mine) & set(theirs)
    # (A short form keeps its word's first character, 绿电 of 绿色; 核电 and 电力 share only a 电.)
    if len(shared) >= 2 or (shared and (short[0] == long[0] or (len(short) < len(long) and short[0] in long))):
        return True
    return len(mine) == len(theirs) and all(sound_alike(a, b) for a, b in zip(mine, theirs, strict=True))

_SCOPE_FIRST = re.compile(r"^(?:全省|全国|全市|全州|全县|我省|本省)")  # (全省国有企业: 国有企业, anywhere)
_SHARE_WHOLE = re.compile(r"占[\u4e00-\u9fff]{1,12}?的(?=\d|比重|比例)")


_NEIGHBOURS = re.compile(r"^(?:周边|邻近|相邻|接壤|毗邻)?(?:国家|各国|邻国)|^周边")


def _neighbours_named(modifier: str, theirs: list[str]) -> bool:
    """The question says the neighbouring countries (周边国家警方) where the clause names them
    (缅甸、老挝、越南警方): every word of its modifier a place name."""
    return _NEIGHBOURS.search(modifier) is not None and all(
        m and all(tag == "ns" for _, tag in tagged(m)) for m in theirs)


def named_by_bound(modifier: str, question: str, clause: str) -> bool:
    """The modifier only names the people of an age bound the clause says too (40岁以下的青年人贷款
    of 40岁以下职工贷款占比): no other kind, but what the bound already picks."""
    bound = re.search(rf"(\d+)岁及?(以上|以下)的?{re.escape(modifier)}", question)
    return bound is not None and re.search(rf"(?<![\d.]){bound.group(1)}岁及?{bound.group(2)}", clause) is not None


def clash(clause: str, pairs: tuple[tuple[str, str], ...], question: str, keys: tuple[str, ...] = ()) -> str:
    """Why the figure's `clause` (normalised) is about another kind of what `question` asks, or
    '': every time it writes the noun, it narrows it with a modifier the question does not say
    and that shares no character with the question's own. Where the clause says the noun bare
    (2021年产值达到150亿元) or not at all (2021年比2012年下降52.3%), the fact's key phrases `keys`
    may narrow it (新能源电池产业产值, 刑事案件立案数)."""
    if not pairs:
        return ""
    # (The whole a share is of, 手机网民占网民总数的99.6%: no writing of what the figure is of,
    # unless the noun asked is only said there: 占国土面积 asked of 保护地面积占国土面积的14.3%.)
    whole_out = _SHARE_WHOLE.sub("占", clause)
    words, said_apart = list(tagged(clause)), list(tagged(whole_out))
    for modifier, noun in pairs:
        if named_by_bound(modifier, question, clause):
            continue
        theirs = _modifiers_of(said_apart if noun in whole_out else words, noun)
        if keys and not any(theirs) and _is_noun(noun):
            # (Not a verb-noun: 培训 of a key phrase 投入资金培训农民工 is what the money paid for.)
            theirs = [m for key in keys for m in _modifiers_of(list(tagged(key)), noun) if m] or theirs
        if theirs and all(m and not _shares(m, modifier) and m not in question for m in theirs) \
                and not _neighbours_named(modifier, theirs):
            return f"the question asks about {modifier}{noun}; the figure is of {theirs[0]}{noun}"
        # 国有企业海外资产 asked, 国有企业资产总额 written: the question narrows the clause's own
        # kind further, by a word that sorts things by where they are or by kind (海外, 民营; not
        # 工资 of 工资集体协商, a noun that only describes the 集体协商 written).
        mine = (_SCOPE_FIRST.sub("", m) for m in theirs)
        extra = next((modifier.replace(m, "", 1) for m in mine if m and m != modifier and m in modifier), "")
        sorting = tagged(extra)
        if len(extra) >= 2 and extra not in clause and len(sorting) == 1 and sorting[0][1] in ("s", "b"):
            return f"the question asks about {modifier}{noun}; the figure is of {modifier.replace(extra, '')}{noun}"
        if theirs and not any(theirs) and _distinguishing(modifier, question):
            # 民营博物馆 asked, 博物馆163个 written: a kind of the thing the sources do not count
            # apart (民营 is a word that sorts things into kinds); the figure counts them all.
            return f"the question asks about {modifier}{noun}; the figure counts every {noun}"
    return ""


def _is_noun(word: str) -> bool:
    """Whether the tagger reads `word` alone as one noun (产值), not a verb-noun (培训)."""
    words = tagged(word)
    return len(words) == 1 and words[0][1] in ("n", "nz", "ng")




def _distinguishing(modifier: str, question: str) -> bool:
    """Whether the tagger reads `modifier` in `question` as a word that sorts things into kinds
    (民营, 五星级, 国有: jieba's b), not a noun that only describes them (一线的职工, 技术状元)."""
    if any(word == modifier and tag == "b" for word, tag in tagged(question)):
        return True
    # 外资企业, one word to the tagger: its head the sources' noun, its modifier a noun of its own
    # that no source uses (外资), which sorts enterprises as 民营 does.
    alone = tagged(modifier)
    return (len(alone) == 1 and alone[0][1] in ("b", "n") and len(modifier) == 2 and not _ASKING.search(modifier)
            and not any(word == modifier for word, _ in tagged(question)))


def _modifiers_of(words: list[tuple[str, str]], noun: str) -> list[str]:
    """What narrows each `noun` of the tagged text: the nouns before it, and the start of the word
    it begins inside (城市污水/处理率 holds 污水处理 narrowed by 城市)."""
    text = "".join(w for w, _ in words)
    found, offset = [], 0
    for j, (word, tag) in enumerate(words):
        for at in range(offset, offset + len(word)):
            # (Inside a noun only: 多万人次 is a number, not 人次 narrowed by 多万.)
            if text.startswith(noun, at) and (at == offset or tag in _NOUNISH | _FIXED):
                found.append(_chain_before(words, j) + word[: at - offset])
        offset += len(word)
    return found


def modifier_before(clause: str, noun: str) -> str:
    """The nouns that narrow the first `noun` of `clause` (茶叶 of 茶叶种植面积达到740万亩), or ''
    when none does (展出创新成果: 展出 is a verb) or the noun starts inside a word."""
    words = list(tagged(clause))
    found = _modifiers_of(words, noun)
    if found and found[0]:
        return found[0]
    # 农村互助养老服务设施: the tagger calls 互助 a verb, yet the words before the noun, once a
    # leading verb is gone (展出创新成果: 展出 is the clause's own verb), narrow it all the same.
    before = clause[: clause.find(noun)] if noun in clause else ""
    # (Not a word joined to the next by 或/和: 违法或不当 of 纠正违法或不当文件 narrows it as one.)
    while (words and words[0][1] in _VERBISH and before.startswith(words[0][0])
           and not (len(words) > 1 and words[1][1] == "c")):
        before, words = before[len(words[0][0]):], words[1:]
    return before if len(before) >= 2 and not any(ch.isdigit() for ch in before) else ""


def unknown_heads(question: str, corpus: str, scope_words: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(word, noun) pairs of `question` (normalised) where a noun no source uses follows a word
    they do: 注册教练员 -> (注册, 教练员) when the sources say 注册 but no 教练员."""
    scope = set(scope_words)
    words = tagged(question)
    pairs = []
    for k in range(1, len(words)):
        (before, before_tag), (noun, tag) = words[k - 1], words[k]
        # (A word the sources never say as a word: 中学 of 其中学校 is none.)
        if (tag in ("n", "nz") and len(noun) >= 2 and not _said_as_word(noun, corpus) and noun not in scope
                and len(before) >= 2 and before in corpus and before not in scope
                and before_tag in _NOUNISH | _VERBISH | {"v"}):
            pairs.append((before, noun))
    return tuple(pairs)


def _said_as_word(word: str, corpus: str) -> bool:
    """Whether the sources say `word` as a word, as the tagger cuts them: 中学 of 其中学校 is none.
    Only the lines that hold it are cut (the whole of 10,000 facts would take ~0.4 s)."""
    at = corpus.find(word) if word in corpus else -1  # (`in` of a Corpus is quick to say no)
    while at >= 0:
        start, end = corpus.rfind("\n", 0, at) + 1, corpus.find("\n", at)
        if word in words(corpus[start:end if end >= 0 else len(corpus)]):
            return True
        at = corpus.find(word, end) if end >= 0 else -1
    return False


def head_clash(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """Why the figure's words `text` (normalised) are about another thing than the question's,
    or '': after the word the question puts before its noun, they say another noun of the same
    kind (注册运动员 for 注册教练员: both end in 员), and not as a typo of it (注册运动圆). Nouns of
    other endings may be a paraphrase (互助医疗保障, 医疗互助活动): they decide nothing."""
    if not pairs:
        return ""
    words = tagged(text)
    for before, noun in pairs:
        written = [words[j + 1][0] for j in range(len(words) - 1)
                   if words[j][0] == before and len(words[j + 1][0]) >= 2 and words[j + 1][1] in _NOUNISH]
        # (Or, where the words name kinds that begin alike, 名镇 and 名村, one more: 名街. Not one
        # such noun alone: 律帅 is 律师 mistyped by shape.)
        kinds = {w for w in written if len(w) == len(noun) == 2 and w[0] == noun[0] and not sound_alike(w[1], noun[1])}
        for theirs in written:
            if (theirs[-1] == noun[-1] and not _shares(theirs, noun)) or (theirs in kinds and len(kinds) >= 2):
                return f"the question asks about {before}{noun}; the figure is of {before}{theirs}"
    return ""

