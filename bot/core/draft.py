"""Draft facts from a new article: one per figure, with what it counts, a topic and a quiz question.

Nothing here knows any article. The text is cut into paragraphs (lines), sentences (。！？) and
clauses (，；：); every figure is found by bot.core.text_figures (digits with 万/亿/多/余/%/a measure
word, years, Chinese-numeral counts such as 两届 or 四级联动, 上万名); what a figure counts is read from its
own clause: the words before it up to the previous figure or list comma, and the noun right after
it (新建职工驿站2131个 -> 新建职工驿站; 56.54万个班组 -> 班组). A list of figures sharing one
predicate (发动5.37万家企业、56.54万个班组、763.38万人次职工参加竞赛) gives each item the predicate;
a before/after pair (从275万人增长到359万人) gives two facts that say which is which.

The result is plain data (`DraftedFact`); bot.core.draft_files writes it as YAML that `check` accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.core.normalize import clean
from bot.core.text_figures import (
    CHANGE_FROM,
    CHANGE_VERB,
    DIGIT_FIGURE,
    PLACES_LISTED,
    TextFigure,
    find_figures,
    inside_quotes,
    is_rank,
    value_of,
)
from bot.core.words import edges, tagged, without_trailing_adverbs

_GOES_ON = re.compile(r"其中[，,]?")  # a sentence about a part of what the one before counted
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"]?$")
_CLAUSE_END = re.compile(r"[，,；;：:]")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』\"]?|[^。！？!?]+$")
# Words that only frame a figure: they say nothing about what it counts.
_FRAME_HEAD = re.compile(r"^(?:左右|上下|以内|间|的|了|其中|并且|同时|另外|此外|以及|以上|累计|共计|总计|合计|现有|共|"
                         r"总共|一共|先后|分别|已经|已(?!知)|还|又|并|和|及|与|等|达到|达|约|近|超过|突破|占|为|是|有)+")
_FRAME_TAIL = re.compile(r"(?:中有|当中有|累计|共计|总计|合计|共|总共|一共|先后|分别|已经|已|达到|达|超过|突破|完成|"
                         r"增至|升至|(?:连续多年|多年|始终|一直|长期)?(?:保持在|控制在|稳定在|维持在|保持|稳定)|"
                         r"提高到|增长到|增加到|提升到|上升到|下降到|减少到|降至|发展到|"
                         # (全省在4060公里边境线上: a preposition; not 现在, 存在, 所在.)
                         r"为|是|有|约|近|了|的|到|至|超|以上|从|于|(?<![现存所正实内外自好])在)+$")
# Verbs that open a clause in this genre's reports (新建职工驿站, 选树省劳模): the noun after them is
# what users ask about, so it becomes a keyword of its own.
_COUNTING_VERBS = (
    r"新建|建成|建设|建立|创建|组建|设立|打造|推荐|选树|评选|表彰|命名|认定|遴选|培育|培养|培训|发动|组织|开展|举办"
    r"|实施|推出|帮助|实现|完成|投入|筹集|发放|慰问|吸纳|覆盖|惠及|服务|救助|资助|劝返|招收|新增|签订|办理|受理|化解"
    r"|处置|参与|参加|走访|派出|接待|出访|追授|授予|获得|获评|荣获|入选|集中表彰|招聘|招录|聘用|补充|累计")
_LEAD_VERB = re.compile(rf"^(?:{_COUNTING_VERBS})+")
_LEAD_VERBS = re.compile(rf"(?:{_COUNTING_VERBS})+")


def _lead_verb_end(text: str) -> int:
    """Where the counting verbs `text` opens with end (全省累计投入资金 -> after 投入), never before
    the complement of the last one: 新建成水库 is 新/建成/水库, and 成水库 would be no thing."""
    if not _LEAD_VERB.match(text):
        return 0
    return max(p for p in range(len(text)) if p == 0 or (_LEAD_VERBS.fullmatch(text, 0, p)
                                                         and not _splits_complement(text, p)))


def _splits_complement(text: str, at: int) -> bool:
    """A cut at `at` would part a verb from the complement that completes it (新建|成, 建|成)."""
    return at < len(text) and text[at] in _COMPLEMENTS and at not in edges(text)


_COMPLEMENTS = frozenset("成完好")


def _without_lead_verb(text: str) -> str:
    return text[_lead_verb_end(text):]
# Verbs of an action of its own (培育, 建成), not of what the clause before did (覆盖, 惠及).
_OWN_ACTION = re.compile(r"新建|建成|建设|建立|创建|组建|设立|打造|推荐|选树|评选|表彰|命名|认定|遴选|培育|培养|引进"
                         r"|选派|推广|实施|推出|举办|新增|招收|招聘|发放|筹集|投入")
# Verbs of whom or what the thing before reached (覆盖职工, 惠及群众, 带动就业).
_REACH = re.compile(r"覆盖|惠及|带动|吸引|辐射|受益|帮助|服务")
# A verb of doing inside a key phrase (各级工会共开展各类宣讲活动); not of taking part (班组参加
# 安康杯竞赛: the contest is no count of the groups).
_INNER_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:开展|组织|举办|建成|新建|建设|培育|培养|实施|推广"
                         r"|引进|选派|创建|设立|打造|完成)")
_SCOPE_BEFORE_VERB = re.compile(rf"^(?:全省|全市|全州|全县|全区|全国|我省|云南省?)(?={_COUNTING_VERBS})")
# Two characters that name a thing of their own (鸟类900多种 after 高等植物17000多种), not a
# measure of what came before (增量2943公里, 产值, 占比) nor a verb or a grade.
_NAMES_A_THING = re.compile(r"(?![增总产占比人规里面数金余份库容])[\u4e00-\u9fff][类库场铁路站馆院校园所厂港桥]")
_NOUNISH = frozenset({"n", "nz", "nt", "ns", "j", "l", "ng"})
_KIND_ONLY = frozenset({"资金", "经费", "费用", "投资", "金额", "人数", "数量"})
_NEXT_VERB = re.compile(r"参加|参与|参赛|受益|获得|得到|已经|已|均已|全部|全面|启动|"
                        r"入会|实现|开展|提供|覆盖|建成|完成|达到|增长|提高|的|，|和|及|等")
_AFTER_NOUN = re.compile(r"^[\u4e00-\u9fff“”\"]{1,16}")
_CHANGE = re.compile(rf"{CHANGE_VERB}(?:到|至)")
_CHANGE_ONLY = re.compile(r"(?:年均|同比|比上年|较上年|平均每年|每年)?"
                          r"(?:增长|提高|增加|提升|上升|下降|减少|降低)(?:了)?")
_FROM_HEAD = re.compile(rf"(?:{CHANGE_FROM.pattern})[^，,；;]{{0,12}}$")
_COMPARED = re.compile(r"高于|低于|快于|慢于|超出|超过全国|比全国")  # a clause comparing the figure before with another
_BOUND_AFTER = re.compile(r"及以上|以上|及以下|以下")  # 60岁及以上: a bound that names a kind of what follows
_CLOSING_BOUND = re.compile(r"(以上|以下|左右)(?=[，,。；;、）)]|$)")  # a bound that ends the clause
_SINCE = re.compile(r"(?:以来|开始|起|至今)")  # 2018年以来, 从2021年开始: a year things are counted from
_PUNCT = re.compile(r"[“”\"‘’'《》()（）【】\[\]、·\s*]")
TOPIC_MAX = 20  # characters: a topic is a button label


@dataclass
class DraftedFact:
    topic: str
    figure: str
    value: int | float | str
    unit: str
    keywords: list[str]
    sentence: str
    question: str
    note: str = ""
    position: int = 0  # where the figure stands in the article
    slug_hint: str = ""


@dataclass
class Draft:
    text: str  # the article as stored: Markdown bold removed, lines trimmed
    facts: list[DraftedFact] = field(default_factory=list)
    figures_found: int = 0
    merged: list[str] = field(default_factory=list)  # figures stated twice for one thing
    unplaced: list[str] = field(default_factory=list)  # figures kept with a weak keyword, and why


def prepare(text: str) -> str:
    """The article as it is stored and quoted: no Markdown bold, no trailing spaces, LF lines."""
    lines = [line.replace("**", "").strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip() + "\n"


def _trim(phrase: str) -> str:
    phrase = _PUNCT.sub("", _ALTERNATIVE_CHAR.sub("", phrase))  # (数字档案馆（室）: 数字档案馆)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _FRAME_TAIL.sub("", _FRAME_HEAD.sub("", phrase))
    return phrase


# What measures a thing, and names none: a key phrase must say more.
_BARE_MEASURES = re.compile(r"(?:比例|比重|占比|数量|人数|规模|总量|总数|金额|率)+")  # (人数比例 too)

# Where a long phrase may be cut without splitting a word: after a particle or preposition.
_WORD_BREAK = re.compile(r"[的在对和与及了将把向从为、]|以(?![上下来内外后前及])")  # (not 以上, 以来: words)


def _keep_end(phrase: str, size: int) -> str:
    """The end of a long phrase (where the noun is), at most `size` characters, cut after a
    particle where it can, else where a word begins (铸牢中华民族共同体意识 is not cut into 共同体意,
    …全国最美职工云岭楷模等先进典型 not into 国最美职工…)."""
    if len(phrase) <= size:
        return phrase
    # (Not down to a measure alone: 设立老年医学科的比例 is no 比例.)
    # (Nor after 和: 出访南亚东南亚国家和地区 is no 地区, the second of two things, alone.)
    cuts = [m.end() for m in _WORD_BREAK.finditer(phrase) if len(phrase) - m.end() <= size
            and not _BARE_MEASURES.fullmatch(phrase[m.end():]) and m.group() != "和"]
    if cuts and len(phrase) - cuts[0] >= 2:
        return phrase[cuts[0]:]
    starts = [e for e in edges(phrase) if 2 <= len(phrase) - e <= size]
    return phrase[starts[0]:] if starts else phrase[-size:]


def _keep_start(phrase: str, size: int) -> str:
    """The start of a long phrase, at most `size` characters, cut before a particle where it can,
    else where a word ends (基层工会建立女职工休息, not …休息哺)."""
    if len(phrase) <= size:
        return phrase
    # Not before 和/与/及: 高技能人才与专业技术人才 is one thing counted.
    cuts = [m.start() for m in _WORD_BREAK.finditer(phrase) if 2 <= m.start() <= size and m.group() not in "和与及、"]
    if cuts:
        return phrase[:cuts[-1]]
    ends = [e for e in edges(phrase) if 2 <= e <= size]
    return phrase[:ends[-1]] if ends else phrase[:size]


def _unbracketed(text: str) -> str:
    """县(市、区) -> 县市区, 工种(项目) -> 工种项目: a short aside in brackets is part of the noun;
    but one character is another reading of the word, dropped (数字档案馆（室）, 1260万卷（件）)."""
    text = _ALTERNATIVE_CHAR.sub("", text)
    return re.sub(r"[（(]([\u4e00-\u9fff、]{1,6})[）)]", lambda m: m.group(1).replace("、", ""), text)


# 数字档案馆（室）230个, 1260万卷（件）: one character in brackets is another reading of the word
# before it; a keyword says the word as written first.
_ALTERNATIVE_CHAR = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?![市区县镇乡州])[\u4e00-\u9fff][)）]")
_WHOLE_THEN_PART = re.compile(r"^([\u4e00-\u9fff]{1,8}?)(?:当中|中)(?:已经|已)?有?(?=\d|[两二三四五六七八九十])"
                              # 129个县级综合档案馆中，达到国家标准的有121个: the part in the next clause.
                              r"|^([\u4e00-\u9fff]{1,10}?)(?:当中|之中|中)[，,](?=[^，,；;。]*?有\d)")


def _rest_after(sentence: str, figure: TextFigure) -> str:
    """The sentence after a figure, brackets out; after a span of time (十年来累计调解…), after
    the 来 that closes it too."""
    # (1260万卷（件）: another reading of the unit, no word after the figure.)
    rest = _unbracketed(_ALTERNATIVE_CHAR.sub("", sentence[figure.end - 1:])[1:])
    return re.sub(r"^(?:以来|来)", "", rest) if figure.unit == "年" and not figure.year else rest


def _words_after(sentence: str, figure: TextFigure) -> str:
    """The words right after a figure, to the next separator (累计1340万人次职工参赛 -> 职工参赛);
    of a whole said with its part (88个县(市、区)中有70个…), the whole's noun only."""
    rest = _rest_after(sentence, figure)
    if _WHOLE_THEN_PART.match(rest):
        return _noun_after(sentence, figure)
    return _keep_start(_trim(re.split(r"[，,；;。！？!?、]", rest, maxsplit=1)[0]), 12)


