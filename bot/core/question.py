"""What a question asks, read from its text alone: the clause that asks, the unit or kind of
figure asked for, the thing counted, and the constraints (place, year, period, sub-group, side of
a change) that a fact must meet. Nothing here knows any fact."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.normalize import simplify
from bot.core.terms import char_terms
from bot.core.units import YEARS_COUNTED
from bot.core.words import edges, tagged

YEAR = re.compile(r"(?<![\d.])(19[5-9]\d|20\d\d)(?=年)")

# Words that ask when, said in one place so the patterns below cannot drift apart.
_WHEN_WORDS = "什么时候|啥时候|啥时|何时"

# The measure word a question asks for ("多少人次", "几届", "哪一年") against the fact's unit.
# 排第几, 第几位, 第几名, 前几名: a rank (not 第几届, 第几次: an edition).
_RANK_ASKED = re.compile(r"第几(位|名)?(?![届次批期轮个天年月号])|前(?:几|多少)(位|名)|排老几|排名多少")
_ASKED_UNIT = re.compile(
    # (用时, 耗时, 多快能: how long it takes; not 网速多快, a speed.)
    rf"(哪一?年)|(几月几[号日]|哪天|几号|{_WHEN_WORDS})|(多久|多长时间|用时|耗时|多快(?=能|可以|就|会))"
    # (多少美元: a currency named, which a sum in yuan does not answer.)
    r"|(?<![这那近前头后十])(?:多少|几)(个百分点|百分点|平方公里|美元|欧元|港元|日元|英镑|例|人次|户次|个次|场次|家次|件次|批次|种次|辆次|架次|艘次|个月|个?工作日|个小时|平方米|个(?!体)|名|位|人|项|家|户|件|场|次|届|批|元|资金|钱|年|月|天|级|条"
    r"|德|癌|台|册|本|张|辆|座|所|间|岁|小时|分钟|点|公里|斤|吨|套|处|支|只|份|篇|部|趟|箱|担|盘"
    # (多少块金牌; 多少块钱 is money. 多少分: a score.)
    r"|栋|剂次|千瓦时|千瓦|立方米|亩|公顷|枝|株|棵|头|种|枚|块(?!钱)|起|秒|款|分(?!钟|之)"
    # (多少对客车, 多少列班列: trains, not 对于, 列车; 多少盆, not 盆花, a kind of flower.)
    r"|对(?![于比])|列(?![车入为举出])|笔(?![记试])|盆(?![花景栽地])"
    # (多少门课程, 多少道渡口, 多少尾鱼苗, 多少艘船; not 门诊, 道路.)
    r"|门(?![诊口店户票])|道(?![路理德])|尾|艘|单(?![位独身元个项])"
    # (运了多少货: goods, by weight or piece; not 货车, 货船, 货运.)
    r"|货(?=物|$|[^车船运款币架源\u4e00-\u9fff]|[出到了进])"
    r")"
)

_UNIT_BEFORE = re.compile(r"(人次|户次|个次|人数|人口|户数|次数|家数|项数|数量|金额|钱数|资金|面积|时长"
                          # (产量 asked, not a search by its name: 核桃产量 may be a share of it.)
                          r"|产量(?!(?:是|有|为|达到|共|一共|总共|累计)*$)"
                          r"|发电量|用电量|电量|装机容量|装机"
                          r"|人员|干部|工人|职工|学生|学员|教师|志愿者|队员)"
                          r"(?:是|有|为|达到|共|一共|总共|累计)*(?:多少|几|多大|$)")

_COUNT_NOUNS = {"人数": "人", "人口": "人", "户数": "户", "次数": "次", "家数": "家", "项数": "项", "数量": "个",
                "金额": "元",
                "钱数": "元",
                **dict.fromkeys(("人员", "干部", "工人", "职工", "学生", "学员", "教师", "志愿者", "队员"), "人")}

# "多少台饮水机": the thing counted, right after the measure word. A fact that never mentions it
# does not count it, however well the rest of the question matches.
# (多少个体户: 个 opens 个体, no measure word.)
_FOCUS = re.compile(r"(?:多少|几)(?:家次|批次|个(?!体)|名|位|台|家|户|件|项|册|本|张|辆|座|所|间|条|批|种|套|处"
                    r"|枚|块|只|头|株|篇|部)"
                    r"(?![这那哪什其在为对给被把从到向于的是有月])([\u4e00-\u9fff]{2})")

# "有多少企业响应": the thing counted right after 多少 with no measure word (not a unit: 多少钱,
# 多少人次, 多少公里; not a verb: 多少被). Only a bonus for facts that count it, so a word read
# wrongly here costs nothing.
_NOT_COUNTED = ("个名位台家户件项册本张辆座所间条批种套处人年月天日次钱万亿千百倍岁公平米吨元分届场期类级层成率"
                "被是的在为了把给到能可就都还也又")  # units, and words that start a verb phrase
_COUNTED_AFTER = re.compile(rf"(?:多少|几)(?![{_NOT_COUNTED}])([\u4e00-\u9fff]{{2}})(?<!的)")  # (多少比例的人口)

# 省了多少吨煤, 多少立方米水: what a weight or a volume asked is of, named after its measure word.
WEIGHED_AFTER = re.compile(r"(?:多少|几)(?:万|亿)?(?:吨|公斤|千克|斤|担|立方米|方|箱)([\u4e00-\u9fff]{1,4}?)"
                            r"(?=[呢啊吧吗呀?？]|$)")
# 下降了, 压缩到: a verb and its end before the question word, no thing counted.
_VERB_ENDS = ("了", "过", "着", "到", "至")

# 罚款最多的一笔, 最高补助: the most or least of something (not 最美职工, 最后, 最新, 最初).
_SUPERLATIVE = re.compile(r"最(?:多|高|大|少|低|小|长|短|早|晚|快|慢)")

# 已办结多少, 办结了多少: a verb, marked as one by 了/过/已, right before the question word.
_DONE = re.compile(r"([\u4e00-\u9fff]{2})(?:了|过)(?:多少|几)|已([\u4e00-\u9fff]{2})(?:多少|几)")

# 帮助了多少人创业: what the people counted did, right after them (a verb, not 多少人次).
_PEOPLE_DOING = re.compile(r"(?:多少|几)(?:个|名|位)?人(?![次数口员])([\u4e00-\u9fff]{2})")

_KIND_NOUNS = frozenset({*_COUNT_NOUNS, "资金", "经费", "费用", "投资", "时间", "面积", "距离", "比例"})

# Units a search-box question writes as a word of their own ("出访 人次").
_BARE_UNITS = frozenset({"人次", "户次", "个次", "平方米", "批", "届", "项", "件", "场", "元", "家", "户"})

# A reverse question asks what a figure is: "329.69亿元是用在哪方面的钱", "6.72万名说的是什么人",
# "21.3亿元是怎么来的" (where it comes from: its sentence says).
_REVERSE_ASK = re.compile(r"什么|啥|哪|指的|说的是|代表|意思|干嘛|用途|用在|对应|怎么来|怎么回事|来源|出处|来自")

# (吃什么, 去哪里能看到: what or where; not when, 什么时候, nor how much, 保持在什么水平.)
_ASKS_WHAT = re.compile(r"什么(?!时候|时间|水平|程度|规模|比例|数)|有哪些|是哪些|怎么样|哪里|哪儿|在哪|去哪")

_ASKS_QUANTITY = re.compile(rf"多少|几|多大|多高|多长|多久|哪一?年|哪天|{_WHEN_WORDS}")

# Clauses of a message; the one that asks carries the question, the others are backstory.
_CLAUSES = re.compile(r"[^，,。.!！?？;；\n]+[，,。.!！?？;；\n]*")

_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")

_ASKING = re.compile(r"多少|几|哪|什么|啥|吗|么|是否|有没有|怎样|how|what|which|when|\?|？")

# "X中(的)Y有多少", "其中Y", "X里面Y": Y restricts the question to a part of X.
_PART_OF = re.compile(r"(?:其中|当中|之中|中间|里面|里头)的?([\u4e00-\u9fff]{2,6}?)的?(?=有|是|占|共|一共|总共|多少|几)"
                      r"|(?<=[\u4e00-\u9fff]{2})(?<![这那哪高初集空心途家手考期])[中里]"
                      r"(?![程心国央华学小老等型医期部级层东西南北]|有多少)的?(?:涉及|属于)?"
                      r"(?!一共|总共|共有|合计|累计|加起来)([\u4e00-\u9fff]{2,6}?)"  # (队伍里一共有: no part)
                      # (Not the 中 of 高中, 初中, 集中, nor 里程, 中老铁路; 脱贫的人一共有: 脱贫.)
                      r"(?:的人|的)?(?:一共|总共|共)?(?=有|是|占)"
                      # 退伍的人里有多少是给安排了工作的: the part is what they are said to be.
                      r"|(?<=[\u4e00-\u9fff])[中里](?:面|头)?有多少(?:人|个|家)?是([\u4e00-\u9fff]{2,10}?)的")

# 慰问金多少, 投入了多少: money is asked although no 元 is said.
_MONEY_ASKED = re.compile(r"(?:金|款|钱|费|资金|经费|投入|投资|拨付|筹集|花|价值"
                          r"|收入|营收|产值|增加值|销售额|零售额|贸易额|总额|生产总值|gdp|纳税|缴税|税收|税款)"
                          r"(?:了|是|有|为|达|达到|共|一共|总共|累计|现在|目前|如今|到底|大概|大约)*多少"
                          # (多少金牌, 多少金奖: medals and prizes, no money.)
                          r"|多少[\u4e00-\u9fff]{0,3}?(?:金(?![牌奖杯])|款|钱|资金|经费|money|损失|费用|工资|收入"
                          r"|税(?![务率局种]))"  # (减了多少税: money; not 多少税务所)
                          r"|多少(?:补助|补贴)"
                          # 青年创业贷款，一共发放了多少: money named, then how much of it was given
                          r"|(?:贷款|资金|经费|补贴|补助)[\u4e00-\u9fff]{0,8}?(?:发放|拨付|发|投)了?多少")
# 民族自治州 地区生产总值 2021: a keyword search that ends with a sum of money (not a question that
# asks of something else and ends so: 有多少脱贫群众增加了收入).
_MONEY_ENDED = re.compile(r"(?:生产总值|产值|增加值|gdp|营收|收入|资金|经费|销售额|贸易额|总额|金额)"
                          r"(?:(?:19|20)\d\d年?)?$")

# 女运动员, 男教师: a sex before a role names a sub-group, which the sentence must name too.
_SEX_GROUP = re.compile(r"(?<![妇子少])[女男](?:职工|教师|干部|工人|学生|运动员|员工|农民工|医生|护士|科学家|科技工作者"
                        r"|教练|演员|作家|企业家|代表|委员|党员|村民|性|劳模|工匠|能手|状元|模范|司机"
                        # 女调解员, 女退役军人, 女传承人: any noun of people
                        r"|[\u4e00-\u9fff]{0,2}?[员者师匠士]|[\u4e00-\u9fff]{1,3}?人|[\u4e00-\u9fff](?<![器五感])官)")

# 重大事故, 较大事故: the grades of accidents (特别重大, 重大, 较大; 一般 is too common a word).
_ACCIDENT_GRADE = r"(?:重特大|特别重大|重大|较大)(?=[\u4e00-\u9fff]{0,4}事故)"

# 4A级景区, 五星级饭店, 二级医院, 一级资质, 三级实验室: a grade, which the sentence must name too (a
# total of all grades is no answer).
_GRADE = re.compile(r"(?<![\d.])([1-7]a|[1-7一二三四五六七]星)(?=级|景区|饭店|酒店|宾馆)"
                    r"|(?<![\d.])([1-4一二三四特]级(?:[甲乙丙]等)?)"
                    # (Before any noun, 生物安全三级实验室; not 四级联动 or 省一级的, tiers.)
                    r"(?=[\u4e00-\u9fff])(?![的联以及和或与])"
                    # 一类口岸, 二类新药, 第二类医疗器械: classes (not 两类 or 等4类重点对象, counts).
                    r"|(?<![\d.等])([1-4一二三四]类)(?=[\u4e00-\u9fff])(?![的和与及或别型])"
                    rf"|({_ACCIDENT_GRADE})"
                    r"|(?<![\d.])([1-3一二三特]等)(?=奖|次)")  # 一等奖, 一等次: a grade of prize

# A grade as the analysis gives it (4a, 5星, 2级, 3级甲等).
GRADE_WORD = re.compile(rf"[1-7]a|[1-7]星|[1-4特]级(?:[甲乙丙]等)?|[1-4一二三四]类|[1-3一二三特]等奖?"
                        rf"|{_ACCIDENT_GRADE}")

# 第五届, 第2次: an ordinal names one edition, which the sentence must name too.
_ORDINAL = re.compile(r"第[0-9一二三四五六七八九十]+[届次期批轮]")

_CONFIRMS = re.compile(r"是不是|是否|吗|没有|还是|对不对|对吗|有没有")

_QUESTION_WORD = re.compile(r"多少|几|哪|什么|啥|谁|怎|如何|多[大长高远久重宽]|how|what|which|when")
_SINGLE_YEAR = re.compile(r"当年|那一年|这一年|全年|单年")
# 十年来, 这10年, 近十年, 累计: the whole span of the years, which no figure of one of them tells.
WHOLE_SPAN = re.compile(r"(?:10|十|几)年(?:来|间|里|中)|(?:这|近|过去)(?:10|十|几)年|累计|以来")

_BEFORE_WORDS = re.compile(r"原来|以前|之前|当初|起初|最初|刚开始|过去|那时|此前|十年前|10年前|起步时|原先|早先|疫情前"
                           r"|上世纪|上个世纪|\d0年代"  # 由上世纪80年代的193头增加到300头
                           # 从搬迁前的3000元增加到…; 城镇化率提高前是多少
                           r"|(?:搬迁|改造|脱贫|实施|建设|开通|通车|改革|提高|增长|增加|提升|上升)(?:之)?前"
                           r"|刚(?:开通|通车|建成|成立|启动|运营)|(?:开通|通车|运营|建成)初期")  # (刚开通时)

_NOW_WORDS = re.compile(r"现在|目前|如今|最新|现有|至今|眼下|当前|提高到|增长到|增加到|提升到|达到|升到|降到")

# (报销比例能到多少: 报销率, not 率能到; 观众累计有多少: 观众, not 观众累计.)
# (事项占多少: a share asked, 占 no part of the thing.)
_COUNTED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:一共|总共|累计|共)?"
                      r"(?:有|是|占|达到|达|能到|能达到|可达|能)?(?:多少|几)")

_SCOPE_ONLY = re.compile(r"全(?:省|市|州|县|区|国)|我省|云南省?|本省"
                         r"|(?:年末|年底|年初|年中|月末|月底)的?")  # (是2012年末的几倍: a time, no thing)
_TRAILING_SCOPE = re.compile(r"(?:全(?:省|市|州|县|区|国)|我省|云南省?|本省|现在|目前|如今)+$")


def _trailing_scope_cut(words: str) -> str:
    """The words before 多少 without the place and time said after the thing (拖拉机全省现在 ->
    拖拉机), when the thing is left whole (two characters or more)."""
    cut = _TRAILING_SCOPE.sub("", words)
    return cut if len(cut) >= 2 else words


# 大型水库中有几座: the whole a part is counted of, not 水库中 (but 普通高中 is a school).
_WITHIN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![高初])(?:当中|之中|里面|中|里)$")

_TIME_BEFORE_ASKING = re.compile(r"(?:现在|目前|如今|当前|眼下|至今|到底|究竟|大概|大约|大致)+"
                                 r"(?=[有是达共累能可]?[^多几]{0,2}?(?:多少|几))")

_ASKING_WORDS = re.compile(r"多少|几|哪|什么|啥|吗|嘛|呢|啊|呀|吧|了|的|是|有|一共|总共|请问|想问|问问|知道")


def asking_part(question: str) -> str:
    """The clause that asks, with the one before it when it is short ("是多少?"); the whole
    message when it is one clause or none asks. Backstory ("我是曲靖一家煤矿的工会主席") must not
    constrain or dilute the question."""
    return asking_parts(question)[0]


# 我们厂的师傅说…, 听说…, 新闻上讲…: who said what comes next is backstory, not the question's words.
_SPEECH_FRAME = re.compile(r"(?:^|(?<=[，,。.!！?？;；\n]))(?:[^，,。.!！?？;；\n]{0,10}?"
                           r"(?:师傅|同事|朋友|领导|老师|老板|家人|邻居|亲戚|有人|别人|大家|新闻|报道|报纸|网上|文章|"
                           r"电视|媒体|他们|她们|人家|他|她)(?:上|里)?(?:都|也|还|就|跟我|和我|对我)?(?:说|讲|提到)(?:过|了)?"
                           r"|听说|据说|听人说|听别人说)[，,:：]?")


_CLARIFIED = re.compile(r"^\s*(?:我|我们)?(?:说|问|指|想问|想知道)的?是|^\s*我是(?:说|问|指)"
                        r"|^\s*(?:是说|指的是|也就是说|也就是|就是|即(?![使便])|换句话说)")


def asking_parts(question: str) -> list[str]:
    """What to match, narrowest first: the clause that asks (see `asking_part`), then that clause
    with the one before it (工会搞了好多宣讲,十年下来一共多少场: the topic is one clause back),
    then the whole message."""
    question = _SPEECH_FRAME.sub("", question) or question
    protected = _DECIMAL_POINT.sub("\x00", question)  # 92.5% is no sentence end
    clauses = [c.replace("\x00", ".") for c in _CLAUSES.findall(protected) if c.strip(" ，,。.!！?？;；\n")]
    if len(clauses) <= 1:
        return [question]
    asking = [i for i, c in enumerate(clauses) if _ASKING.search(c) and len(c.strip()) > 2]
    if not asking:
        return [question]
    strong = [i for i in asking if re.search(r"多少|几|哪", clauses[i])]
    i = (strong or asking)[-1]
    part: str = clauses[i]
    # Too little left once the asking words go (云南拿到了几个嘛): the clause before says what about.
    if len(_ASKING_WORDS.sub("", re.sub(r"[^\u4e00-\u9fffa-z0-9]", "", part))) < 6 and i > 0:
        i, part = i - 1, clauses[i - 1] + part
    # 看病能报多少？我说的是居民医保住院: a clause after the question that says what it meant.
    # (Said before it, as one would have asked: 居民医保住院看病能报多少.)
    meant = (_CLARIFIED.sub("", c).rstrip("，,。.!！?？;；\n") for c in clauses[i + 1:] if _CLARIFIED.match(c))
    part = "".join(meant) + part
    part = _antecedent_named(part, "".join(clauses[:i]))
    wider = [clauses[i - 1] + part] if i > 1 else []  # i == 1: the clause before is the whole rest
    return [part, *wider, question] if part != question else [question]


_HOW_MANY = re.compile(r"多少|几")

# 这样的企业一共有多少家: the thing the backstory named (…被评上了省级知识产权优势企业).
_DEMONSTRATIVE = re.compile(r"(?:这样|这种|这类|这些|此类)的?([\u4e00-\u9fff]{1,4}?)"
                            r"(?=一共|总共|共|都|有|是|多少|几|$)")
_PHRASE_STOP = re.compile(r"[了的是被把为和与及在、，,。.!！?？;；\s]")


def _antecedent_named(part: str, before: str) -> str:
    """`part` with a thing it points back to (这样的企业) said as the clauses `before` named it
    last; unchanged when they do not."""
    pointed = _DEMONSTRATIVE.search(part)
    if pointed is None:
        return part
    noun = pointed.group(1)
    at = before.rfind(noun)
    if at < 0:
        return part
    start = max([0, *(m.end() for m in _PHRASE_STOP.finditer(before, max(0, at - 10), at))])
    named = before[max(start, at - 10):at + len(noun)]
    words = tagged(named)
    if words and words[0][1] in ("q", "m"):
        named = named[len(words[0][0]):]  # (建了个卫生室: the measure word is no part of the name)
    return part.replace(pointed.group(), named, 1) if len(named) > len(noun) else part


def asked_money(normalized: str, asked: str | None) -> str | None:
    money = _MONEY_ASKED.search(normalized) or (
        _MONEY_ENDED.search(normalized) and not _HOW_MANY.search(normalized))
    return "元" if asked in (None, "多少") and money else asked


def parts_of(text: str) -> tuple[str, ...]:
    found = (re.sub(r"[又还也都才就]+$", "", m.group(1) or m.group(2) or m.group(3)) for m in _PART_OF.finditer(text))
    # (被安排了工作 is the part 安排工作 names: 被 and a 了 after the verb are grammar, no kind.)
    return tuple(re.sub(r"^被|(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])(?!解)", "", p) for p in found
                 if len(p) >= 2 and not _ASKING.search(p) and not p.endswith("了"))


# 前十年, 上一个十年: the span before, a base of a change or a multiple.
_SPAN_BEFORE = r"前(?:\d+|[一二三四五六七八九十两]+)年|上一?个?(?:\d+|[一二三四五六七八九十两]+)年"
# 比十年前多了多少, 比2012年增加了多少: a change since then, asked; no side of it.
# (是十年前的几倍: the base a multiple is of, as well.)
_SINCE_THEN = re.compile(r"(?:比|较|相比|比起|跟|和|同)(?:(?:19|20)\d\d年|(?:\d+|[一二三四五六七八九十两几]+)年前"
                         r"|去年|上年|以前|之前|过去|原来|当初|刚开始|那时|疫情前"
                         rf"|{_SPAN_BEFORE}"
                         r"|(?:改革|车改|疫情|建国|脱贫|搬迁|合并)前"  # (比改革前: before an event)
                         r"|现在|目前|如今)"  # (2012年的…比现在少多少: now, the other side)
                         r"|是(?:(?:19|20)\d\d年|(?:\d+|[一二三四五六七八九十两几]+)年前|以前|过去|原来"
                         rf"|{_SPAN_BEFORE})的?(?=(?:多少|几)倍)"
                         # (恢复到疫情前的百分之多少: the base of a share, as well.)
                         r"|(?:恢复到|恢复至|相当于)(?:(?:19|20)\d\d年|疫情前|以前|之前|过去|原来)的?")


def orientation(text: str) -> str:
    text = _SINCE_THEN.sub("", text)
    if _BEFORE_WORDS.search(text):
        return "before"
    if _NOW_WORDS.search(text):
        return "after"
    return ""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the asking part of a question requires of a fact."""

    asked: str | None = None  # the measure word asked for: 人次, 年, 日期, 多少 (any quantity)
    focus: str | None = None  # the thing counted: 多少台饮水机 -> 饮水
    places: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    as_of: tuple[str, ...] = ()  # years asked "as of" (截至2022年), a subset of years
    qualifiers: tuple[str, ...] = ()  # words of a sub-group: 女职工, 人均 (the sentence must say them)
    parts: tuple[str, ...] = ()  # 其中Y, X里面Y: Y must be said next to the figure
    numbers: frozenset[str] = frozenset()  # numbers the question itself gives
    when: str = ""  # 'before' (原来, 十年前), 'after' (现在, 达到) or '' (unsaid)
    # The noun asked about: 班组有多少个 -> 班组; before 多少 up to four characters (全省客运量是多少 ->
    # 省客运量), which the matcher cuts to the longest end its sources use (客运量, not 运量).
    counted: tuple[str, ...] = ()
    counts_things: bool = False  # 多少个卡点: 个 of something that is no person, which 人次 does not count
    counts_people: bool = False  # 有多少律师: people, whom no count of places (1080家) counts
    # 光伏发电量 -> (光伏, 发电量): a noun the sources use, narrowed by a word they never do
    # (set by the matcher, which knows the sources; see bot.core.modifiers).
    modifiers: tuple[tuple[str, str], ...] = ()
    heads: tuple[tuple[str, str], ...] = ()  # 注册教练员: (注册, 教练员), a noun no source says after a word one does
    strangers: tuple[str, ...] = ()  # 核电站, 银牌: nouns of the dictionary that no source says (set by the matcher)
    number_of: tuple[str, ...] = ()  # 高铁/站 of 高铁站有多少个: what 有多少 counts, in words (set by the matcher)
    done: str = ""  # 办结了多少: the verb the asked figure is the object of
    doing: str = ""  # 多少人创业: what the people asked did
    superlative: str = ""  # 最多的一笔, 最高: the extreme of something, which a total is not
    single_year: bool = False  # 当年, 那一年: one year, not a total since then
    whole_span: bool = False  # 十年来, 累计: the whole span of years, not one year of it
    confirms: bool = False  # 是不是十届, 办了两届吗: checks a figure the question gives
    asks_what: bool = False  # 有什么优惠: asks what, not how many (a named figure like 1+10 may answer)
    text: str = ""  # the normalised asking part
    event: str = ""  # what a when-question asks the time of: 哪一年成立的 -> 成立
    negated: bool = False  # 有多少个县没通高速: asks what did not happen
    change: bool = False  # 比2015年降了多少: asks a change, which a figure may state (下降22.2%)
    plans: bool = False  # 到2025年要达到多少, 目标是多少: asks for a target, not for what is
    unsaid: str = ""  # 被采纳了多少: a verb no source uses, of which no figure can tell


