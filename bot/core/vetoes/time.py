"""The figure is of another time than the one asked: another year, period, event, edition, or
a plan where what is was asked.
"""

from __future__ import annotations

import re

from bot.core.figure_context import subject_clause
from bot.core.numerals import parse_chinese
from bot.core.question import WHOLE_SPAN, Analysis, before_words
from bot.core.readings import CUMULATIVE, FROM_YEAR, Readings

# 一年大概多少, 每年多少: asked of a figure said per year (年均保持在1.9万人左右).
_PER_YEAR = frozenset({"1年", "每年", "年均", "平均每年", "全年"})
# A measure said per year by its name: 年货运量, 年吞吐能力, 年产值, 年接待观众2000万人次 (not
# 2021年货运量, a year's).
_YEARLY_MEASURE = re.compile(r"(?<![\d十])年(?:[\u4e00-\u9fff]{0,3}?(?:量|能力|产值|收入|补助|补贴|津贴|工资)"
                             r"|接待|加工|生产|处理|发电|供水|供应|回收|交易|消费|吞吐|销售|输送|收购|采购|出口|进口|发布|产)")
_LATEST = frozenset({"去年"})
_AVERAGED = re.compile(r"年均|平均|每年")
_PROVINCE_SAID = re.compile(r"全省|我省")  # a figure's clause that says it is the province's
# 最多, 最长: an upper bound answers them; 最少, 最低: a lower one.
_UPPER_ASKED = frozenset("多高大长晚慢")
_LOWER_ASKED = frozenset("少低小短早快")
_YEAR_NOT_COMPARED = re.compile(r"(?<![比较是与同])(?:19|20)\d\d年")  # (比2012年, 是2012年的: compared)
# 每月, 一个月: asked of a figure said per month (月人均, 月均, 每人每月).
_PER_MONTH = frozenset({"每月", "1个月", "每个月", "月均"})
# Said of the figure itself: 年均保持在1.9万人左右, 每月发放 (not "1年", which ends 2021年).
_SAID_PER_YEAR = re.compile(r"每年|年均|平均每年|全年")
# 一天, 每天 (normalised 1天) asked; 日均, 每天, 每日 said of the figure.
_PER_DAY_ASKED = re.compile(r"(?<![\d十])1天|每天|每日|日均")
_DAILY = re.compile(r"日均|每天|每日|平均每天")
_MONTHLY = re.compile(r"每月|每个月|(?<![\d十])月(?:人均|均|平均)")
# Yearly by nature (产量, 产糖量, 货运量), or said so (年加工能力1200万吨).
_ANNUAL = re.compile(r"产量|产[\u4e00-\u9fff]量|产值|收入|出栏|吞吐量|客运量|货运量|出口额|进口额|销售额|增加值"
                     r"|生产总值|营业额|贸易额|零售额|零售总额|进出口总额|交易额|业务量|"
                     + _YEARLY_MEASURE.pattern)
# What may stand between a year and the figure it dates: 2012年的, 2021年为, 2021年底达到.
_YEAR_TIE = "(?:底|末)?(?:的|为|是|达到|达|降至|升至)?"
# 第13届, 第十三届, 13运 (十三运, the thirteenth 全运会): an edition, asked or said.
_EDITION = re.compile(r"第(\d+|[一二三四五六七八九十]+)届"
                      r"|(?<![\d.])(\d+|[一二三四五六七八九十]+)运(?!动|营|输|行|量)")
# Verbs that only say "from when" (哪年开始的, 从哪年开始统计的): any year things are counted from fits.
_ANY_EVENT = frozenset({"开始", "起步", "统计", "算起", "计算", "起算"})
# 哪一年达到61.5%: a level is reached by 提高到/增加到 as well as by 达到.
_REACHING = frozenset({"达到", "提高", "增加", "增长", "上升", "提升", "突破", "超过"})
_REACHED = re.compile(r"达到|突破|超过|(?:提高|增加|增长|上升|提升)(?:到|至)")


# 全国一共有, 全国有多少: the whole country as what has the things counted (not 全国级, 全国性).
_COUNTRY_ASKED = re.compile(r"全国(?:范围内|上下)?(?:一共|总共|共|到底|目前|现在)*(?:有|拥有|建有)")


def _around(text: str, word: str) -> list[str]:
    """Runs of `text` holding `word` and three characters more, before it, after it or both (三次全国国,
    全国残运会 at the start of a question)."""
    runs = []
    for m in re.finditer(re.escape(word), text):
        a, b = m.start(), m.end()
        runs += [text[a - k:b + 3 - k] for k in range(4) if a - k >= 0 and b + 3 - k <= len(text)]
    return runs