def _noun_after(sentence: str, figure: TextFigure) -> str:
    """The thing counted when it follows the figure: 56.54万个班组 -> 班组 (up to a list comma)."""
    rest = _rest_after(sentence, figure)
    along = re.match(r"([\u4e00-\u9fff]{2,5}?)(?:沿线|沿岸|两侧|两岸|上)(?![升述])", rest)
    if along and figure.unit in ("公里", "千米", "米"):
        return along.group(1)  # 在4060公里边境线上设立…: the length of the line, not what was set up on it
    rest = re.sub(r"^(?:以上|以下|左右)(?=的)", "", rest)  # 90%以上的典型生态系统
    # 129个县(市、区)中有116个…: the whole the next figure is part of.
    rest = _WHOLE_THEN_PART.sub(lambda m: (m.group(1) or m.group(2)) + "，", rest)
    if re.match(r"[和及与、]", rest):
        return ""  # the next item of a list begins: nothing after the figure is its noun
    clause = re.split(r"[，,；;：:。！？!?（(]", rest, maxsplit=1)[0]
    listed = re.match(r"[^的]*、[^的]*的([\u4e00-\u9fff]{2,8})$", clause)
    if listed:
        # 41.6万户次生活、助学、医疗等方面的帮扶: a list of aspects, then what is counted.
        return listed.group(1)
    rest = re.split(r"、", clause, maxsplit=1)[0]
    m = _AFTER_NOUN.match(rest)
    if not m:
        return ""
    noun = m.group()
    # Stop at a verb that starts the next part: 职工参加竞赛 -> 职工.
    cut = next((m for m in _NEXT_VERB.finditer(noun) if m.start() >= 2), None)  # not the 的 of 的重要物种
    if cut:
        noun = noun[: cut.start()]
    # 90%的典型生态系统和85%的…: the 和 joins the next item, it is no part of this noun.
    return _keep_start(_trim(re.sub(r"[和与及]$", "", noun) if re.match(r"\d", rest[len(noun):]) else noun), 14)


def _segment_before(sentence: str, figure: TextFigure, previous_end: int) -> str:
    """Words before the figure, back to the previous figure, the clause boundary, or a list comma
    that closes an item with a figure of its own. A list of nouns (走访慰问一线职工、困难职工等
    317.8万人次) stays whole: all of it is what the figure counts."""
    head = sentence[previous_end:figure.start]
    head = re.split(r"[，,；;：:。！？!?]", head)[-1]
    start = figure.start - len(head)
    whole = re.fullmatch(r"([\u4e00-\u9fff（()）]{1,12}?)(?:当中|之中|中)[，,]", sentence[previous_end:start]) \
        if previous_end > 0 and re.search(r"有$", head) else None
    if whole:
        # 129个县级综合档案馆中，达到国家标准的有121个: those of the whole that did it.
        return _trim(_unbracketed(whole.group(1)) + _trim(without_trailing_adverbs(_trim(_unbracketed(head)))))
    if start == previous_end > 0 and sentence[previous_end - 1] == "年" and head[:1] in ("末", "底"):
        head, start = head[1:], start + 1  # 较2017年末下降: the 末 is the year's (2017年末)
    # The previous figure's item ends at its list comma; a comma inside quotes (“强信心、战疫情”)
    # belongs to a name.
    commas = [i for i, ch in enumerate(head) if ch == "、" and not inside_quotes(sentence, start + i)
              and not re.search(r"[（(][^）)]*$", head[:i])]  # nor inside brackets: 县(市、区)
    if previous_end > 0 and previous_end == start and commas:  # the previous figure is in this clause
        head = head[commas[0] + 1:]
    head = _unbracketed(head)
    return _trim(without_trailing_adverbs(_trim(head.replace("、", "").removesuffix("等"))))


def _predicate_after_list(sentence: str, figures: list[TextFigure], i: int) -> str:
    """For a list 'A 1、B 2、C 3 参加X', the shared tail '参加X' after the last item's noun."""
    last = figures[i]
    while True:
        nxt = next((f for f in figures if f.start > last.end), None)
        gap = sentence[last.end:nxt.start] if nxt else ""
        if nxt and re.fullmatch(r"[\u4e00-\u9fff“”\"]{0,8}[、和及与]", gap):
            last = nxt
            continue
        break
    tail = re.split(r"[，,；;：:。！？!?]", sentence[last.end:], maxsplit=1)[0]
    noun = _noun_after(sentence, last)
    tail = tail[tail.find(noun) + len(noun):] if noun and noun in tail else tail
    return _keep_start(_trim(tail), 10)