def people_by_ending(normalized: str) -> str:
    """The word read as people only by how it ends (书官 of 图书官, 法官), when that reading sets
    what is asked; '' otherwise."""
    if _PEOPLE_AFTER.search(normalized):
        return ""
    m = _PEOPLE_BEFORE.search(normalized)
    return (m.group("by_ending") or "") if m else ""


_SOME_OF_THEM = re.compile(r"的人(?:里|中|当中)?面?有多少(?:在|已经?|能|被|得到|接受)")
_DOERS_CLOSING = re.compile(r"(?:搞|做|干|当|从事|在)[\u4e00-\u9fff]{1,6}的[呢啊吗呀吧?？]*$")
_PER_THOUSAND_ASKED = re.compile(r"(?:每|平均)(?:1000|千)个?(?:人|人口)[里中]?(?:面|头)?(?:有|就有)?(?:多少|几)个?人")
# 多少个…儿童 closing the question: people, whatever stands between.
_PEOPLE_CLOSING = re.compile(r"[\u4e00-\u9fff、，,]{0,14}?(?:儿童|孤儿|学生|职工|工人|农民工|群众|村民|居民|老人"
                             r"|妇女|患者|党员|干部|志愿者|运动员)[呢啊吗呀吧?？]*$")


def asked_unit(normalized: str) -> str | None:
    if _RATE_ASKED.search(normalized):
        return "%"  # 胜诉率是多少, 占比多少: a share, which only a percentage answers
    if _PER_THOUSAND_ASKED.search(normalized):
        return "‰"  # 每1000个人里有多少人献血: so many in a thousand
    if _SOME_OF_THEM.search(normalized):
        return "多少"  # 高血压的人有多少在规范管理: some of the people named, as a count or a share
    rank = _RANK_ASKED.search(normalized)
    if rank:
        return rank.group(1) or rank.group(2) or "位"  # 在全国排第几: a rank, which no amount answers
    people = _PEOPLE_AFTER.search(normalized)
    if people and people.group(1):
        return people.group(1)  # 多少名职工: heads, said so
    before = _PEOPLE_BEFORE.search(normalized) if not people else None
    # (会员有多少个: a member may be a body, 企业会员, 团体会员; counted by 个, it is none.)
    if people or (before and not (before.group().endswith("个") and "会员" in before.group())):
        return "人"  # 多少职工参与, 注册运动员有多少: people, though no measure word says so
    m = _ASKED_UNIT.search(normalized)
    if m is None:
        # "参与人次是多少", "新型学徒人数": the unit named before the question word, or a count noun.
        before = _UNIT_BEFORE.search(normalized)
        if before:
            return _COUNT_NOUNS.get(before.group(1), before.group(1))
        # 多大, 多高: a quantity of no named unit, as 多少 is (面积有多大 is no question for a year);
        # 多少倍 asks for a multiple, which a figure in 倍 or a change of two figures answers.
        if re.search(r"(?:多少|几)倍", normalized):
            return None
        if re.search(r"多[长远](?!时间)", normalized):
            return "长度"  # 铁路有多长: a length, which no count answers
        if re.search(r"(?<!发布)(?:时间|时长|用时)$", normalized):
            return "时长"  # 出口整体通关时间, searched for: how long it takes
        if normalized.endswith("倍数"):
            return "倍"  # 农村公路投资倍数, searched for: the multiple, no amount
        return "多少" if re.search(r"多少|多[大高长重远宽]", normalized) else None
    year, date, duration, unit = m.groups()
    if unit == "个" and re.match(r"人(?:$|[^\u4e00-\u9fff]|[了呢啊吗呀吧在是有做干当去来])", normalized[m.end():]):
        return "人"  # 公证员有几个人: people (not 多少个人民调解组织, 个人账户)
    if unit == "个" and _PEOPLE_CLOSING.match(normalized, m.end()):
        return "人"  # 帮了多少个得白血病的儿童: people, counted by 个 as people speak
    if unit == "个" and _DOERS_CLOSING.match(normalized, m.end()):
        return "人"  # 有多少个搞研发的: those who do it, people
    if unit == "货":
        return "货物"  # 运了多少货: an amount of goods
    if unit == "个月":
        return "月"  # 几个月: a duration, not a count of something
    if unit and unit.endswith("工作日"):
        return "工作日"  # 压缩到几个工作日: a duration, not 个 of 工作
    if unit == "个小时":
        return "小时"  # 停几个小时: a duration, not 个 of 小时
    if unit == "年":
        return YEARS_COUNTED  # 连续下降了几年: how many years, which no date (2012年) answers
    # (多久, 多长时间: any duration answers, in hours, days or months.)
    return unit or ("年" if year else "日期" if date else "时长" if duration else None)


