"""What the matcher's rules read of every fact, worked out once when the knowledge is loaded,
and the questions about a fact's sentence that rules of several concerns ask (bot.core.vetoes).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from bot.core.abbreviations import tables as abbreviation_tables
from bot.core.corpus import Corpus
from bot.core.figure_context import (
    YEAR_FIGURE,
    an_example,
    clause_around,
    clause_of,
    counted_span,
    fact_role,
    is_target,
    modified_span,
    states_change,
    subject_clause,
    without_change_frame,
    without_short_brackets,
)
from bot.core.followup import Vocabulary
from bot.core.knowledge import KnowledgeBase
from bot.core.models import Fact
from bot.core.modifiers import modifier_before
from bot.core.normalize import Normalizer
from bot.core.params import DEFAULT_PARAMS, Params
from bot.core.question import YEAR, Analysis
from bot.core.terms import char_terms, syllable_table
from bot.core.text_figures import PLACES_LISTED, is_rank
from bot.core.units import COUNTING_UNITS, OTHER_KIND, UNIT_FAMILY, unit_agreement
from bot.core.words import edges, tagged

CUMULATIVE = re.compile(r"累计|以来|十年来|10年来|共计|总计|先后|连续|期间")
# A figure followed by 以上/以下 and the noun it bounds (56人以上大班额, not 达到99%以上。).
_BOUND_OF_KIND = re.compile(r"(?:及|或)?(?:以上|以下)(?:的)?[\u4e00-\u9fff]")
HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")  # two characters of words, no digits (2021年: 02)
NOUN_TAGS = frozenset({"n", "nz", "vn", "j", "ng", "ns", "nt", "l", "b", "s"})
TOTAL_ASKED = re.compile(r"一共|总共|合计|总计|加起来")
# (注册志愿者人数增长, searched for: the growth, which a multiple states.)
_ASKS_TIMES = re.compile(r"倍|番|times|增长$")
# What an amount measures of a thing: its output, capacity, sales, use (绿色铝产能 is no 产量).
MEASURE = re.compile(r"消费量|消耗量|销售量|销量|销售额|用电量|用水量|用量|产量|产能|产值|储量|存量|库存量|吞吐量"
                      r"|排放量|出口量|进口量|出口额|进口额|发电量|装机容量|营业额|(?<!主)营收(?!入)|客运量|货运量|客流量"
                      # (What one pays or is paid, asked: 高速公路收费标准是多少 is no length of road.)
                      r"|(?:标准|收费|票价|价格|单价|工资|薪酬|薪资)(?=(?:是|有|为|大概|一般|大约)*(?:多少|几|多高))")
KIND_REASON = "asks "  # how a kind veto's reason starts ("asks %, the figure is in 件")
_PLACES_AFTER = re.compile(PLACES_LISTED)
_FRAMES_A_PLACE = r"在|居|列|排|于|第[\d一二三四五六七八九十]+[次届]"  # (居全国, 第七次全国人口普查)
_SIDE_FRAME = re.compile(r"(?:从|(?<![自理缘来经])由|(?:增加|提高|下降|减少|压缩|缩短|增长|提升)(?:到|至))")
_LIST_BEFORE_DENG = re.compile(r"((?:[\u4e00-\u9fff]{2,10}[、和及与])+[\u4e00-\u9fff]{2,10})等")
_DID_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)"
                        r"((?:建立|建成|设立|开展|实现|获得|参加|参与|加入|入选)[\u4e00-\u9fff]{2,12})")
_DEED_RIGHT_AFTER = re.compile(r"(?:建立|建成|设立|开展|实现|获得|参加|参与|加入|入选)[\u4e00-\u9fff]{2,12}")
SORTS = re.compile(r"各类|各种|各项")
_LEADING_SCOPE = re.compile(r"^(?:全省|全市|全州|全县|全区|全国|我省)")
# A verb done for people, before the figure that counts them in its clause (帮助11.2万名…).
# (服务期满: a term of service ended, no service done for those counted.)
_ACTED_ON = re.compile(r"(帮助|帮扶|培训|慰问|救助|资助|惠及|覆盖|带动|服务(?!期)|救治|救护|转移|安置|接收|吸纳"
                       r"|招收|引进"
                       r"|招聘|采集)[^，,；;。、\d]{0,16}$")  # (…招收少数民族预科生5.6万人 too)
# After a figure: the things it counts, then 的 and what was done to them, to the clause's end.
_DONE_TO = re.compile(r"([\u4e00-\u9fff]{2,14}?)的((?:保护)?(?:修缮|维修|修复|改造|整治|搬迁|验收|提升改造|提质改造"
                      r"|加固))(?=[，,；;。]|$)")
_USERS_COUNTED = re.compile(r"(?:用户|客户)数?(?:达到|达|为|有|超过|突破)?\d|\d个(?:用户|客户)")
_THOSE_WHO = re.compile(r"([\u4e00-\u9fff]{4,20})的(?:有|共有|达到|达)$")
_HOME_SCOPE = re.compile(r"^(?:全省|全市|全州|全县|我省|云南省|云南)")
FROM_YEAR = re.compile(r"(?:从|(?<![自理缘来经])由)((?:19|20)\d\d)年")  # 从2012年的…, 由2012年的…
_TO_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年")
# 突破300亿元, 超过2万人: a bound broken; 近2万人, 约30%: round either way.
BOUND_WORDS = "突破|超过|超|逾"
_ROUNDED = re.compile(rf"(?:{BOUND_WORDS}|近|约)\s*$")


def char_pairs(text: str) -> list[str]:
    """The two-character runs of Chinese in `text`."""
    return [b for k in range(len(text) - 1) if HAN_PAIR.fullmatch(b := text[k:k + 2])]


def _listed_items(head: str) -> tuple[str, ...]:
    """The items of a list closed by 等 in the text before a figure, each of two characters or more."""
    found = _LIST_BEFORE_DENG.search(re.sub(r"[“”‘’\"']", "", head))  # (“五个一工程”奖: one item)
    if found is None:
        return ()
    items = re.split(r"[、和及与]", found.group(1))
    # The first item runs from the clause's start: it begins after its last verb (学校 of
    # 海外侨胞捐建学校、医院等).
    verbs = [k for k, (word, tag) in enumerate(tagged(items[0])) if tag.startswith("v")]
    if verbs:
        words = [word for word, _ in tagged(items[0])]
        items[0] = "".join(words[verbs[-1] + 1:]) or items[0]
    return tuple(item for item in items if len(item) >= 2)


def _part_named(fact: Fact) -> list[str]:
    """The words that name a part, said after 其中 right before the figure: 三级医院 of 其中三级医院32家,
    高技能人才 of 其中,高技能人才135.7万人."""
    at = fact.at
    # Every item of the list after 其中 (其中5A级景区9个、4A级景区93个), its name as written.
    # (其中,职工医保参保人数由2012年的520万人增加到2021年的648万人: the part both sides count.)
    found = re.search(r"其中[，,]?([^，,；;。]*、)?([\u4e00-\u9fff0-9A-Za-z]{2,16})$",
                      without_change_frame(fact.sentence[:at])) if at > 0 else None
    if found:
        # (其中查处统计造假、弄虚作假案件420件: items with no figure of their own name one part.)
        listed = found.group(1) or ""
        return [found.group(2) if re.search(r"\d", listed) or not listed else listed + found.group(2)]
    # 其中15部作品获得国家级奖项: the part is named after the figure, up to the clause's end.
    after = re.match(r"[\u4e00-\u9fff]{2,16}", fact.sentence[at + len(fact.figure):]) \
        if at > 0 and re.search(r"其中[，,]?$", fact.sentence[:at]) else None
    return [after.group()] if after else []


def _statement_of(fact: Fact) -> str:
    """Fact's sentence up to the semicolon after its figure: what a later statement says (…普及率
    达到93%；农村地区…) is not of it; what an earlier one says may be (第七次全国人口普查数据显示，
    全省常住人口…；全省城镇人口…)."""
    if ("；" not in fact.sentence and ";" not in fact.sentence) or fact.at < 0:
        return fact.sentence
    ends = [k for k in (fact.sentence.find("；", fact.at), fact.sentence.find(";", fact.at)) if k >= 0]
    return fact.sentence[:min(ends, default=len(fact.sentence))]


def _did_part(fact: Fact) -> str:
    """What the things counted did, when the figure opens its clause (，3200多个基层工会建立女职工休息
    哺乳室): the figure counts those that did it, a part of them all; else ''."""
    at = fact.at
    did = _DID_AFTER.match(fact.sentence[at + len(fact.figure):]) \
        if at >= 0 and re.search(r"(?:^|[，,；;：:])$", fact.sentence[:at]) else None
    if did:
        # (65个石漠化县全部开展综合治理: all of them did it, and the figure counts them all.)
        return "" if re.search(r"(?:全部|全都|均|都)$", did.group(1)) else did.group(2)
    # 提交调研报告和建议1620件，其中320件获得省领导批示: the part is those that did it, the deed
    # right after the figure.
    deed = _DEED_RIGHT_AFTER.match(fact.sentence[at + len(fact.figure):]) \
        if at > 0 and re.search(r"其中[，,]?$", fact.sentence[:at]) else None
    if deed:
        return deed.group()
    # 连续六届获评全国双拥模范城(县)的有3个: those that did it, said before the figure.
    before = without_short_brackets(fact.sentence[:max(at, 0)])
    # (Quoted names are part of the deed: 入选“中国名镇志”“中国名村志”文化工程的有23部.)
    head = re.sub(r"[“”\"]", "", re.split(r"[，,；;：:。]", before)[-1])
    those = _THOSE_WHO.search(head)
    # (其中 opens a part: 其中服务期满扎根云南的有3200名 counts those that 服务期满扎根云南.)
    return re.sub(r"^其中", "", _HOME_SCOPE.sub("", those.group(1))) if at > 0 and those else ""


def _domains_of(before_figure: str) -> list[str]:
    """The fields the words before a figure narrow it to: the (up to) four characters before
    领域的, 方面的, ...: 脱贫攻坚 of 推荐表彰脱贫攻坚领域的省劳模. Said after the figure, or after a
    list (41.6万户次生活、助学…等方面的帮扶), they name what is counted, not a narrower field."""
    ends = [m.start() for m in re.finditer(r"(?<!等)(?:领域|方面|行业|战线)的", before_figure)]
    return [m.group(1) for end in ends if (m := re.search(r"([\u4e00-\u9fff]{2,4})$", before_figure[:end]))]


def _side_words(fact: Fact) -> str:
    """The words between 由/从 (or 到/至) and a side of a change, its year and 的 aside: 法定 of
    由法定的30个工作日; '' for 由2012年的210家."""
    head = fact.sentence[:max(fact.at, 0)]
    frame = max((m.end() for m in _SIDE_FRAME.finditer(head)), default=-1)
    if frame < 0:
        return ""
    said = re.sub(r"(?:19|20)\d\d年(?:底|末)?|的", "", head[frame:])
    return said if 2 <= len(said) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", said) else ""


def _spelled_out(short: str, text: str) -> bool:
    """Whether `text` writes a two-character word out, each character opening a word of two (达标
    as 达到标准)."""
    return len(short) == 2 and re.search(f"{re.escape(short[0])}[\u4e00-\u9fff]{re.escape(short[1])}[\u4e00-\u9fff]",
                                          text) is not None


def _done_for(fact: Fact, at: int) -> str:
    """What was done for those the figure counts, said 为…做了什么 (寻找 of 为1.2万余名烈士寻找到
    亲属: the things counted, then the verb, in the figure's clause); else ''. (Not 数量为120个:
    为 links a figure to its subject there, and nothing is done after it.)"""
    if at <= 0 or not fact.sentence[:at].endswith("为"):
        return ""
    words = tagged(re.split(r"[，,；;。]", fact.sentence[at + len(fact.figure):])[0])
    if not words or words[0][1] not in NOUN_TAGS:
        return ""
    return next((word for word, tag in words[1:] if tag == "v"), "")


def _done_to(after: str) -> str:
    """What was done to what a figure counts (保护修缮 -> 修缮), the characters its name lacks."""
    found = _DONE_TO.match(after)
    return "".join(ch for ch in found.group(2) if ch not in found.group(1)) if found else ""


def said_apart(text: str, words: str) -> bool:
    """`words` is in `text`, not as the piece of a grade or code (a级景区 in 5a级景区: another
    thing)."""
    return words in text and re.search(f"(?<![0-9a-z]){re.escape(words)}", text) is not None


def _period_of(text: str) -> tuple[str, str] | None:
    """(first, last) year of the changes an article reports, when it states them with years."""
    starts, ends = FROM_YEAR.findall(text), _TO_YEAR.findall(text)
    if not starts or not ends:
        return None
    start, end = Counter(starts).most_common(1)[0][0], Counter(ends).most_common(1)[0][0]
    return (start, end) if start < end else None


def says_some_of(text: str, modifier: str, scope_text: str, others: str) -> bool:
    """Whether `text` holds two characters running of `modifier` (the word 其中 aside) that tell
    it from the other figures: not a word of place or level (农村 of 农村互助 is said of 农村社区
    as well), nor words the others count too (专精特新 of 省级专精特新中小企业 and of 国家级专精特新
    “小巨人”企业)."""
    modifier = modifier.removeprefix("其中")
    return any((pair := modifier[k:k + 2]) in text and pair not in others and pair not in scope_text
               for k in range(len(modifier) - 1))


class Readings:
    """Per-fact readings, indexed like kb.facts."""

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
        self._opposites = [(a, b) for a, b in ((norm.normalize(x), norm.normalize(y)) for x, y in kb.lexicon.opposites)
                           if a and b]
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
        self._positions = [f.at for f in kb.facts]
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
        self._nouns_listed: dict[str, dict[int, str]] = {}  # each sentence's listed nouns, found when first asked
        self._roles = [fact_role(f) for f in kb.facts]
        # What a side of a change is said to be, besides its year (法定 of 由法定的30个工作日).
        self._side_words = [norm.normalize(_side_words(f)) if role else ""
                            for f, (role, _) in zip(kb.facts, self._roles, strict=True)]
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
        # (One of a list said with 分别, 蔬菜、水果…合格率分别达到98.2%、98.9%…: the words before the
        # first figure name every item, so its own key phrase says what it counts.)
        # (Without the scope it may open with: 全省一级公路 would read 全省级公路.)
        self._counted = [SORTS.sub("", norm.normalize(_LEADING_SCOPE.sub("", f.keywords[0])
                                                      if f.keywords and "分别" in clause_around(f)[0]
                                                      else counted_span(f))) for f in kb.facts]
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
        # (Nor a level inside a name after an ordinal: 第七次全国人口普查, 第十四届全国运动会.)
        self._modified_restrictors = [[w for w in self._restrictors if w in m and self._said_apart(w, m)
                                       and not re.search(f"(?:{_FRAMES_A_PLACE}){re.escape(w)}"
                                                         f"|{re.escape(w)}(?:的?位次|第|同期|平均|排名|的比重)", m)]
                                      for m in self._modified]
        # Level words as the sources write them (省级, 全国): one figure may cover two of them.
        level_words = sorted({w for w in self.vocabulary.levels if len(w) >= 2 and w in self.vocabulary.corpus},
                             key=len, reverse=True)
        self._written_levels = level_words
        alternation = "|".join(map(re.escape, level_words))
        self._joined_level = {w: re.compile(f"(?:{alternation})[和、及与]{re.escape(w)}|{re.escape(w)}[和、及与]"
                                            f"(?:{alternation})") for w in level_words}
        # Things listed together before 等 in the figure's clause (A、B和C等平台3800多个), or after it
        # (45部作品获得A、B等国家级奖项; not places, 到印尼、马来西亚等地出访: where the things went).
        # (Split as written: normalising drops the 、 between items, 学校、医院 -> 学校医院.)
        listed_before = [(_listed_items(before), after) for before, after in (clause_around(f) for f in kb.facts)]
        self._listed = [tuple(norm.normalize(item) for item in items) or tuple(
            norm.normalize(item) for item in _listed_items(after) if not _PLACES_AFTER.search(after))
            for items, after in listed_before]
        # Whether the list is of what the figure counts, before it (A、B等28万人次), whose first item
        # may name it all.
        self._counted_listed = [bool(items) for items, _ in listed_before]
        # A field the figure's clause narrows it to (脱贫攻坚领域的省劳模40人): a question that does
        # not name it asks about the whole, and the fact yields like one of a narrower level.
        self._domains = [tuple(norm.normalize(m) for m in _domains_of(clause_around(f)[0]))
                         for f in kb.facts]
        # A part of the figure before it (建成县级医院143家,其中三级医院32家): asked without naming
        # the part, the question is about the whole, and the part yields.
        self._parts = [tuple(norm.normalize(p) for p in _part_named(f)) for f in kb.facts]
        self._kinds: dict[str, frozenset[str]] | None = None  # the kinds parts name (ScopeVetoes), on first use
        # A part said after its figure (其中15部作品获得国家级奖项): the words that tell it from the
        # whole (获得, 国家级, 奖项; not 作品, which the whole says too). One of them in the question
        # names the part.
        self._did = [norm.normalize(_did_part(f)) for f in kb.facts]
        self._acted_on = [(m.group(1) if (m := _ACTED_ON.search(f.sentence[:at])) else _done_for(f, at))
                          for f, at in zip(kb.facts, self._positions, strict=True)]
        # 完成156处全国重点文物保护单位的保护修缮: what was done to the things counted (修缮, the
        # characters of it their name does not hold); '' when the figure counts them as they are.
        self._done_to = [_done_to(f.sentence[at + len(f.figure):]) for f, at in zip(kb.facts, self._positions,
                                                                                   strict=True)]
        self._telling_words: dict[str, frozenset[str]] = {}
        for fact, parts, at in zip(kb.facts, self._parts, self._positions, strict=True):
            for part in parts:
                # (Its own 其中: …人才总量160万人,其中…;技能人才总量580万人,其中高技能人才…)
                whole = norm.normalize(fact.sentence[:fact.sentence.rfind("其中", 0, max(at, 0) + 1)])
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
        self._phrases: list[list[tuple[str, ...]]] = []
        for fact in kb.facts:
            phrases = [tuple(w for w in map(norm.content, p.split()) if w) for p in (*fact.keywords, *fact.aliases)]
            self._phrases.append([p for p in dict.fromkeys(phrases) if p])
        self._contexts = [
            norm.normalize(f.sentence + "".join(f.keywords) + "".join(f.aliases)).replace(" ", "") for f in kb.facts
        ]
        # The same, of the sentence up to the semicolon after the figure: …普及率达到93%；农村地区
        # 银行卡人均持卡量… says 农村 of another statement, not of 93%.
        self._statements = [
            norm.normalize(_statement_of(f) + "".join(f.keywords) + "".join(f.aliases)).replace(" ", "")
            for f in kb.facts
        ]
        self._figure_numbers = [
            frozenset(t for t in char_terms(norm.normalize(f.figure)) if t.startswith("#"))
            for f in kb.facts
        ]
        self._figures: dict[str, list[Fact]] = defaultdict(list)  # a figure as asked: "5项工作"
        for fact in kb.facts:
            self._figures[norm.content(fact.figure)].append(fact)
        self._syllable_table: dict[str, str] | None = None  # pypinyin's, kept once prepared
        self._source_texts: dict[str, str] = {}  # normalised, by source id, once asked for
        self._source_counts: dict[tuple[str, str], int] = {}  # how often a source says a word
        self._subject_said: dict[int, str] = {}  # a fact's subject clause, normalised once asked for

    def _level_bracketed(self, i: int, asked: str) -> bool:
        """The level asked (村级, 州市级) is written as its name with the units of the same level
        in brackets (村（社区）, 州（市）, 县（市、区）), as government texts write levels."""
        level = self.vocabulary.levels.get(asked, "")
        if level in ("", "各级", "全国"):
            return False
        written = re.escape(level) + r"[（(]"
        if len(level) > 1:
            written += f"|{re.escape(level[0])}[（(]{re.escape(level[1:])}"  # 州（市）
        return re.search(written, self.kb.facts[i].sentence) is not None

    def _zones(self, fact: Fact) -> list[tuple[str, float]]:
        """The texts of a fact other than its key phrases, each with how surely it speaks of the
        fact: its clause and question fully, its topic and sentence less. Worked out when an index
        is built, not kept (they would be a quarter of the cache to read back)."""
        content, side = self.normalizer.content, self.params.side_weight
        # (A clause that goes on about the one before, 比2015年增加2个, is of that one's subject too.)
        return [(content(clause_of(fact)), 1.0), (content(fact.question), 1.0), (content(fact.topic), side),
                (content(fact.sentence), side), (content(subject_clause(fact)), 1.0)]

    def _sentence_of_place(self, i: int, place: str) -> bool:
        """The sentence opens with the place and names no other (昆明地铁运营线路达到6条，…，日均客运量
        约80万人次): every clause of it is of that place."""
        sentence = self.kb.facts[i].sentence
        return sentence.startswith(place) and not any(p in sentence for p in self._places if p not in place)

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
        if is_rank(fact.figure) and analysis.asked not in (None, "位", "名"):
            return OTHER_KIND  # 均居全国第一: a rank, no answer to 核桃产量是多少
        if analysis.asked == "人" and fact.unit == "个" and _USERS_COUNTED.search(self._clauses[i]):
            return 0.0  # 注册用户达到8.3万个, asked 有多少人注册了: users are people, counted by 个
        return unit_agreement(analysis.asked, fact.unit, self._is_year[i], self.params)

    def _own_kind_said(self, i: int, noun: str, text: str) -> bool:
        """纠正违法或不当文件430余件 after 审查规范性文件1.8万余件, asked 违法或者不恰当的规范性文件: the
        question names the thing once, by the other figure's words for it (规范性文件) and this
        one's own modifier (违法): it is this figure's. (Not 红线面积占国土面积: two things.)"""
        tail = next((noun[k:] for k in range(len(noun) - 1) if noun[k:] in self._counted[i]), "")
        if not tail or text.count(tail) != 1:
            return False
        mine = modifier_before(self._clauses[i], tail)
        # (建成投运中型水库63座, asked 建成投运的大型水库: what both say begins inside a word, 型水库
        # of 中型 and 大型, two kinds.)
        at = self._clauses[i].find(tail)
        if at > 0 and at not in edges(self._clauses[i]):
            return False
        return bool(mine) and says_some_of(text, mine, self._scope_text, self._others_counted(i))

    def _other_counts(self, i: int) -> tuple[int, ...]:
        """The other figures of i's sentence that count something else: not side by side with it
        (来访36批718人次) nor the other side of its change. Fixed by the knowledge, asked by several
        rules for each candidate: worked out once per fact."""
        if i not in self._other_counts_cache:
            self._other_counts_cache[i] = tuple(
                j for j in self._same_sentence[self.kb.facts[i].sentence]
                # (Nor a bound that names a kind: 为80岁及以上老年人发放…，惠及98万人, where 80岁
                # counts no 老年人.)
                if j != i and not self._adjacent(i, j) and not self._one_change(i, j) and not self._bound[j])
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

    def _others_clauses(self, i: int) -> str:
        """The clauses of the other figures of i's sentence that count something else, one per line."""
        return "\n".join(self._clauses[j] for j in self._other_counts(i) if self._clauses[j] != self._clauses[i])

    def _noun_before(self, text: str, at: int) -> str:
        """The noun of two or more characters that ends at `at` in `text` (no verb's noun, no
        place or level), or ''."""
        if at < 2:
            return ""
        word, tag = tagged(text[:at])[-1]
        # (4g of 自然村4g覆盖率: a name in Latin letters names a kind as a noun does.)
        noun = (tag in NOUN_TAGS and tag != "vn") or tag == "eng"
        return word if len(word) >= 2 and noun and not self._holds_scope(word) else ""

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

    def _holds_scope(self, word: str) -> bool:
        """Whether `word` holds a word of place, level or sub-group (remembered: asked per candidate)."""
        held = self._scope_held.get(word)
        if held is None:
            if len(self._scope_held) > 65_536:
                self._scope_held.clear()  # words of questions: bounded, as the other caches are
            held = self._scope_held[word] = any(r in word for r in self._scope_words)
        return held

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
        return any(all(w in text for w in phrase) for phrase in self._phrases[i])

    def _example_only(self, i: int, word: str) -> bool:
        """`word` is an example of a list in fact i's sentence, and its own clause says it no other
        way (昆明、玉溪等16个州（市）…启动垃圾分类，昆明市生活垃圾回收利用率达到36%: there 昆明 is
        whose rate it is)."""
        clause = clause_of(self.kb.facts[i])  # as written: normalising drops the 、 between items
        return an_example(word, self.kb.facts[i].sentence) and (word not in clause or an_example(word, clause))

    def _part_asked(self, part: str, analysis: Analysis, heard: str) -> bool:
        """Whether the question names a part (三级医院): as written, as a grade it asks for (4A景区
        asks for 4A级景区), by a word that tells it, written out (达到标准 of 达标), or, matched by
        sound, as it sounds (高技能人材 names 高技能人才)."""
        telling = self._telling_words.get(part, ())
        # (A part named by a list, 统计造假、弄虚作假案件: an item said, or its last words, asks it.)
        items = part.split("、") if "、" in part else []
        # (Not the noun the part shares with its whole: 高校 asked names no 本科高校.)
        return (part in analysis.text or any(q in part and (q == part or not part.endswith(q))
                                             for q in analysis.qualifiers)
                or any(item[-4:] in analysis.text for item in items)
                or any(b in analysis.text or _spelled_out(b, analysis.text) for b in telling)
                or (bool(heard) and self._sounds(part) in heard))

    def _in_source(self, i: int) -> tuple[str, int]:
        """The source text fact i's sentence stands in, and where it starts there (('', -1) when
        the source has no text holding it: curated knowledge may quote a sentence edited)."""
        fact = self.kb.facts[i]
        source = self.kb.sources.get(fact.source)
        text = source.text if source is not None else ""
        return text, text.find(fact.sentence) if text else -1

    def _source_says(self, i: int, word: str) -> int:
        """How many times the source of fact i says `word` (normalised), sentences without
        figures too (滇池全湖水质由劣Ⅴ类提升到Ⅳ类)."""
        source = self.kb.facts[i].source
        if source not in self._source_texts:
            self._source_texts[source] = self.normalizer.normalize(self._in_source(i)[0])
        # (Asked of every candidate of a question, of one source as long as 10,000 facts: once.)
        if (source, word) not in self._source_counts:
            self._source_counts[(source, word)] = self._source_texts[source].count(word)
        return self._source_counts[(source, word)]

    def _sounds(self, text: str) -> str:
        """The toneless syllables of a text between '|', so that a word's sounds are found only
        at syllable boundaries (an is not heard in xian)."""
        if self._syllable_table is None:
            self._syllable_table = syllable_table()
        return "|" + "|".join(self._syllable_table.get(ch, ch) for ch in text) + "|"