def _deed_of_counted(sentence: str, figure: TextFigure, noun: str) -> str:
    """What the things counted right after the figure did, when a verb follows them in its
    clause: 建成生活垃圾无害化处理设施 of 129个县(市、区)全部建成…; '' otherwise."""
    rest = _rest_after(sentence, figure)
    if not rest.startswith(noun):
        return ""
    tail = re.split(r"[，,；;：:。！？!?]", re.sub(r"[（(][^）)]*[）)]", "", rest[len(noun):]), maxsplit=1)[0]
    tail = re.sub(r"^(?:全部|均|都|已经|已|也|共|先后|相继)+", "", tail)
    words = tagged(tail)
    # 8.3万户退役军人和其他优抚对象家庭悬挂光荣牌: the things counted go on past 和 to the verb,
    # which is what all of them did.
    more = next((k for k, (_, tag) in enumerate(words) if not re.match(r"[cnr]", tag)), 0)
    if more and words[0][0] in ("和", "及", "与") and words[more][1].startswith("v"):
        tail, words = "".join(w for w, _ in words[more:]), words[more:]
    if not words or not words[0][1].startswith("v") or find_figures(tail) or len(tail) < 4:
        return ""
    return _keep_start(_trim(tail), 14)


def _run_start(sentence: str, figures: list[TextFigure], i: int) -> int:
    """The first of the figures written back to back with figure i (36批718人次)."""
    while i > 0 and figures[i - 1].end == figures[i].start:
        i -= 1
    return i


def _verb_after_places(sentence: str, figures: list[TextFigure], i: int) -> str:
    """The verb that ends a clause after a list of places (…96人次赴泰国、老挝等地考察 -> 考察)."""
    last = i
    while last + 1 < len(figures) and figures[last].end == figures[last + 1].start:
        last += 1
    tail = re.split(r"[，,；;。！？!?]", sentence[figures[last].end:], maxsplit=1)[0]
    found = re.fullmatch(rf"[^\d]*?{PLACES_LISTED}([\u4e00-\u9fff]{{2,6}})", tail)
    return _trim(found.group(1)) if found else ""


def _in_list(sentence: str, figures: list[TextFigure], i: int) -> bool:
    f = figures[i]
    before = sentence[max(0, f.start - 12):f.start]
    after = sentence[f.end:f.end + 12]
    prev_sep = bool(re.search(r"、[\u4e00-\u9fff“”\"]{0,10}$", before))
    next_sep = bool(re.match(r"[\u4e00-\u9fff“”\"]{0,8}、", after)) and any(g.start > f.end for g in figures)
    # 90%的典型生态系统和85%的重要物种得到有效保护: two items joined by 和, each with its figure.
    joined = ((i > 0 and re.fullmatch(r"[\u4e00-\u9fff“”\"]{0,10}[和与及]", sentence[figures[i - 1].end:f.start]))
              or re.match(r"[\u4e00-\u9fff“”\"]{0,8}[和与及](?=\d)", after))
    return prev_sep or next_sep or bool(joined)


def _question(sentence: str, figure: TextFigure, previous_end: int, keyword: str, topic: str = "") -> str:
    """The figure's clause with the figure replaced by 多少/几/哪一年; a clause too short to say
    what it is about (省劳模多少人) is led by the paragraph's topic, a year (2018年以来) followed by
    the clause that says what happened since."""
    # From the clause start, the previous figure, or the list comma after it (28个省级试点为带动、
    # 各级535个试点为支撑: the words after 28个 are its own).
    # Another figure earlier in the clause stays in the question (全省高校共有9个学科进入ESI全球排名
    # 前多少): it tells this figure apart, and the engine never answers with a figure the question
    # gives. A list comma after another figure starts a new item (28个省级试点为带动、各级535个).
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, figure.start)]
    listed = [m.end() for m in re.finditer("、", sentence[:figure.start])
              if m.start() >= previous_end > 0 and not inside_quotes(sentence, m.start())]
    start = max([0, *starts, *listed[:1]])
    end_match = re.compile(r"[，,；;。！？!?]").search(sentence, figure.end)
    end = end_match.start() if end_match else len(sentence)
    item_end = sentence.find("、", figure.end, end)
    if item_end >= 0 and DIGIT_FIGURE.search(sentence, item_end, end):
        end = item_end  # the next item of a list of figures is not part of this question
    head, tail = sentence[start:figure.start], sentence[figure.end:end]
    if figure.year and len(_PUNCT.sub("", tail)) <= 4:
        following = re.split(r"[，,；;。！？!?]", sentence[end + 1:], maxsplit=1)[0] if end < len(sentence) else ""
        tail = tail + ("，" + _keep_start(following, 20) if following else "")
    if figure.year:
        ask = "哪一年"
    elif figure.unit == "体系":
        ask = "什么"  # “1+10”帮扶体系: a name, asked for as one
    elif is_rank(figure.text):
        ask = figure.text[0] + "几" + figure.unit  # 居全国第二位, 进入全国前20名: a rank
    elif figure.text.startswith("上"):
        ask = "多少" + figure.unit  # 上万名: how many, not 几名
    elif figure.chinese:
        ask = "几" + figure.unit + figure.text[figure.text.find(figure.unit) + len(figure.unit):]
    elif figure.unit in ("%", "‰", ""):
        ask = "多少"
    else:
        ask = "多少" + ("个月" if figure.text.endswith("个月") else figure.unit)
    question = _PUNCT.sub("", head).lstrip("和及与并") + ask + _PUNCT.sub("", tail)
    question = re.sub(r"^(其中|同时|此外|另外)", "", question)
    if len(_trim(head)) < 2 and keyword and keyword not in question:
        question = keyword + "：" + question
    core = re.sub(r"多少|几|哪一年|[，,：:]", "", question)
    if len(core) < 8 and topic and topic not in question:
        question = topic + "，" + question
    return question.rstrip("，,、") + "？"


def _topic(paragraph: str, headline: str) -> str:
    first = _SENTENCE.match(paragraph)
    lead = first.group() if first else ""
    if 4 <= len(lead) <= 24 and not any(ch.isdigit() for ch in lead):
        return _PUNCT.sub("", lead.rstrip("。！？!?"))[:TOPIC_MAX]
    if headline:
        return _PUNCT.sub("", headline)[:TOPIC_MAX]
    # The first clause that says something before any figure: 从2018年开始,全省实施… is led by
    # what is done (全省实施…), not by 从.
    for clause in re.split(r"[，,；;：:。]", paragraph)[:3]:
        said = _PUNCT.sub("", re.sub(r"\d.*", "", clause))
        if len(said) >= 4:
            return said[:TOPIC_MAX]
    return "其他"


_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))\s*")


def _is_headline(line: str) -> bool:
    return len(line) <= 40 and not re.search(r"[。！？!?]$", line)