def bare_unit(question: str) -> str | None:
    """A unit written as a word of its own, as in a search box: "出访 人次"."""
    words = question.split()
    return next((w for w in reversed(words) if w in _BARE_UNITS), None) if len(words) > 1 else None

# "截至2022年", "到2022年底": the state as of a year, not what happened in it.
_AS_OF = re.compile(r"(?:截至|截止|截止到|到|至)((?:19|20)\d\d)年")

# A word for people: listed, or ending as nouns of people end (律师, 店员, 记者, 护士, 工匠, 学生).
_PEOPLE_WORD = re.compile(r"职工|工人|群众|农民工?|劳模|模范|代表|人才|干部|能手|选手|游客|旅客|乘客|观众"
                          r"|[\u4e00-\u9fff]*[员者师匠士生人工]|[\u4e00-\u9fff]+(?<![器五感])官")


def _head_noun(text: str, start: int) -> str:
    """The last noun of the run of nouns from `start`: 嫌疑人 of 多少个犯罪嫌疑人 (people), 之家 of
    多少个职工之家 (a thing)."""
    run: list[str] = []
    words = tagged(text[start:start + 8])
    for k, (word, tag) in enumerate(words):
        if word == "之" and run and k + 1 < len(words):
            run.append(word + words[k + 1][0])  # 职工之家: the 家 of 职工
            break
        if tag[:1] not in ("n", "j", "l") and tag != "vn":
            break
        run.append(word)
    return run[-1] if run else text[start:start + 2]