def _ordinal(found: tuple[str, str]) -> int | None:
    text = found[0] or found[1]
    value = int(text) if text.isdigit() else parse_chinese(text)
    return None if value is None else int(value)


class TimeVetoes(Readings):
    """Vetoes on time: a year, period, event or edition the sentence does not tie to the figure,
    or a plan where what is was asked."""

    def _named_with(self, i: int, place: str, text: str) -> bool:
        """The question says 全国 inside words the sentence says too (第三次全国国土调查显示，全省林地
        面积…; 全国残运会): part of a name of national rank, no place the figure must be of. (Not a
        place by name: 越南老街省劳动联团, said in another clause, is still in 越南.)"""
        return place == "全国" and any(run in self._sentences[i] for run in _around(text, place))

    def _rank_named_apart(self, i: int, text: str) -> bool:
        """The sentence says 全国 only as the rank of what it names (全省创建全国民主法治示范村136个),
        and the question says that thing without it, and 全国 apart (全国一共有多少个民主法治示范村):
        the whole country is asked, of which the figure says nothing."""
        if not _COUNTRY_ASKED.search(text):
            return False
        named = [m.end() for m in re.finditer("全国", self._sentences[i])]
        after = [self._sentences[i][k:k + 2] for k in named]
        return bool(after) and all(len(a) == 2 and "\u4e00" <= a[0] <= "\u9fff" and a in text and "全国" + a not in text
                                   for a in after)

    def _veto_place_or_year(self, i: int, analysis: Analysis) -> str:
        # A place must be said in the figure's own clause (越南 in another clause of the sentence
        # is another matter); a year anywhere in the sentence will do (从2012年的…到2021年的…).
        missing = [w for w in analysis.places if w not in self._near[i] and not self._sentence_of_place(i, w)
                   and not self._named_with(i, w, analysis.text)]
        if "全国" in analysis.places and "全国" not in missing and (
                self._rank_named_apart(i, analysis.text)
                # (云南是全国重点侨乡之一，目前全省有归侨侨眷约60万人: the figure's own clause is of the province.)
                or (_PROVINCE_SAID.search(self._clauses[i]) and "全国" not in self._clauses[i]
                    and not self._named_with(i, "全国", analysis.text))):
            missing.append("全国")
        missing += [w for w in analysis.years if not self._year_fits(i, w)
                    and not (w in analysis.as_of and self._reported_then(i, w))]
        return "the question names " + "、".join(missing) if missing else ""

    def _said_per_period_asked(self, i: int, analysis: Analysis) -> bool:
        """The question asks per day, month or year (一年大概多少人) and the figure is said so
        (年均保持在1.9万人左右), or last year and the figure is of it: the time agrees though the
        two share no word."""
        if analysis.years:
            return False
        daily = "天" in analysis.text or "日" in analysis.text  # (a cheap test first: this runs per candidate)
        if daily and _PER_DAY_ASKED.search(analysis.text) and _DAILY.search(self._near[i]):
            return True  # 一天大概拉多少人, of 日均客运量约80万人次
        if not analysis.times:
            return False
        if any(w in _LATEST for w in analysis.times) and self._of_latest_year(i):
            return True  # 去年来云南的游客有多少, of 2021年全省接待游客6.5亿人次 read a year later
        yearly = _SAID_PER_YEAR.search(self._near[i]) or _YEARLY_MEASURE.search(self._clauses[i])  # (年供应化肥)
        return (any(w in _PER_YEAR for w in analysis.times) and yearly is not None) or (
            any(w in _PER_MONTH for w in analysis.times) and _MONTHLY.search(self._clauses[i]) is not None)

    def _paragraph_year(self, i: int) -> str:
        """The year that opens a sentence earlier in fact i's paragraph as its time (2021年，…),
        the last such before it; '' when none does."""
        text, at = self._in_source(i)
        if at < 0:
            return ""
        paragraph = text[text.rfind("\n", 0, at) + 1:at]
        opened = re.findall(r"(?:^|[。！？])((?:19|20)\d\d)年[，,]", paragraph)
        return opened[-1] if opened else ""

    def _year_fits(self, i: int, year: str) -> bool:
        """The figure can be the one of `year`: the sentence says the year and does not tie it to
        another of its figures (2012年的24.3% says nothing of 在校学生1000万人 beside it); or the
        figure is one side of a change said without a year of its own, in an article whose changes
        run from one year to another (从2012年…到2021年): the sides are its first and last year."""
        fact = self.kb.facts[i]
        if year in self._contexts[i] and self._is_year[i]:
            return True  # a year asked about with the other year of its change: 从哪一年的A到2021年的B
        if not re.search(r"(?:19|20)\d\d年", fact.sentence) and not WHOLE_SPAN.search(fact.sentence) \
                and not CUMULATIVE.search(fact.sentence) and self._paragraph_year(i) == year \
                and year in (self._latest_reported.get(fact.source), str(self._source_years.get(fact.source))):
            # 2021年，全省茶园面积…。全省干毛茶产量…: the paragraph's year, said once, and the
            # article's latest (a sentence with no year of its own tells the present).
            return True
        head = fact.sentence[:max(self._positions[i], 0)]
        if CUMULATIVE.search(head) and year not in head:
            return False  # 十年来…共破获刑事案件42.8万起: a total of the years, none of them alone
        role, own_year = self._roles[i]
        start, end = self._source_period.get(fact.source, ("", ""))
        if role and not own_year and year == (start if role == "before" else end):
            # 从2012年的5386所增加到2021年的12438所,毛入园率从48.95%提高到90.23%: a change said
            # without years runs over the article's period like the one before it.
            return True
        if re.search(f"(?:比|较|同){year}年[^，,；;。\\d]{{0,8}}(?:[\\d.]+[^，,；;。\\d]{{0,3}}[和、及与])*"
                     + re.escape(fact.figure), fact.sentence):
            # 比2012年增加9.6亿元 (分别比2012年增长1.1倍和42%): a change since the year compared with
            return True
        if (year in fact.sentence and fact.unit != "倍" and not self._change_stated[i]
                and all(re.match(r"[比较]|是|同|与", fact.sentence[max(0, m.start() - 1):m.start()])
                        for m in re.finditer(f"{year}年", fact.sentence))):
            # 2021年…人均纯收入达到12543元，比2020年增长14.5%: a year compared with dates the change
            # (14.5%), not the level, which is of another year.
            return False
        if self._change_stated[i] and FROM_YEAR.search(fact.sentence[:max(self._positions[i], 0)]) \
                and f"{year}年" in fact.sentence:
            return True  # 由2012年的158万户增长到…417万户，增长了1.6倍: the change since 2012
        if re.search(f"{re.escape(fact.figure)}[，,]?(?:比|较){int(year) - 1}年", fact.sentence):
            return True  # 达到12543元，比2020年增长14.5%: the figure is of the year after the one compared
        whole = self._whole_said_before(i)
        if whole is not None and self._year_fits(whole, year):
            return True  # 2021年的3144亿元…其中出口1416亿元: a part is of its whole's year
        if fact.sentence.startswith(f"{year}年") and self._opening_year_dates(i):
            # 2021年，全省法院受理案件91.6万件…增加到2021年的268件: the opening year dates the
            # figures up to the next year said, though a later figure is tied to it too.
            return True
        if year in self._contexts[i]:
            tied = [j for j in self._same_sentence[fact.sentence] if j != i and re.search(
                f"{year}年{_YEAR_TIE}{re.escape(self.kb.facts[j].figure)}", fact.sentence)]
            # 分别是2012年的1.9倍和2.8倍: the year is said of the whole list.
            own = f"{year}年{_YEAR_TIE}(?:[^，,；;。]{{0,12}}[和、及与])?{re.escape(fact.figure)}"
            return not tied or bool(re.search(own, fact.sentence))
        return False

    def _veto_target(self, i: int, analysis: Analysis) -> str:
        # 到2025年…将达到1.5万公里: a plan answers a question about it (its year, 目标, 要达到),
        # never one about what is.
        if self._targets[i] and not analysis.plans and not any(y in self.kb.facts[i].sentence for y in analysis.years):
            return "the figure is a target, and the question asks what is"
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
        if analysis.superlative and "最" not in context and not self._bound_as_extreme(i, analysis.superlative):
            return f"the question asks for the {analysis.superlative}; the sentence gives no extreme"
        if analysis.single_year and "以来" in context:
            return "the question asks about one year, the figure is a total since then"
        # 2019年开工改造了多少个, of 2019年以来…累计开工改造8600个: the first year alone.
        if any(f"{y}年以来" in context for y in analysis.years) and not analysis.whole_span:
            return "the question asks about one year, the figure is a total since then"
        # (Not a rate over the years: 2021年…进出口总额…，年均增长10.2% is of the whole span.)
        if analysis.whole_span and not analysis.years and not self._is_year[i] and self._opening_year_dates(i) \
                and "年均" not in self._clauses[i]:
            # 十年来一共受理了多少案件, of 2021年，全省法院受理案件91.6万件: a year of the span, not all of it.
            return "the question asks about the whole span of years, the figure is of one year"
        # 年均增长多少, of 民营经济实现增加值12860亿元: a yearly average (of a change, most often)
        # asked; a level, a total or one year's change is none.
        # (Nor the change of an average its clause goes on about: 年均发生森林火灾182起，比上一个十年下降65%.)
        if "年均" in analysis.text and not _AVERAGED.search(
                self._clauses[i] + self._near[i] + subject_clause(self.kb.facts[i])):
            return "the question asks a yearly average; the figure is none"
        # 一年 (鲜切花一年产量): a quantity that is yearly by nature answers, said so or not; a total
        # of years, or a count of what stands (驿站), does not.
        # (Said of this figure: 地区生产总值达到2860亿元，年均增长9.8% says 年均 of the change only.)
        said_yearly = any(e in self._near[i] for e in _PER_YEAR) or bool(_YEARLY_MEASURE.search(self._clauses[i]))
        # (Or by the subject its clause goes on about: 长水机场旅客吞吐量…，2019年达到4808万人次.)
        by_nature = bool(_ANNUAL.search(self._clauses[i]) or _ANNUAL.search(self._near[i])) \
            and not CUMULATIVE.search(self._clauses[i])
        monthly = _MONTHLY.search(self._clauses[i]) is not None  # (养老金月人均水平 is said per month)
        # (2021年省属企业…上缴税费380亿元: what one year saw, the sentence opening with it; other
        # years only compared with, 是2012年的2.3倍.)
        of_a_year = (re.match(r"(?:19|20)\d\d年", self.kb.facts[i].sentence) is not None
                     and not _YEAR_NOT_COMPARED.search(self.kb.facts[i].sentence, 5)
                     and not CUMULATIVE.search(self._clauses[i]))
        # 去年 (of an article reporting 2012 to 2021, read a year later): a figure dated the last
        # year of the article's period, or the later side of its change; no stock or total.
        latest = self._of_latest_year(i)
        if not analysis.years and any(w not in context and not (w in _PER_YEAR and said_yearly)
                                      and not (w == "1年" and (by_nature or of_a_year))
                                      and not (w in _PER_MONTH and monthly)
                                      and not (w in _LATEST and latest)
                                      for w in analysis.times):
            return "the question names a period the sentence does not"
        return ""

    def _bound_as_extreme(self, i: int, superlative: str) -> bool:
        """办电时间压缩至40个工作日以内, asked 最多要多少个工作日: a bound the figure is said to be
        (以内, 以下, 不超过: at most; 以上, 不少于: at least) is the extreme asked of that side."""
        fact, at = self.kb.facts[i], self._positions[i]
        if at < 0:
            return False
        after, before = fact.sentence[at + len(fact.figure):at + len(fact.figure) + 2], fact.sentence[max(0, at - 3):at]
        if superlative[1] in _UPPER_ASKED:
            return after.startswith(("以内", "之内", "以下")) or before.endswith(("不超过", "不高于", "不多于"))
        return superlative[1] in _LOWER_ASKED and (after.startswith("以上") or before.endswith(("不少于", "不低于")))

    def _year_part_asked(self, i: int, part: str, analysis: Analysis) -> bool:
        """A part told by its year (其中2021年完成水利投资) is asked by that year, or by 去年 when it
        is the last year of its article's period."""
        year = re.match(r"((?:19|20)\d\d)年", part)
        return year is not None and (year.group(1) in analysis.years
                                     or (any(t in _LATEST for t in analysis.times) and self._of_latest_year(i)))

    def _of_latest_year(self, i: int) -> bool:
        """The figure is of the last year of its article's period, or the later side of its change."""
        role, own_year = self._roles[i]
        end = self._source_period.get(self.kb.facts[i].source, ("", ""))[1]
        return bool(end) and (own_year == end or (role == "after" and not own_year) or self._dating_year(i) == end)

    def _dating_year(self, i: int) -> str:
        """The year that opens a clause before the figure and dates it, no other year, span or
        total between (受疫情影响，2021年全省接待游客6.5亿人次，实现旅游总收入7740亿元: both 2021's;
        累计完成投资3150亿元，其中2021年完成投资502亿元: the part after 其中 is 2021's);
        '' when none does."""
        sentence = self.kb.facts[i].sentence
        head = sentence[:max(self._positions[i], 0)]
        years = list(re.finditer(r"(?:^|[，,；;])(?:其中)?((?:19|20)\d\d)年", head))
        after = head[years[-1].end():] if years else ""
        if not years or re.search(r"(?:19|20)\d\d年", after) or CUMULATIVE.search(after):
            return ""
        return years[-1].group(1)

    def _opening_year_dates(self, i: int) -> bool:
        """The year the sentence opens with dates the figure: no other year (but one compared
        with) and no span (十年来, 累计) stands between them."""
        sentence = self.kb.facts[i].sentence
        head = sentence[:max(self._positions[i], 0)]
        return (re.match(r"(?:19|20)\d\d年", sentence) is not None
                and not _YEAR_NOT_COMPARED.search(head, 5) and not CUMULATIVE.search(head))

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