def draft(text: str, title: str = "", date: str = "") -> Draft:
    """Every figure of `text` as a fact (see the module's docstring)."""
    stored = prepare(text)
    result = Draft(stored)
    headline = ""
    offset = 0
    for line in stored.split("\n"):
        line_start = stored.index(line, offset) if line else offset
        offset = line_start + len(line)
        if not line:
            continue
        # The date line: the one given, or any line that is only a date (a --date that says less).
        is_date = line == date.strip() or re.fullmatch(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日", line) is not None
        if line == title.strip() or is_date:
            if is_date and find_figures(line):
                _add_date(result, line, line_start)
            continue
        if _is_headline(line) and not find_figures(line):
            headline = _ENUMERATOR.sub("", line)  # 一、综合交通网络不断完善
            continue
        topic = _topic(line, headline) if not _is_headline(line) else _PUNCT.sub("", headline)[:TOPIC_MAX] or "其他"
        previous, previous_at, previous_from = "", 0, 0
        for m in _SENTENCE.finditer(line):
            sentence = m.group().strip()
            if not sentence:
                continue
            if previous and _GOES_ON.match(sentence):
                # 2021年，全省外贸进出口总额达到3143亿元。其中(，)出口1423亿元: drafted as one sentence
                # with the whole's, which says what the part is of and when (货物贸易进出口总额出口,
                # not 出口 alone), and quoted as the article writes both.
                del result.facts[previous_from:]
                result.figures_found -= len(find_figures(previous))
                _draft_sentence(result, _SENTENCE_END.sub("", previous) + "，" + sentence, topic, previous_at)
                previous += sentence
                for fact in result.facts[previous_from:]:
                    fact.sentence = previous
                continue
            previous_from = len(result.facts)
            _draft_sentence(result, sentence, topic, line_start + m.start())
            previous, previous_at = sentence, line_start + m.start()
    _merge_repeats(result)
    result.facts.sort(key=lambda f: f.position)
    return result


def _add_date(result: Draft, line: str, position: int) -> None:
    result.figures_found += 1
    result.facts.append(DraftedFact("发布", line, line, "日期", ["发布日期", "发布会日期"], line,
                                    "这篇报道是哪天发布的？", position=position, slug_hint="date"))


def _draft_sentence(result: Draft, sentence: str, topic: str, position: int) -> None:
    figures = find_figures(sentence)
    result.figures_found += len(figures)
    previous_end = 0
    for i, fig in enumerate(figures):
        first = _run_start(sentence, figures, i)
        # 来访36批718人次: a figure right after another counts the same thing another way.
        before = _segment_before(sentence, figures[first], figures[first - 1].end if first else 0) \
            if first < i else _segment_before(sentence, fig, previous_end)
        if i and first == i and _BOUND_AFTER.match(sentence, figures[i - 1].end) and not figures[i - 1].year \
                and not _CLAUSE_END.search(sentence, figures[i - 1].end, fig.start):
            # 60岁及以上老年人口达到703.8万人: the bound before names who is counted.
            before = _trim(figures[i - 1].text + sentence[figures[i - 1].end:fig.start])
        noun = _noun_after(sentence, fig) or (fig.unit + "牌" if fig.unit in ("金", "银", "铜") else "")
        verb = _verb_after_places(sentence, figures, i)
        if verb and len(before) <= 4:
            # 组织26批179人次到印尼、马来西亚等地出访: the trip is counted (组织出访), not the place.
            before, noun = before + verb, ""
        if is_rank(fig.text) and i == 0:
            # 花卉种植面积和产值连续多年居全国第一: a rank, keyed by what is ranked (each item too).
            before = _ranked(before) or before
        quoted = re.search(r"“([^“”]+)”[的等]*$", sentence[:fig.start])
        joined = _joined_items(before) if len(before) > 14 else []
        if quoted and _trim(quoted.group(1)) == before[-len(_trim(quoted.group(1))):]:
            before = _keep_end(before, 20)  # a name in quotes (“强信心、战疫情…”) is kept whole
        elif len(before) > 14:  # keep the end, where the noun is, and never half a verb
            before = _keep_end(_without_lead_verb(before), 14)
        keyword = before + noun
        continued = _continued_from(sentence, fig)
        dated = ("", "")
        if len(before) < 2 and i > 0 and figures[i - 1].year and fig.unit == "倍" \
                and re.fullmatch(r"的?", sentence[figures[i - 1].end:fig.start]):
            # 规模以上工业增加值是2012年的2.1倍: what is compared stands before 是 and the year.
            before = re.sub(r"(?:是|为|相当于)$", "", _segment_before(
                sentence, figures[i - 1], figures[i - 2].end if i > 1 else 0))
            keyword = before + noun
        if i > 0 and figures[i - 1].year and _CHANGE_ONLY.fullmatch(before) \
                and re.search(r"(?:较|比)$", sentence[:figures[i - 1].start]):
            # 2021年森林火灾起数较2012年下降85%: what changed stands before 较 and the year it is
            # compared with (after any year that opens the clause), not in a clause before.
            compared = _trim(re.sub(r"^(?:19|20)\d\d年(?:末|底)?", "", _segment_before(
                sentence, figures[i - 1], figures[i - 2].end if i > 1 else 0).removesuffix("较").removesuffix("比")))
            if len(compared) >= 2:
                before = compared + before
                keyword = before + noun
        if len(before) < 2:
            # 累计1340万人次职工参赛, 十年来,全省…: the words right after the figure say what it is about.
            after = _words_after(sentence, fig)
            keyword = after if len(after) >= 2 else keyword
        if not keyword and fig.unit == "日期" and re.match(r"[，,]", sentence[fig.end:]):
            # 9月27日,…专场发布会在海埂会堂召开: a date that opens the sentence dates what follows.
            event = _dated_event(re.split(r"[，,；;。！？!?]", sentence[fig.end + 1:], maxsplit=1)[0])
            keyword, dated = "".join(event), event
        previous = result.facts[-1] if i > 0 and result.facts and result.facts[-1].sentence == sentence else None
        own_words = _without_lead_verb(keyword)  # what this figure's clause itself says, before any borrowing
        borrowed = ""
        if previous is not None and re.fullmatch(r"[至到~～—-]", sentence[figures[i - 1].end:fig.start]):
            # 每人每月补助500元至1500元: a range; both ends count the same thing.
            previous.keywords.append(previous.keywords[0] + "最低")
            keyword = previous.keywords[0] + "最高"
        elif previous is not None and not figures[i - 1].year and re.search(
                r"[，,]占(?:[^，,；;]{0,12})的?(?:比重|比例)?(?:保持在|稳定在|达到|为)?$",
                sentence[figures[i - 1].end:fig.start]):
            # 老年人口达到703.8万人,占总人口的14.91% (占10.75%): the share of the thing before in a whole.
            borrowed = _subject_of(previous)
            keyword = borrowed + ("占" + keyword if keyword else "占比")
        elif previous is not None and _COMPARED.match(keyword) and not figures[i - 1].year:
            # 工业增加值年均增长9.3%,高于全国同期平均水平2.4个百分点: how much faster the thing grew.
            borrowed = re.sub(f"(?:{_CHANGE_ONLY.pattern})$", "", _subject_of(previous))
            keyword = borrowed + keyword
        elif previous is not None and fig.unit == "倍" and not figures[i - 1].year and re.fullmatch(
                r"[，,](?:是|为|相当于)[^，,；;]{0,12}", sentence[figures[i - 1].end:fig.start]):
            # 累计完成水利投资4280亿元,是前十年的4.6倍: a multiple of the thing before, asked by its
            # name (水利投资翻了几倍); what it is compared with (前十年) stays a key phrase too.
            borrowed = _subject_of(previous)
            noun, keyword = noun or keyword, borrowed + keyword
        elif previous is not None and _MEASURE_OPENING.match(keyword) and re.fullmatch(
                r"[^；;。]*[，,][^；;。]*", sentence[figures[i - 1].end:fig.start]) \
                and len(thing := _MEASURE_ENDING.sub("", _subject_of(previous))) >= 2 \
                and thing != _subject_of(previous):
            # 咖啡种植面积139万亩，产量占全国的98%以上: the 产量 of the thing measured before.
            borrowed = thing
            keyword = thing + keyword
        elif previous is not None and _COVERAGE.fullmatch(keyword) and not figures[i - 1].year \
                and re.fullmatch(r"[，,][^，,；;。]*", sentence[figures[i - 1].end:fig.start]):
            # 建成各类自动气象站3280个，乡镇覆盖率达到100%: how widely the thing counted before covers.
            borrowed = _subject_of(previous)
            keyword = borrowed + keyword
        elif previous is not None and is_rank(fig.text) and re.fullmatch(r"[位居排列在全国省西部]*", keyword):
            # 森林蓄积量达到20.67亿立方米,居全国第二位: the rank of what the sentence measured.
            borrowed = _subject_of(previous)
            keyword = borrowed + keyword
        elif previous is not None and re.match(r"(?:获得|荣获|获|被)", keyword) and not figures[i - 1].year \
                and tagged(keyword)[-1][1].startswith("v") \
                and re.fullmatch(r"[，,]", sentence[figures[i - 1].end:fig.start - len(keyword)] or "") is not None:
            # 培育花卉新品种620个，获国家植物新品种权授权380个: what was granted is the thing before
            # (not 获国家专利2.4万项, which names what it counts).
            borrowed = _subject_of(previous)
            keyword = borrowed + keyword
        elif previous is not None and _lead_verb_end(keyword) and len(deed := _without_lead_verb(keyword)) >= 2 \
                and deed in _subject_of(previous) and all(tag.startswith("v") for _, tag in tagged(deed)) \
                and not figures[i - 1].year \
                and re.fullmatch(r"[，,][^，,；;。]*", sentence[figures[i - 1].end:fig.start]):
            # 造血干细胞捐献登记志愿者达到9.8万人，实现捐献312例: the clause goes on about the
            # thing before, doing what its name says (捐献); no subject of its own.
            borrowed = _subject_of(previous)
            noun, keyword = noun or keyword, borrowed + keyword
        elif previous is not None and not figures[i - 1].year and len(keyword) >= 2 \
                and _unbracketed(sentence[figures[i - 1].end:fig.start]) == f"、{keyword}" \
                and (at := (prior_key := _without_lead_verb(_subject_of(previous))).find(keyword[:2])) >= 2 \
                and not prior_key.endswith(keyword) and not _LEVEL_WORDS.fullmatch(prior_key[:at]):
            # (Not 全国文化先进集体3个、文化先进集体12个: the second is the one of no level.)
            # 全国民族团结进步示范州（市）5个、示范县（市、区）24个: the next item begins as a word of the one
            # before does (示范), and the words before that word (全国民族团结进步) are its own too.
            borrowed = prior_key[:at]
            noun, keyword = noun or keyword, borrowed + keyword
        elif previous is not None and (level := _LEVEL_ONLY.fullmatch(_unbracketed(keyword))) is not None \
                and (prior := _LEVEL_PREFIX.match(_subject_of(previous))) is not None \
                and len(noun_of_prior := _subject_of(previous)[prior.end():]) >= 2 \
                and re.fullmatch(r"[，,、][^，,、；;。]*", sentence[figures[i - 1].end:fig.start]):
            # 省级非遗代表性项目450项，州（市）级1790项，县级5890项: a level alone names the noun said
            # with the level before it.
            borrowed = noun_of_prior
            noun, keyword = noun or level.group() + noun_of_prior, level.group() + noun_of_prior
        elif previous is not None and _lead_verb_end(keyword) and not figures[i - 1].year \
                and (doer := _doer_of(previous)) and doer not in keyword \
                and re.fullmatch(r"[，,][^，,；;。]*", sentence[figures[i - 1].end:fig.start]):
            # 福利彩票累计销售620亿元，筹集公益金178亿元: a clause that opens with its verb goes on
            # about the doer of the clause before (the 公益金 is the 福利彩票's).
            borrowed = doer
            noun, keyword = noun or doer + _without_lead_verb(keyword), doer + keyword
        elif previous is not None and ((len(keyword) < 3 and (not _NAMES_A_THING.fullmatch(keyword)
                                                              or "其中" in sentence[figures[i - 1].end:fig.start]))
                                       or _CHANGE_ONLY.fullmatch(keyword)):
            # 提高了41.28个百分点, 投资1.68万亿元,年均增长18.5%: of what came before (高铁 of
            # 其中高铁1212公里 stays a key phrase of its own too). 比率为98.6%,较2015年提高1.9个百分点:
            # of the quantity before, not of the year compared with.
            between = sentence[figures[i - 1].end:fig.start]
            whose = "其中" in between or _CHANGE_ONLY.fullmatch(keyword)
            said = [f for f, g in zip(result.facts[len(result.facts) - i:], figures[:i], strict=True)
                    if not g.year and g.unit != "日期"]
            if figures[i - 1].year and said:
                previous, whose = said[-1], True
                if re.fullmatch(r"的?", between):
                    # 恢复到2019年的80.5%: what the clause says before the year it compares with.
                    start = max([0, *(m.end() for m in _CLAUSE_END.finditer(sentence, 0, figures[i - 1].start))])
                    keyword = _trim(sentence[start:figures[i - 1].start]) or keyword
            # (2021年产值达到150亿元: a year before the figure is no thing whose words to borrow.)
            base = "" if figures[i - 1].year and not said else \
                _subject_of(previous) if whose else \
                (_list_head(previous, own_words, between) or previous.keywords[-1])
            own, keyword = keyword, base + keyword
            borrowed = base if whose else ""
            noun = noun or (own if len(own) >= 2 and not _CHANGE_ONLY.fullmatch(own) else "")
        # 全省完成客运量: the scope and the verb before the noun are no part of what is counted;
        # but 资金 alone (全省累计投入资金) names no more than the unit does.
        core = _without_lead_verb(_SCOPE_BEFORE_VERB.sub("", keyword))
        core = _without_lead_verb(keyword) if core in _KIND_ONLY else core
        # What the sentence is about, when the figure's clause does not say it (连续十年组织职工医疗
        # 互助活动,参加活动职工从275万人增长到359万人): its first clause, with the figure's noun.
        lead = _sentence_subject(sentence, fig, core or noun)
        keywords = [k for k in dict.fromkeys([keyword, core if len(core) >= 2 else "",
                                              noun if len(noun) >= 2 else "",
                                              lead + (core or noun) if lead and lead not in keyword else ""]) if k]
        note = ""
        if noun and _in_list(sentence, figures, i):
            predicate = _predicate_after_list(sentence, figures, i)
            if predicate and predicate not in keyword:
                keywords.insert(0, (noun or keyword) + predicate)
        pair = _before_after(sentence, figures, i)
        if pair:
            role, subject = pair
            subject = subject or before
            lead = _sentence_subject(sentence, fig)
            keywords = [k for k in dict.fromkeys([subject + ("原来" if role == "before" else "现在"), subject,
                                                  lead + subject if lead and lead not in subject else ""]) if k]
            note = "增长前" if role == "before" else "增长后"
        said_before = result.facts[-1] if i > 0 and result.facts and result.facts[-1].sentence == sentence else None
        if said_before is not None and not pair and keywords:  # (none found: the topic keys it, below)
            # …基本养老保险参保人数…3257万人，参保率达到95%: the noun left out is the one said before.
            base = _subject_of(said_before)
            at = base.find(keywords[0][:2]) if len(keywords[0]) >= 2 else -1
            # (Not a deed: 学校总数 after 全省新建学校 is of every school, not the new ones.)
            done = _LEAD_VERBS.search(base[:at]) or any(tag.startswith("v") for _, tag in tagged(base[:at]))
            if at > 0 and not keywords[0].startswith(base[:at]) and not done:
                keywords.insert(1, base[:at] + keywords[0])
            elif at < 0 and (head := _list_head(said_before, own_words, sentence[figures[i - 1].end:fig.start])):
                # 基金总收入698亿元，总支出612亿元，累计结存934亿元: what the first item says before its
                # own measure (基金) is what the next items measure too.
                keywords.insert(1, head + own_words)
        # A phrase holding another figure (省级试点为带动各级535个…) describes that one, not this.
        keywords = [k for k in keywords if not find_figures(k)] or keywords  # 5A级景区 holds no figure
        if said_before is not None and keywords and (whole := _level_elided(said_before, keywords[0])):
            keywords.insert(1, whole)
        if not keywords or len(keywords[0]) < 2:
            result.unplaced.append(f"{fig.text}: nothing around it says what it counts; keyword = topic")
            keywords = [topic]
        question = _question(sentence, fig, previous_end, keywords[0], topic)
        if borrowed and borrowed not in question:
            # 较2015年提高多少个百分点: of what, for a quiz (instead of the paragraph's topic).
            question = borrowed + question.removeprefix(topic + "，")
        if pair:
            quantities = [f for f in figures if not f.year and f.unit != "日期"]
            k = quantities.index(fig)
            other = quantities[k + 1] if pair[0] == "before" else quantities[k - 1]
            change = _CHANGE.search(sentence, min(fig.end, other.end))
            verb = change.group() if change else "变为"
            ask = "第几" + fig.unit if fig.text.startswith("第") else "多少"  # 从第24位上升到第几位
            question = (f"{pair[1] or before}从{ask}{verb}{other.text}？" if pair[0] == "before"
                        else f"{pair[1] or before}从{other.text}{verb}{ask}？")
        value: int | float | str = fig.text if fig.unit in ("日期", "体系") else value_of(fig)
        unit = "年" if fig.year else ("%" if fig.text.endswith("%") else fig.unit or "数")
        if fig.year and sentence[fig.end:fig.end + 1] == "的":
            # 从2012年的445所增加到2021年的621所: the year a figure of the pair belongs to.
            nxt = next((f for f in figures if f.start > fig.end and not f.year), None)
            if nxt is not None:
                keywords = [_subject(sentence, nxt) or before, nxt.text + "的年份"]
        if fig.unit == "日期":
            question = re.sub(r"多少日期|多少", "哪天", question, count=1)
            if dated[0]:
                question = f"{dated[0]}是哪天{dated[1]}的？"
        if fig.year and _SINCE.match(sentence[fig.end:]):
            # 从2021年开始,对取得高级技师…: the year of what the rest of the sentence tells, not of 开始
            # (or of the clause before it: 着力加强基层职工服务,2018年以来,…).
            later, earlier = re.split(r"[，,；;]", sentence[fig.end:]), re.split(r"[，,；;]", sentence[:fig.start])
            clauses = later[1:3] + earlier[-2::-1]
            told = [k for k in map(_trim, clauses) if 2 <= len(k) <= 20 and not re.search(r"\d", k)]
            keywords = told[:2] or keywords
        if continued and continued not in keywords[0]:
            # 对取得高级技师、技师资格,以及提升学历的职工给予2000元补助: the clause 以及 continues.
            keywords.append(continued + (noun or ""))
            if re.match(r"以及|及|并且|并|和|同时", question):
                question = continued + "，" + question
        respective = _respective(sentence, figures, i, result.facts)
        if respective:
            # 城镇…收入4.05万元,农村…收入1.46万元,分别是2012年的1.9倍和2.8倍: each of its own.
            keywords, question = respective
        purpose = _purpose_after(sentence, fig) if unit == "元" and len(keywords[0]) <= 6 else ""
        if purpose:
            # 投入资金1.1亿元,培训农民工13.9万人次: money is told apart by what it paid for.
            keywords.insert(0, keywords[0] + purpose)
            question = question.rstrip("？") + "，用于" + purpose + "？"
        field = _topic_head(topic)
        if field and len(keywords[0]) <= 6 and not any(field in k for k in keywords) and not fig.year:
            # 累计1340万人次职工参赛 under 劳动和技能竞赛蓬勃开展: the paragraph says what 参赛 is in.
            keywords.append(field + keywords[0])
        if is_rank(fig.text) and i == 0 and "和" in keywords[0]:
            keywords += _items_ranked(keywords[0])
        if not respective:  # (分别: each item is its own figure's)
            keywords += [k for k in joined if k not in keywords]
        keywords = _with_short_forms(keywords)
        deed = _deed_of_counted(sentence, fig, noun) if noun and not _in_list(sentence, figures, i) else ""
        if deed and deed not in keywords[0]:
            # 129个县(市、区)全部建成生活垃圾无害化处理设施: the ones that did it, asked by what they
            # did (多少个县建成了垃圾处理设施); no shorter form of it, which would name the deed only.
            keywords.insert(min(len(keywords), 2), noun + deed)
        if purpose:
            # (Not 污水收集管网 alone, cut from 资金800多亿元,建成污水收集管网6800多公里: that names
            # what the next figure counts, not the money.)
            keywords = [k for k in keywords if k not in purpose]
        # 留滇就业比例保持在80%以上: the bound is part of the figure, which is no exact 80%.
        bound = _CLOSING_BOUND.match(sentence, fig.end)
        figure = fig.text + (bound.group(1) if bound else "")
        result.facts.append(DraftedFact(topic, figure, value, unit, keywords, sentence, question, note,
                                        position + fig.start, keywords[0]))
        previous_end = fig.end
        if fig.unit == "年" and not fig.year:
            # 十年来累计调解…: 来 (以来, 间) closes the span of time, no word of what follows.
            previous_end += len(re.match(r"(?:以来|来|间|内|中)?", sentence[fig.end:]).group())  # type: ignore[union-attr]


_PREDICATE = re.compile(r"达到|实现|完成|超过|突破|全部|均已|提高|增长|下降")
# A clause that says who tells (省水利厅负责人介绍, 据了解, 记者从会上获悉, 第三次全国国土调查显示).
_SAID_BY = re.compile(r"(?:介绍|表示|指出|透露|获悉|了解到|据了解|据悉|据统计|显示|表明)$")


# What stands between the thing ranked and its rank: 连续多年居全国, 稳居西部省区.
_RANK_LEAD = re.compile(r"(?:连续多年|连续\d+年|多年|始终|一直|稳定|均)?(?:稳居|位居|位列|排名|居|排|列)"
                        r"(?:全国|全省|西部省区|西部|全球|世界|南亚东南亚)?$")


def _joined_items(before: str) -> list[str]:
    """Both nouns of a long 'A和B' before a figure, which the cut to its end would halve:
    开工建设各类保障性住房和棚户区改造安置住房 -> 保障性住房, 棚户区改造安置住房."""
    core = _trim(re.sub(r"^(?:各类|各种|各级|各项)", "", _without_lead_verb(before)))
    parts = re.split(r"和|与|及", core)
    if len(parts) != 2:
        return []
    first = _trim(re.sub(r"^(?:各类|各种|各级|各项)", "", _without_lead_verb(parts[0])))
    return [p for p in (first, _trim(parts[1])) if 3 <= len(p) <= 14 and not find_figures(p)]


def _ranked(before: str) -> str:
    """The thing a rank is of: 花卉种植面积和产值 of 花卉种植面积和产值连续多年居全国."""
    return _trim(_RANK_LEAD.sub("", before))


def _items_ranked(subject: str) -> list[str]:
    """Each of two things ranked together, the second with the first's leading noun:
    花卉种植面积和产值 -> 花卉种植面积, 花卉产值."""
    first, _, second = subject.partition("和")
    words = [w for w, _ in tagged(first)]
    head = words[0] if len(words) > 1 and len(words[0]) >= 2 else ""
    return [k for k in (first, head + second if head and not second.startswith(head) else second) if len(k) >= 2]


# A scope every figure of a provincial report shares (全省高速公路通车里程): users leave it out or say
# 云南 instead. A measure noun (通车里程, 总量) the unit asked says as well (多少公里).
_SCOPE_HEAD = re.compile(r"^(?:全省|全市|全州|全县|全区|我省|云南省|云南)(?=[\u4e00-\u9fff]{3})")
_MEASURE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:通车|营业|运营|通航)?"
                           r"(?:总里程|里程|总量|总数|总额|规模|种群数量|数量)$")