def is_people(word: str) -> bool:
    return _PEOPLE_WORD.fullmatch(word) is not None


# 多少职工参与: people; not 多少职工驿站, 多少职工书屋 (things named after them).
_PEOPLE_AFTER = re.compile(r"(?:多少|几)(名|位)?(?:职工|工人|学生|教师|干部|人员|群众|农民工|劳模"
                           r"|游客|旅客|乘客|观众|患者|老年人|老人|儿童|孤儿|居民|村民|农民|妇女"
                           r"|在校生|学员|老师|医生|护士|员工|会员|志愿者|党员|选手|运动员|教练员|专家)"
                           r"(?!驿站|书屋|之家|小家|代表大会|创新|医疗|互助|休息|工作室|服务站|食堂|宿舍|活动)")
# How nouns of people end: 律师, 店员, 记者, 护士, 工匠, 法官 (not 或者, nor 器官, 五官, 感官).
_PEOPLE_ENDING = r"(?:(?<!或)[员者师匠士]|(?<![器五感])官)"
# 有多少个律师, 多少名护士: a noun that ends as nouns of people end, closing the question (not
# 多少律师事务所, 多少个工作室: things).
_ENDS_AS_PEOPLE_AFTER = re.compile(rf"(?:多少|几)(?:个|名|位)?[\u4e00-\u9fff]{{0,3}}{_PEOPLE_ENDING}"
                                   r"(?=[啊呀呢吗吧哇了的？?。!！，,]|$)")
# 运动员有多少, 志愿者一共多少, 律师有多少个: a noun of people before the question word (a listed
# one, or any word ending as nouns of people end: 律师, 店员, 记者, 护士, 工匠); 个 after it still
# counts people, so a count of cases (8000多件) is no answer to 律师有多少个.
_PEOPLE_BEFORE = re.compile(r"(?:职工|工人|学生|干部|群众|农民工|劳模|能手|游客|旅客|乘客|观众|老年人|老人|儿童|孤儿"
                            rf"|(?P<by_ending>[\u4e00-\u9fff]{_PEOPLE_ENDING})"
                            r"|(?<=[\u4e00-\u9fff]{2}的)人)"
                            r"(?:是|有|为|达到|达|共|一共|总共|累计)*(?:多少|几)个?"
                            r"(?![个项所家次批届元人户名位件场年月天日倍成岁张台辆座条套艘亩吨处间棵株头只])")
_RATE_ASKED = re.compile(r"(?:率|比例|占比|比重|百分比)(?:是|有|为|达到|达|大概|大约|保持在|维持在|在|能|可以|可|到"
                         r"|到底|究竟|现在|目前|如今)*"
                         r"(?:多少|几|多高|多大|什么水平|啥水平)|百分之几|百分之多少"
                         # 能报多少比例 (比例 is read 率 after a word): a share asked after the question word
                         r"|(?:多少|几|多大|多高)的?(?:率|比例|比重|百分比)"
                         # 女性从业人员占比, 网上能办的比例: a keyword search for a share or a rate
                         r"|(?:占比|比例|比重|百分比|率)$"
                         r"|(?<!地)占(?!地)[\u4e00-\u9fff]{0,10}?(?:多少|几成)$")  # 占国土面积多少, 天数占多少: a share