_COUNT_FRAME = re.compile(r"^(?:总共|一共|共计|共)?有?(?=[\u4e00-\u9fff]{2})(?!有效|有机|有色|有线|有关)")


def _with_short_forms(keywords: list[str]) -> list[str]:
    """The key phrases, each followed by its forms without the scope and the measure noun:
    全省高速公路通车里程 is asked as 高速公路通车里程 and as 高速公路有多少公里."""
    out: list[str] = []
    for n, keyword in enumerate(keywords):
        scope = _SCOPE_HEAD.match(keyword)
        if scope and (rest := _COUNT_FRAME.sub("", keyword[scope.end():])) != keyword[scope.end():]:
            # 全省共有人民调解员: 共有 frames the count; as a key phrase it would match 有人 of any
            # question that asks 有多少人.
            keyword = scope.group() + rest
        unscoped = _SCOPE_HEAD.sub("", keyword)
        if _lead_verb_end(unscoped):
            unscoped = keyword  # 全省累计投入资金: the noun without the verb is a keyword already
        out += [keyword, unscoped, _MEASURE_TAIL.sub("", unscoped)]
        words = tagged(unscoped) if n == 0 else ()  # the figure's own phrase, not one borrowed from the lead
        if len(words) >= 2 and words[0][1] == "v" and len(unscoped) - len(words[0][0]) >= 3:
            # 悬挂光荣牌: the thing is asked without the verb (光荣牌挂了多少块, a typo of it by sound).
            out.append(unscoped[len(words[0][0]):])
        verbs = [k for k, (_, tag) in enumerate(words) if tag == "v"]
        if verbs and verbs[-1] > 0 and all(tag in _NOUNISH for _, tag in words[verbs[-1] + 1:]):
            # 为退役军人家庭悬挂光荣牌: the thing done, after the verb inside, is asked on its own too.
            thing = "".join(w for w, _ in words[verbs[-1] + 1:])
            if len(thing) >= 3:
                out.append(thing)
        if re.search(r"(?<=[\u4e00-\u9fff]{2})(?:各类|各种|各项)", unscoped):
            # 调解各类矛盾纠纷 is asked as 调解矛盾纠纷 (各类 sorts nothing out).
            out.append(re.sub(r"各类|各种|各项", "", unscoped))
        # 各级工会共开展各类宣讲活动: what the verb inside did (宣讲活动) is asked on its own.
        inner = [m.end() for m in _INNER_VERB.finditer(keyword) if not _splits_complement(keyword, m.end())]
        tail = _trim(re.sub(r"^(?:各类|各种|各项|各级|了)", "", keyword[inner[-1]:])) if inner else ""
        if len(tail) >= 3 and not _lead_verb_end(tail):
            out.append(tail)
    return [k for k in dict.fromkeys(out) if len(k) >= 2]