_RANKED = re.compile(r"([\u4e00-\u9fff]{2,4}?)在?(?:全国|全省|西部|全球|世界)?位居(?:全国|全省|西部)?第?(?:几|多少)")


def _from_word_start(text: str, start: int, end: int) -> str:
    """text[start:end], begun where the word holding `start` begins: 全运会金牌有多少 counts
    全运会金牌, not 运会金牌 (a piece of 奥运会金牌 as well)."""
    return text[max(k for k in edges(text) if k <= start):end]


def before_words(text: str) -> bool:
    return _BEFORE_WORDS.search(text) is not None


# 第七次全国人口普查: an event's name, which says no place the figure is of.
_NAMED_EVENT = re.compile(r"第[\d一二三四五六七八九十]+[次届]$")


# 进了全国500强, 中国民营企业百强: a ranking's name, which says no place of the things counted.
_RANKING = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:企业|民企|公司))?(?:\d+|[一二三四五六七八九十百千]+)强")


def said_as_place(place: str, text: str) -> bool:
    """Whether `text` says `place` other than inside an event's name (全国 of 第七次全国人口普查)."""
    if place not in text:
        return False  # (most places of the lexicon, most questions: no pattern to build)
    return any(not _NAMED_EVENT.search(text[:m.start()]) and not _RANKING.match(text, m.end())
               for m in re.finditer(re.escape(place), text))


def _said_as_word(word: str, text: str) -> bool:
    """`word` (two characters or more) is said in `text` somewhere, not only across the edge of
    two of its words: 市管 of 城市管理 is not (小学 of 中小学生, inside one word, is)."""
    if len(word) < 2:
        return True
    cuts = edges(text)
    return any(not (start not in cuts and end not in cuts and any(start < c < end for c in cuts))
               for m in re.finditer(re.escape(word), text) for start, end in [m.span()])


def analyse(question: str, normalized: str, constraint_text: str, places: Sequence[str],
            time_words: Sequence[str], qualifiers: Sequence[str]) -> Analysis:
    """The analysis of `normalized` (the asking part); constraints come from `constraint_text`."""
    focus_match = _FOCUS.search(normalized)
    # (滇金丝猴现在有多少只: 现在 is when, not what is counted.)
    counting = _TIME_BEFORE_ASKING.sub("", normalized)
    # (下降了几年: what happened, no thing counted.)
    asked = asked_money(normalized, asked_unit(normalized) or bare_unit(question))
    counted = (*(_WITHIN.sub("", w) for m in _COUNTED.finditer(counting)
                 # (压缩到多少天: a verb and its end, no thing counted.)
                 if not (w := _from_word_start(counting, m.start(1), m.end(1))).endswith(_VERB_ENDS)
                 # (人防队伍里有多少人: the people in it are counted, not the body they are in.)
                 and not (asked == "人" and _WITHIN.search(w) and not is_people(_WITHIN.sub("", w)))),
               # 多少资金 names the kind asked (money), which every money figure shares: no bonus.
               *(w for m in _COUNTED_AFTER.finditer(normalized) if (w := m.group(1)) not in _KIND_NOUNS),
               *(m.group(1) for m in WEIGHED_AFTER.finditer(normalized)),  # (煤 of 省了多少吨煤)
               # 高速公路在全国排第几 (排 is read 位居): what is ranked.
               *(_from_word_start(counting, m.start(1), m.end(1)) for m in _RANKED.finditer(counting)))
    return Analysis(
        asked=asked,
        focus=focus_match.group(1) if focus_match else None,
        places=tuple(p for p in places if said_as_place(p, constraint_text)),
        # Not 疫情前一年 (the year before): a point in time, no period; nor pm2.5年均值 (a number's
        # end, then 年均).
        times=tuple(w for w in time_words if w in constraint_text
                    and re.search(f"(?<![前后上头同.\\d]){re.escape(w)}(?!均)", constraint_text)),
        years=tuple(YEAR.findall(constraint_text)),
        as_of=tuple(_AS_OF.findall(constraint_text)),
        # (进出口 names imports and exports together: it asks neither 出口 nor 进口 alone.)
        qualifiers=tuple(dict.fromkeys((*(w for w in qualifiers if w in constraint_text.replace("进出口", "")
                                           and _said_as_word(w, constraint_text)),
                                        *_ORDINAL.findall(constraint_text), *_SEX_GROUP.findall(constraint_text),
                                        *(g for pair in _GRADE.findall(constraint_text) for g in pair if g)))),
        single_year=bool(_SINGLE_YEAR.search(constraint_text)),
        whole_span=bool(WHOLE_SPAN.search(constraint_text)),
        # (国家级高原训练基地有5个？: a figure and no question word checks the figure too.)
        confirms=bool(_CONFIRMS.search(normalized)) or (
            re.search(r"\d", normalized) is not None and _QUESTION_WORD.search(normalized) is None),
        asks_what=bool(_ASKS_WHAT.search(normalized)) and not _ASKS_QUANTITY.search(normalized),
        text=constraint_text,
        parts=parts_of(constraint_text),
        numbers=frozenset(t for t in char_terms(normalized) if t.startswith("#")),
        when=orientation(constraint_text),
        # (全省有多少个县: 全省 is where, no thing counted.)
        # (拖拉机全省现在有多少台: the thing said first, then where and when; the thing is counted.)
        counted=tuple(w for w in (_trailing_scope_cut(w) for w in counted) if not _SCOPE_ONLY.fullmatch(w))
        + ((focus_match.group(1),) if focus_match else ()),
        done=next((g for g in m.groups() if g), "") if (m := _DONE.search(normalized)) else "",
        doing=m.group(1) if (m := _PEOPLE_DOING.search(normalized)) else "",
        superlative=m.group() if (m := _SUPERLATIVE.search(constraint_text)) else "",
        counts_things=asked == "个" and focus_match is not None and not is_people(_head_noun(normalized,
                                                                                              focus_match.start(1))),
        counts_people=_ENDS_AS_PEOPLE_AFTER.search(normalized) is not None,
        event=event_asked(normalized),
        # On the question as written: 办过十届没有，几届 ends a yes-no question at the comma.
        plans=_PLANS_ASKED.search(normalized) is not None,
        change=asks_change(normalized),
        negated=NEGATION.search(_CAUSE.sub("", simplify(asking_part(question)).replace("有没有", ""))) is not None,
    )