def _continued_from(sentence: str, figure: TextFigure) -> str:
    """The clause before the figure's, when the figure's opens with 以及/并/和 (it continues that
    one) and the clause before holds no figure: 对取得高级技师、技师资格 of …,以及提升学历的职工….'"""
    clauses = re.split(r"[，,；;]", sentence[:figure.start])
    if len(clauses) < 2 or not re.match(r"(?:以及|及|并且|并|和|同时)", clauses[-1]) or find_figures(clauses[-2]):
        return ""
    return _keep_end(_trim(clauses[-2].replace("、", "")), 12)


_COUNTS = frozenset({"家", "个", "所", "座", "户", "处"})
_MEASURE_OF = re.compile(r"(?:能力|产能|产量|产值|规模|总量|容量|收入|营收)$")


def _list_head(before: DraftedFact, own: str, between: str) -> str:
    """The words a list of measures shares, taken from the item before: 全省基本医疗保险基金 of
    全省基本医疗保险基金总收入 for the next clause 总支出612亿元 (`own` = 总支出); '' when the clause says
    more than its measure (a verb, 其中, another subject) or the item before has no such head."""
    clause = re.split(r"[，,；;]", between)
    verb = r"(?:达到|达|为|是|提高到|提高至|增加到|降至|降到|下降到)?"
    # (粮油加工企业达到1350家,年加工能力1200万吨: a measure of the things counted before, whole.)
    measured = before.unit in _COUNTS and _MEASURE_OF.search(own) is not None
    if len(clause) != 2 or not 2 <= len(own) <= (6 if measured else 4) or not re.fullmatch(
            rf"(?:累计|共计|共|合计|总计)?{re.escape(own)}{verb}", clause[1]):
        return ""
    if measured:
        thing = _SCOPE_HEAD.sub("", _subject_of(before))
        return thing if len(thing) >= 3 and own not in thing else ""
    if before.unit in _COUNTS:
        return ""  # 公益性公墓（骨灰堂）1500多个，殡仪馆129个: things counted one after another
    longest = max(before.keywords, key=len)
    words = [w for w, _ in tagged(longest)]
    if len(words) < 3 or len(words[-1]) < 2:
        return ""
    head = longest[: len(longest) - len(words[-1])]
    return head if len(head) >= 4 and own not in head else ""


# A clause that opens with a measure and names no thing (产量占全国的98%), after one that measured
# a thing (咖啡种植面积139万亩): the measure is of that thing.
_MEASURES = "产量|产值|面积|规模|总量|销量|销售额|出口额"
_MEASURE_OPENING = re.compile(f"(?:{_MEASURES})")
# A coverage with no thing of its own, at most where it covers (乡镇覆盖率, 覆盖率).
_COVERAGE = re.compile(r"(?:乡镇|行政村|建制村|村|社区|县|县城|城市|城镇|农村|城乡)?(?:覆盖率|普及率)")
_MEASURE_ENDING = re.compile(f"(?:种植|播种|养殖|生产|种养)?(?:{_MEASURES})$")


_LEVEL_OPENING = re.compile(r"国家级|省级|州市级|州（市）级|市级|县级|乡镇级|村级")


def _level_elided(before: DraftedFact, own: str) -> str:
    """国家级防震减灾科普教育基地12个、省级科普教育基地86个: an item that swaps the level of the item
    before and leaves out the words between (防震减灾) means them too; its whole name, or ''."""
    mine = _LEVEL_OPENING.match(own)
    tail = own[mine.end():] if mine else ""
    if mine is None or len(tail) < 3:
        return ""
    for key in before.keywords:
        theirs = _LEVEL_OPENING.match(key)
        if theirs and theirs.group() != mine.group() and key.endswith(tail) and len(key) - theirs.end() > len(tail):
            return mine.group() + key[theirs.end():]
    return ""


def _subject_of(fact: DraftedFact) -> str:
    """A fact's first key phrase without the side of a change it names (…原来, …现在) or the
    change it states (…年均增长: 其中出口 is a part of the 总额, not of its growth)."""
    subject = re.sub(r"(?:原来|现在)$", "", fact.keywords[0])
    bare = re.sub(f"(?:{_CHANGE_ONLY.pattern})$", "", subject)
    return bare if len(bare) >= 2 else subject


def _doer_of(fact: DraftedFact) -> str:
    """Who does what a fact counts, when its first key phrase is no more than a doer and what it
    did (福利彩票|累计销售 -> 福利彩票); "" when the phrase names more, or its doer is a scope (全省)."""
    words = tagged(fact.keywords[0])
    nouns = 0
    while nouns < len(words) and words[nouns][1] in _NOUNISH:
        nouns += 1
    doer = "".join(w for w, _ in words[:nouns])
    if nouns == len(words) or len(doer) < 2 or _SCOPE_ONLY.fullmatch(doer) \
            or not all(tag in ("v", "vn", "d") for _, tag in words[nouns:]):
        return ""
    return doer


_SCOPE_ONLY = re.compile(r"全省|全市|全州|全县|全区|全国|我省|云南省?|省里")
# 州（市）级, 县级: a level said alone, and the level a key phrase opens with (省级非遗…).
_LEVEL_WORDS = re.compile(r"全国|全省|国家级?|国际|省级|州市级|市级|县级")  # 全国文化先进集体3个、文化先进集体12个
_LEVEL_ONLY = re.compile(r"(?:国家|省|州市?|市|县|乡镇?|村)级")
_LEVEL_PREFIX = re.compile(r"(?:全省)?(?:国家|省|州市?|市|县|乡镇?|村)级")


def _respective(sentence: str, figures: list[TextFigure], i: int,
                facts: list[DraftedFact]) -> tuple[list[str], str] | None:
    """For a figure of a 分别 clause (…分别增长12%和15%, 分别是2012年的1.9倍和2.8倍), the key
    phrases and question of the earlier figure of the sentence it belongs to, in order."""
    fig = figures[i]
    clause_start = max([0, *(m.end() for m in _CLAUSE_END.finditer(sentence, 0, fig.start))])
    said = sentence[clause_start:fig.start]
    if "分别" not in said:
        return None
    # (分别比2012年增长1.1倍和42%: figures joined by 和 are one list whatever their units.)
    joined = _enumerated_with(sentence, figures, i, by=("、", "和", "及", "与"))
    mine = [f for f in figures if f.start >= clause_start + said.index("分别") and not f.year
            and not _CLAUSE_END.search(sentence, fig.end, f.start) and (f.unit == fig.unit or f in joined)]
    verb = re.search(r"分别(?:是|为)?(?:比\d{4}年(?:底|末)?)?(增长|提高|增加|下降|减少|达到)?", said)
    how = (verb.group(1) or "") if verb else ""
    # 集中供养孤儿和社会散居孤儿分别达到2100名和8600名: the clause names each thing before 分别.
    named = [_without_lead_verb(_trim(n)) for n in re.split(r"和|与|及|、", said[: said.index("分别")])]
    unit = fig.unit if fig.unit not in ("%", "‰", "数") else ""
    listed = _enumerated_with(sentence, figures, i)
    if len(listed) == len(named) >= 2:
        # 起数和死亡人数分别由2012年的4680起、3120人下降到…: figures listed with 、 are one of each
        # thing named, in order, whatever their units.
        mine = listed
    if len(mine) >= 2 and len(named) == len(mine) and all(len(n) >= 2 for n in named):
        named[:-1] = [n + _shared_tail(n, named[-1]) for n in named[:-1]]
        subject = named[mine.index(fig)]
        change = how if how != "达到" else ""  # 达到 says nothing of what is counted
        return list(dict.fromkeys([subject + change, subject])), f"{subject}{how or '是'}多少{unit}？"
    # This sentence's figures before i have one fact each, the last i facts, in order.
    own = facts[len(facts) - i:] if i else []
    earlier = [fact for other, fact in zip(figures[:i], own, strict=True)
               if other.end <= clause_start and not other.year]
    if fig not in mine or len(earlier) < len(mine):
        return None
    owner = earlier[len(earlier) - len(mine) + mine.index(fig)]
    subject = _subject_of(owner)
    # What the list says of each, up to its first figure: 是2012年的, 增长.
    rest = _PUNCT.sub("", sentence[clause_start + said.index("分别") + 2:mine[0].start]).removeprefix("为")
    question = f"{subject}{rest}多少{unit}？"
    return list(dict.fromkeys([subject + how, subject])), question


def _enumerated_with(sentence: str, figures: list[TextFigure], i: int,
                     by: tuple[str, ...] = ("、",)) -> list[TextFigure]:
    """The figures listed with the i-th one by one of the words `by` alone (4680起、3120人),
    itself included."""
    first = last = i
    while first > 0 and sentence[figures[first - 1].end:figures[first].start] in by:
        first -= 1
    while last + 1 < len(figures) and sentence[figures[last].end:figures[last + 1].start] in by:
        last += 1
    return figures[first:last + 1]


def _shared_tail(item: str, last: str) -> str:
    """What the last item of 'A和B…' says after its own name, which A shares: 政策范围内住院费用报销比例
    of 职工医保和居民医保政策范围内住院费用报销比例 (aligned where both items end alike: 医保), or the
    rest of the last one after as many characters as A has (城镇和农村居民人均可支配收入); '' when
    the last item is no longer than A."""
    for n in range(min(len(item), len(last)) - 1, 0, -1):
        at = last.find(item[-n:], 1)
        if at > 0 and n >= 2:
            return last[at + n:]
    # (全省广播、电视综合人口覆盖率: the scope before the first item is no part of its name.)
    name = re.sub(r"^(?:全省|全市|全州|全县)", "", item)
    # (At the word edge from there on: 合格率 of 水产品合格率 after 蔬菜, not 品合格率.)
    at = min((e for e in edges(last) if e >= len(name)), default=len(name))
    return last[at:] if len(name) <= 2 and len(last) - len(name) >= 3 else ""


def _purpose_after(sentence: str, figure: TextFigure) -> str:
    """What an amount of money was for, when its clause ends with it and the next one says it:
    投入资金1.1亿元,培训农民工13.9万人次 -> 培训农民工."""
    following = re.match(r"[，,]([^，,；;。！？!?]+)", sentence[figure.end:])
    if not following:
        return ""
    head = re.split(r"\d|[两二三四五六七八九十]+[项个名人次]", following.group(1), maxsplit=1)[0]
    words = tagged(_trim(head))
    if not words or not words[0][1].startswith("v"):
        return ""
    if len(head) > 10:  # 慰问在驻村工作期间…的工作人员 -> 慰问工作人员: the verb and what it acts on
        return words[0][0] + words[-1][0] if len(words) > 1 and words[-1][1].startswith("n") else ""
    return _trim(head) if len(_trim(head)) >= 3 else ""