# 没通高速, 尚未脱贫, 未参加: what did not happen (not 未来, 未成年, 不少于, nor the 没有 that
# ends a yes-no question: 办过十届没有, 几届).
# A target said before a figure: 将达到, 力争, 到2025年，… (将 alone is often 把; 计划 is often the
# name of a programme, 技能提升计划).
PLANNED = re.compile(r"将(?:会|要)?(?:达到|超过|实现|突破|建成|新增|增加|提高|增长|提升|扩大|形成)|力争|预计|有望"
                     r"|(?:计划|规划)(?:到|在|于)20\d\d|目标(?:是|为)|(?:^|[，,])(?:到|至)20\d\d年[，,]")
# A question about a target says so (要达到, 目标, 规划, 以后); a question that only names the
# target's year is checked against the sentence's years.
_PLANS_ASKED = re.compile(rf"{PLANNED.pattern}|要(?:达到|实现|建成|突破|新增)|计划|规划|目标|未来|届时|以后|今后")
# 有多少干部因为工作没干好被追责: a negation in the cause says why, not that the deed counted
# did not happen.
_CAUSE = re.compile(r"(?:因为|由于)[\u4e00-\u9fff]*?(?=被|而|才|所以)")
NEGATION = re.compile(r"没有(?=[\u4e00-\u9fff])(?!多少|几)|没(?!有)(?=[\u4e00-\u9fff])|尚未|还未|未(?!来|成年|满)")

# 哪一年成立的, 什么时候开始推行的, 成立于哪一年: the verb whose time is asked.
_WHEN = rf"(?:哪[1一]?年|{_WHEN_WORDS}|哪天|几月几号|几月几日|哪[1一]?个?月)"
_EVENT_AFTER = re.compile(_WHEN + r"(?:是|就|才|已经|开始|正式|由|从|在)*([\u4e00-\u9fff]{2})")
_EVENT_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})(?:于|在|是在|是)" + _WHEN)


def event_asked(normalized: str) -> str:
    found = _EVENT_AFTER.search(normalized) or _EVENT_BEFORE.search(normalized)
    return found.group(1) if found and not found.group(1).endswith("的") else ""


def asks_what_a_figure_is(normalized: str) -> bool:
    """"329.69亿元是用在哪方面的钱": asks what, where or which of a figure, and no quantity or time."""
    return _REVERSE_ASK.search(normalized) is not None and not _ASKS_QUANTITY.search(normalized)


# "增长了多少", "增加了几个", "涨了多少": the change between two sides, not either side.
CHANGE_ASKED = re.compile(r"(?:增长|增加|提高|提升|上升|扩大|上涨|涨|多|减少|下降|降低|缩小|压缩|缩短|少|降|减|变化"
                          r"|净增|翻|前移|后移|挪|往前走|前进)了?"
                     r"(?:多少|几|百分之几|百分之多少|几成|几倍|多少倍)(?:个百分点|百分点|个|名|人|所|项|万)?"
                     r"|增幅|增量|涨幅|增长率|增速|增长幅度|降幅"
                     r"|比[^，,]{1,10}?多(?!少)[\u4e00-\u9fff]了?(?:多少|几)")  # 比十年前多打了多少: more of it
# A比B多多少; not the 比 of 占比, 对比, 比例, nor the 高 of 提高.
DIFFERENCE = re.compile(r"^(?P<a>.+?)(?<![占对相类好无评排])比(?![例重率])(?P<b>.+?)"
                         r"(?P<dir>多|少|(?<![提升])高|(?<![降减])低)了?(?:多少|几)")
GAP = re.compile(r"相差|差多少|差了多少|差距|差几|(?:哪个|哪一个|谁)更?[多少大小高低]")


def asks_change(text: str) -> bool:
    """增长了多少: a change over time; not 比…多多少 or 哪个多, which compare two things."""
    if CHANGE_ASKED.search(text) is None or GAP.search(text) is not None:
        return False
    compared = DIFFERENCE.search(text)
    # (比十年前多了多少: compared with a time, not with another thing: a change.)
    return compared is None or _SINCE_THEN.search("比" + compared.group("b")) is not None