def _topic_head(topic: str) -> str:
    """The thing a paragraph's lead is about, without how it went: 劳动和技能竞赛 of 劳动和技能竞赛
    蓬勃开展, 效能建设 of 效能建设不断深入; '' when shorter than four characters."""
    words = tagged(topic)
    cut = next((k for k, (_, tag) in enumerate(words) if k and tag in ("d", "ad", "i")), len(words))
    head = _trim("".join(w for w, _ in words[:cut]))
    return head if len(head) >= 4 and head != topic else ""


def _dated_event(clause: str) -> tuple[str, str]:
    """What a date dates: the subject of its clause and the verb that ends it (…专场发布会在海埂会堂
    召开 -> 专场发布会, 召开)."""
    clause = _trim(clause)
    subject = re.split(r"[在于]", clause, maxsplit=1)[0]
    last = tagged(clause)[-1] if clause else ("", "")
    verb = last[0] if last[1].startswith("v") and last[0] not in subject else ""
    return (_keep_end(subject, 14 - len(verb)), verb) if subject else ("", "")


def _sentence_subject(sentence: str, figure: TextFigure, own_words: str = "") -> str:
    """The first clause of the sentence, without its figures, leading verbs and framing words,
    when the figure stands in a later clause; else ''. `own_words` are what the figure's own
    clause says it counts."""
    clauses = re.split(r"[，,；;：:]", sentence)
    while len(clauses) > 1 and _SAID_BY.search(clauses[0]):
        # 省水利厅负责人介绍，…: who says it is no subject of the figures.
        cut = len(clauses[0]) + 1
        figure = replace(figure, start=figure.start - cut, end=figure.end - cut)
        sentence, clauses = sentence[cut:], clauses[1:]
    first = clauses[0]
    if re.fullmatch(r"(?:从)?(?:(?:19|20)\d\d年|[一二三四五六七八九十两]+年|近年|多年|(?:党的)?十[八九]大)"
                    r"(?:以来|来|开始|起|至今)?", first) and len(clauses) > 1:
        # 从2018年开始,全省实施“四好农村路”建设三年行动,累计投入资金860亿元: a time, then the subject.
        first = clauses[1]
        if figure.start <= len(clauses[0]) + 1 + len(first):
            return ""
    if figure.start <= len(first):
        return ""
    if "从" in first or "由" in first:  # 全省公共图书馆从2012年的120个增加到…: what comes before 从 (由)
        first = first[: min(first.find(w) for w in "从由" if w in first)]
    elif (described := _DESCRIBED.match(re.split(r"\d", first, maxsplit=1)[0])) \
            and not re.split(r"[，,；;：:]", sentence[: figure.start])[-1].startswith("其中"):
        # 滇中引水工程全长664公里，设计年引水量34.03亿立方米，…隧洞累计掘进580公里: a sentence that
        # opens with a size of a thing goes on describing that thing.
        first = described.group(1)
    elif any(not f.year and f.unit not in ("日期", "年", "月", "天") for f in find_figures(first)):
        # 建成国家级农业科技园区8个，培育省级星创天地125家: a clause that opens with its own verb
        # counts its own noun (but 全省运输机场达到15个，数量居全国第四位 goes on about the first).
        own = re.split(r"[，,；;：:]", sentence[: figure.start])[-1]
        if _OWN_ACTION.match(re.sub(r"^(?:并|还|又|同时|另外|此外|累计|共)+", "", own)):
            return ""
        # …燃煤小锅炉3600余台，完成1.4万个行政村环境整治，农村生活污水治理率达到38%, 鸟类900多种: a
        # clause that names its own thing (not 数量 alone, nor a part after 其中) is about that
        # thing. (增量 of what came before is keyed by the figure before, not by this lead.)
        # (数量居全国第四位 names no thing: a rank, of the count before.)
        named = re.sub(r"(?:位?居|排名?|位列)(?:全国|全省|西部|全球|世界)?[^，,]*$", "", own_words)
        # (覆盖职工1000多万人次 goes on about the first clause's 宣讲活动: whom it reached.)
        if len(named) >= 2 and named not in _KIND_ONLY and not own.startswith("其中") and not _REACH.match(own):
            return ""
    for other in find_figures(first):
        first = first.replace(other.text, "")
    first = re.sub(r"^(?:连续|先后|累计|共|全面|深入|大力|积极|持续)+", "", first)
    if re.match(r"[与同跟向对为]", first):
        return ""  # 先后与越南…等建立了交流合作机制: a partner, not what the sentence counts
    subject = _without_lead_verb(_trim(first))
    subject = re.sub(r"^[\u4e00-\u9fff]{0,2}?(?:组织|开展|实施|推进|举办|推动|深化)", "", subject)
    subject = _keep_start(subject, 12)
    # (云南是全国首批跨境贸易人民币结算试点省份之一: a statement of what the place is, no subject.)
    if _PREDICATE.search(subject) or re.search(r"(?:控制|保持|稳定)在|是[^，,]*之一$", first):
        # 县级医院全部达到二级以上水平, 政府债务率控制在合理区间: a clause that says something of
        # its own, no subject.
        return ""
    # A lead too long to cut at a particle would be cut inside a word: no subject then.
    return subject if 3 <= len(subject) <= 12 and (len(subject) < 12 or _WORD_BREAK.search(subject)) else ""


# What opens a sentence that describes one thing: its size (全长, 总面积, 总库容, 装机容量).
_DESCRIBED = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:全长|总长|长度|总面积|占地面积|总库容|库容|总装机容量|装机容量"
                        r"|总装机|总投资)(?:约|达到?|为|超过)?$")


def _before_after(sentence: str, figures: list[TextFigure], i: int) -> tuple[str, str] | None:
    """('before'|'after', subject) when figure i is one side of 从A(…)增长到B."""
    fig = figures[i]
    if fig.year or fig.unit == "日期":
        return None
    quantities = [f for f in figures if not f.year and f.unit != "日期"]
    k = quantities.index(fig)
    if k + 1 < len(quantities):
        nxt = quantities[k + 1]
        gap = sentence[fig.end:nxt.start]
        # (Within one clause: 由200头增加到280头，滇金丝猴增长到3000多只 is two things.)
        if _FROM_HEAD.search(sentence[:fig.start]) and _CHANGE.search(gap) and len(gap) <= 16 \
                and not _CLAUSE_END.search(gap):
            return "before", _subject(sentence, fig)
    if k >= 1:
        prev = quantities[k - 1]
        gap = sentence[prev.end:fig.start]
        if _CHANGE.search(gap) and _FROM_HEAD.search(sentence[:prev.start]) and len(gap) <= 16 \
                and not _CLAUSE_END.search(gap):
            return "after", _subject(sentence, prev)
    return None


def _subject(sentence: str, figure: TextFigure) -> str:
    head = sentence[:figure.start]
    start = [m.start() for m in CHANGE_FROM.finditer(head)]
    head = head[: start[-1]] if start else head
    return _trim(re.split(r"[，,；;：:。、]", head)[-1])


def _merge_repeats(result: Draft) -> None:
    """A figure stated twice for one thing (a headline and its paragraph) is one fact: the one
    with the longer sentence, at the first position."""
    kept: list[DraftedFact] = []
    for fact in result.facts:
        twin = next((k for k in kept if k.figure == fact.figure and _same_thing(k, fact)), None)
        if twin is None:
            kept.append(fact)
            continue
        result.merged.append(f"{fact.figure}: stated twice for {twin.keywords[0]}")
        if len(fact.sentence) > len(twin.sentence):
            position = min(twin.position, fact.position)
            kept[kept.index(twin)] = fact
            fact.position = position
            twin, fact = fact, twin
        # The shorter statement's words are the same thing said another way (a headline's
        # 全省接待游客 beside the paragraph's 全省接待海内外游客): a key phrase of the kept one too.
        twin.keywords.extend(k for k in fact.keywords if k not in twin.keywords)
    result.facts = kept


def _same_thing(a: DraftedFact, b: DraftedFact) -> bool:
    if a.sentence == b.sentence:
        return a.keywords[0] == b.keywords[0]
    if clean(a.keywords[0]) == clean(b.keywords[0]) and not a.note and not b.note:
        return True
    return _headline_of(a, b) or _headline_of(b, a)


def _headline_of(short: DraftedFact, long: DraftedFact) -> bool:
    """A short line (a headline) whose words all appear in the longer sentence."""
    words = clean(short.sentence.replace(short.figure, ""))
    return len(short.sentence) <= 40 and bool(words) and sum(b in clean(long.sentence) for b in _bigrams(words)) \
        >= 0.6 * max(1, len(_bigrams(words)))


def _bigrams(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]

