"""The matcher's general rules on a small article written for these tests and drafted by
`bot draft` (no hand-written keywords): backstory, constraints of the asking clause, sub-groups,
the two sides of a change, a figure the question gives, reverse lookups, ambiguity, near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.draft import draft
from bot.core.draft_files import write
from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

ARTICLE = """全省文化事业稳步发展
10月11日

坚持普惠均等。全省公共图书馆从2012年的120个增加到2021年的156个,其中县级图书馆129个。

繁荣群众文艺。连续举办五届全省群众文艺汇演,在北京、上海等地设立文化服务站13个。

打造示范阵地。建成国家级示范文化站21个、省级示范文化站57个。表彰全国文化先进集体3个、文化先进集体12个。

加大投入力度。2018年以来,全省累计投入资金12.6亿元,新建乡村文化广场2400多个。改造博物馆投入资金3.2亿元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    directory: Path = tmp_path_factory.mktemp("culture")
    write(draft(ARTICLE, "全省文化事业稳步发展", "10月11日"), directory, "culture", "全省文化事业稳步发展", "10月11日")
    return Engine.load(directory)


def test_a_place_in_the_backstory_does_not_constrain_but_one_in_the_question_does(engine: Engine) -> None:
    backstory = "我是曲靖的一名图书管理员,平时很关心公共文化。想问问全省公共图书馆现在有多少个?"
    assert figure(engine, backstory) == "156个"
    assert figure(engine, "曲靖的公共图书馆有多少个?") is None


def test_the_side_of_a_change_follows_the_question(engine: Engine) -> None:
    assert figure(engine, "公共图书馆有多少个") == "156个"  # no time said: the present
    assert figure(engine, "公共图书馆原来有多少个") == "120个"
    assert figure(engine, "2012年全省公共图书馆有多少个") == "120个"
    assert figure(engine, "公共图书馆从120个增加到了多少个") == "156个"  # the figure given is no answer


def test_a_sub_group_the_sentence_does_not_name_is_declined(engine: Engine) -> None:
    assert figure(engine, "公共图书馆其中县级的有多少个") == "129个"


def test_the_level_asked_is_the_one_said_next_to_the_figure(engine: Engine) -> None:
    assert figure(engine, "省级示范文化站有多少个") == "57个"
    assert figure(engine, "国家级示范文化站有多少个") == "21个"
    assert figure(engine, "州市级示范文化站有多少个") is None


def test_reverse_lookups(engine: Engine) -> None:
    match = engine.ask("13个说的是什么")
    assert match.reverse
    assert match.answered
    assert [f.figure for f in match.facts] == ["13个"]
    assert engine.ask("12.6亿元是用在哪方面的钱?").facts[0].figure == "12.6亿元"
    assert engine.ask("12.6亿元是怎么来的").reverse  # where it comes from: its sentence
    assert not engine.ask("1").answered  # a bare digit is no figure
    # A word that asks for no figure (是谁) does not stop a reverse lookup of a figure the sources give.
    assert engine.ask("12.6亿元是谁投入的，用在哪方面?").reverse


@pytest.mark.parametrize(("question", "why"), [
    ("上海设立了多少个文化服务站", "for 上海 and other places together"),
    ("2018年当年投入资金多少", "one year"),
    ("第二届群众文艺汇演举办了几届", "restricts to 第二届"),
    ("公共图书馆中乡镇图书馆有多少个", "restricts to 乡镇"),
    ("曲靖的公共图书馆有多少个?", "names 曲靖"),
])
def test_near_misses_are_declined_by_the_rule_that_fits(engine: Engine, question: str, why: str) -> None:
    explanation = engine.explain(question)
    assert not explanation.match.answered
    assert why in explanation.reason


def test_the_same_questions_without_the_restriction_are_answered(engine: Engine) -> None:
    assert figure(engine, "在北京、上海等地设立了多少个文化服务站") == "13个"
    assert figure(engine, "2018年以来投入资金多少") == "12.6亿元"
    assert figure(engine, "连续举办了几届群众文艺汇演") == "五届"


def test_an_ambiguous_question_offers_the_candidates(engine: Engine) -> None:
    match = engine.ask("投入了多少资金")
    assert not match.answered
    assert {c.fact.figure for c in match.alternatives} >= {"12.6亿元", "3.2亿元"}
    assert figure(engine, "改造博物馆投入了多少资金") == "3.2亿元"


def test_explain_says_why(engine: Engine) -> None:
    lines = engine.explain("公共图书馆原来有多少个").lines()
    assert lines[0] == "question: 公共图书馆原来有多少个"
    assert any("120个" in line and "time: the fact is before" in line for line in lines)
    assert lines[-1].startswith("decision: answered 120个")
    assert engine.explain("曲靖的公共图书馆有多少个?").lines()[-1].startswith("decision: declined")
    # What the engine made of the ranking is the decision told, as `ask` gives it.
    computed = engine.explain("公共图书馆比2012年增加了多少个")
    assert computed.match == engine.ask("公共图书馆比2012年增加了多少个")
    assert computed.lines()[-1].endswith("then computed 156个 − 120个 = 36个)")


def test_a_what_question_gets_no_quantity(engine: Engine) -> None:
    assert engine.explain("公共图书馆有什么服务").reason.startswith("asks what or which")
    assert figure(engine, "公共图书馆有多少个") == "156个"


def test_as_of_the_year_after_the_article_means_its_current_figures(engine: Engine) -> None:
    assert figure(engine, "截至2022年全省公共图书馆有多少个") == "156个"  # the article's latest year is 2021
    assert figure(engine, "2022年新建了多少个乡村文化广场") is None  # what happened in 2022: not reported
    assert figure(engine, "截至2023年全省公共图书馆有多少个") is None


def test_an_earlier_time_needs_a_figure_of_that_time(engine: Engine) -> None:
    assert figure(engine, "十年前全省公共图书馆有多少个") == "120个"  # the before side of the change
    assert "only the present figure" in engine.explain("十年前全省新建了多少个乡村文化广场").reason


def test_a_figure_of_another_kind_is_never_the_answer(engine: Engine) -> None:
    explanation = engine.explain("全省公共图书馆的覆盖率是多少")
    assert not explanation.match.answered
    ruled_out = {fact.figure: why for fact, _, why in explanation.vetoed}
    assert ruled_out["156个"] == "asks %, the figure is in 个"  # the best words, but a count
    assert all(c.fact.unit == "%" for c in explanation.ranked)
    # Nor is it offered as the nearest answer: it was not ruled out by a scope the question asks.
    assert explanation.match.nearest is None
    assert "closest fact" not in explanation.reason


def test_a_key_phrase_said_with_words_in_between_still_counts(engine: Engine) -> None:
    from dataclasses import replace

    from bot.core.matching import Matcher
    from bot.core.params import DEFAULT_PARAMS

    question = "在乡村建的文化的广场有多少个"  # the drafted phrase is 乡村文化广场
    spread = engine.explain(question)
    assert spread.match.answered
    assert spread.match.facts[0].figure == "2400多个"
    without = Matcher(engine.kb, replace(DEFAULT_PARAMS, spread_credit=0.0)).explain(question)
    assert without.ranked[0].key < spread.ranked[0].key


def test_a_figure_about_a_narrower_thing_than_asked_yields(engine: Engine) -> None:
    explanation = engine.explain("文化先进集体有多少个")
    assert explanation.match.answered
    assert explanation.match.facts[0].figure == "12个"
    national = next(c for c in explanation.ranked if c.fact.figure == "3个")
    assert any("全国" in why for why, _ in national.adjustments)
    assert figure(engine, "全国文化先进集体有多少个") == "3个"


def test_a_fact_narrowed_to_a_field_the_question_does_not_name_yields(tmp_path: Path) -> None:
    article = "全省体育事业\n11月3日\n\n表彰先进。推荐体育先进个人50名,推荐科技创新领域的先进个人8名。\n"
    engine = drafted_engine(tmp_path, article, "sport")
    assert figure(engine, "推荐了多少名先进个人") == "50名"
    assert figure(engine, "科技创新领域推荐了多少名先进个人") == "8名"


def test_aspects_listed_after_a_figure_are_no_narrower_field(tmp_path: Path) -> None:
    article = "全省民政事业\n11月3日\n\n救助帮扶。对低保家庭实施3.5万户次生活、医疗、教育等方面的救助。\n"
    engine = drafted_engine(tmp_path, article, "civil")
    ranked = engine.explain("救助户次").ranked
    assert not any("does not say" in why for c in ranked for why, _ in c.adjustments)
    assert figure(engine, "救助了多少户次") == "3.5万户次"


def test_one_figure_for_two_levels_is_no_answer_for_one_of_them(tmp_path: Path) -> None:
    article = "全省体育事业\n11月3日\n\n阵地建设。在各地建设国家级和省级健身中心300多个。\n"
    engine = drafted_engine(tmp_path, article, "sport")
    assert figure(engine, "国家级和省级健身中心一共多少个") == "300多个"
    assert figure(engine, "省级健身中心有多少个") is None


def test_one_item_of_a_list_is_not_asked_by_the_lists_figure(tmp_path: Path) -> None:
    article = "全省体育事业\n11月3日\n\n设施建设。在全省建设体育公园、健身广场和全民健身中心等健身设施500多个。\n"
    engine = drafted_engine(tmp_path, article, "sport")
    assert figure(engine, "全民健身中心建了多少个") is None  # one item: the figure is for all of them
    assert figure(engine, "体育公园、健身广场这类健身设施一共建了多少个") == "500多个"


def test_a_change_said_without_years_runs_over_the_articles_period(tmp_path: Path) -> None:
    article = ("全省学前教育\n11月3日\n\n普及学前教育。全省幼儿园从2012年的500所增加到2021年的800所,"
               "学前三年毛入园率从50.5%提高到88.6%。来省留学生规模年均保持在2万人左右。\n")
    engine = drafted_engine(tmp_path, article, "pre")
    assert figure(engine, "2012年学前三年毛入园率是多少") == "50.5%"
    assert figure(engine, "2021年学前三年毛入园率是多少") == "88.6%"
    assert figure(engine, "2016年学前三年毛入园率是多少") is None  # a year between: not given
    # A figure said per year answers a question asked per year, and no other period.
    assert figure(engine, "来省的留学生一年大概有多少人") == "2万人左右"
    assert figure(engine, "来省的留学生上半年有多少人") is None


def test_where_the_counted_went_does_not_narrow_what_is_counted(tmp_path: Path) -> None:
    article = ("医疗卫生\n11月3日\n\n队伍建设。全年招募志愿医生1200名派驻到农村卫生院服务,"
               "表彰全国优秀志愿医生35名。\n")
    engine = drafted_engine(tmp_path, article, "med")
    explanation = engine.explain("招募了多少名志愿医生")
    assert explanation.match.answered
    assert explanation.match.facts[0].figure == "1200名"
    recruited = next(c for c in explanation.ranked if c.fact.figure == "1200名")
    assert not any("农村" in why for why, _ in recruited.adjustments)  # 派驻到农村: where they went
    # (表彰全国优秀志愿医生35名: those honoured, another deed on the same doctors.)
    assert "表彰" in next(why for fact, _, why in explanation.vetoed if fact.figure == "35名")


def test_everyday_words_find_the_words_a_report_uses(tmp_path: Path) -> None:
    # The general lexicon ships with the package: a drafted article with no lexicon of its own
    # is asked in everyday words (找工作 for 就业, 歇脚点 for 驿站, 工作受伤 for 工伤).
    article = ("全省工会服务\n11月3日\n\n服务职工。全年为农民工提供就业服务12万人次,新建户外劳动者驿站300个,"
               "参与处理工伤事故500件。\n")
    engine = drafted_engine(tmp_path, article, "service")
    assert figure(engine, "工会帮农民工找工作服务了多少人次") == "12万人次"
    assert figure(engine, "给户外劳动者新建的歇脚点有多少个") == "300个"
    assert figure(engine, "工作受伤的事故处理了多少件") == "500件"
    assert engine.explain("就业服务cover了多少人").text.startswith("就业服务覆盖")  # English mixed in


def test_sound_never_overrules_two_strong_character_matches(tmp_path: Path) -> None:
    # 搞 sounds like 高: read by sound, 搞技能的人才 is 高技能人才. The characters already find
    # two strong candidates, so this is no typo to repair by sound.
    article = "人才队伍\n11月3日\n\n人才建设。全省技能人才总量达到52万人,高技能人才总量达到18万人。\n"
    engine = drafted_engine(tmp_path, article, "talent")
    explanation = engine.explain("全省搞技能的人才总量有多少")
    assert not explanation.by_sound
    assert figure(engine, "全省搞技能的人才总量有多少") != "18万人"
    assert figure(engine, "全省高技能人才有多少") == "18万人"


def test_a_level_said_with_yi_ji_is_that_level_not_the_number_one(tmp_path: Path) -> None:
    article = "全省体育事业\n11月3日\n\n表彰先进。评选省级体育先进个人120名、国家级体育先进个人15名。\n"
    engine = drafted_engine(tmp_path, article, "sport")
    assert figure(engine, "省一级的体育先进个人评了多少名") == "120名"
    assert figure(engine, "国家一级的体育先进个人有多少名") == "15名"


def test_places_given_as_examples_of_a_list_do_not_narrow_the_figure(tmp_path: Path) -> None:
    article = ("对外交流\n11月3日\n\n友好往来。先后与泰国商会建立合作机制,"
               "接待越南、新加坡等代表团来访20批150人次。\n")
    engine = drafted_engine(tmp_path, article, "abroad")
    visits = next(c for c in engine.explain("一共接待了多少批代表团来访").ranked if c.fact.figure == "20批")
    assert not any("does not say" in why for why, _ in visits.adjustments)  # 越南、新加坡等: examples
    assert figure(engine, "一共接待了多少批代表团来访") == "20批"
    assert figure(engine, "泰国代表团来访了几批") is None  # a partner of the first clause, not a visitor


def test_a_year_answers_when_something_happened_only_if_its_sentence_tells_that(tmp_path: Path) -> None:
    article = ("全省体育事业\n11月3日\n\n改革推进。2016年全民健身改革启动后,省体育局建立工作机制12项。"
               "2019年以来,大力推行社区健身工作法,建成社区健身点800个。\n")
    engine = drafted_engine(tmp_path, article, "sport")
    assert figure(engine, "全民健身改革是哪一年启动的") == "2016年"
    assert figure(engine, "社区健身工作法是从哪年开始推行的") == "2019年"
    assert figure(engine, "社区健身工作法是从哪年开始的") == "2019年"  # 开始: any starting point fits
    assert figure(engine, "全民健身改革是哪一年成立的") is None  # no sentence says when anything was founded


def test_english_mixed_in_is_read_like_chinese_with_its_restrictions(tmp_path: Path) -> None:
    article = ("全省工会维权\n11月3日\n\n依法维权。2021年办理法律援助案件1200件,推荐全国劳模35名,"
               "帮助农民工就业8万人次。\n")
    engine = drafted_engine(tmp_path, article, "rights")
    assert figure(engine, "How many legal aid cases?") == "1200件"
    assert figure(engine, "how many national model workers were recommended") == "35名"
    assert figure(engine, "农民工 jobs 多少人次") == "8万人次"
    assert figure(engine, "How many female national model workers?") is None  # a sub-group
    assert figure(engine, "What percentage of legal aid cases were won?") is None  # a rate
    assert figure(engine, "How many legal aid cases by 2030?") is None  # a year the article lacks


def test_a_question_about_what_did_not_happen_gets_no_figure_of_what_did(tmp_path: Path) -> None:
    article = ("全省交通\n9月20日\n\n高速公路。88个县(市、区)中有70个通了高速公路,新建服务区120个。"
               "尚未通客车的建制村还有15个。\n")
    engine = drafted_engine(tmp_path, article, "roads")
    assert figure(engine, "有多少个县通了高速公路") == "70个"
    assert figure(engine, "有多少个县没通高速公路") is None
    assert figure(engine, "还没通客车的建制村有几个") == "15个"  # said with a negation too
    analysis = engine.explain("新建服务区120个没有,一共几个").analysis
    assert analysis is not None
    assert not analysis.negated  # 没有 that ends a yes-no question


def test_a_part_named_after_qizhong_yields_to_its_whole_and_a_rate_per_so_many_is_a_rate(tmp_path: Path) -> None:
    article = ("卫生健康\n9月22日\n\n医疗资源。建成县级医院143家,其中三级医院32家。"
               "孕产妇死亡率下降到12.32/10万,婴儿死亡率下降到3.6‰。\n")
    engine = drafted_engine(tmp_path, article, "health")
    assert figure(engine, "县级医院有多少家") == "143家"
    assert figure(engine, "三级医院有多少家") == "32家"
    assert figure(engine, "孕产妇死亡率是多少") == "12.32/10万"
    assert figure(engine, "婴儿死亡率是多少") == "3.6‰"


def test_an_economy_article_with_a_headline_a_change_of_rank_and_a_respective_list(tmp_path: Path) -> None:
    article = ("经济发展\n9月15日\n\n全省地区生产总值突破2.7万亿元\n\n"
               "经济总量跃升。全省地区生产总值从2012年的1.03万亿元增加到2021年的2.71万亿元,"
               "经济总量在全国的位次从第24位上升到第18位。\n\n"
               "居民收入增长。城镇居民人均可支配收入达到4.05万元,农村居民人均可支配收入达到1.46万元,"
               "分别是2012年的1.9倍和2.8倍。\n")
    engine = drafted_engine(tmp_path, article, "economy")
    assert figure(engine, "经济总量在全国排第几") == "第18位"  # 全国 is said of both sides of the change
    assert figure(engine, "2012年经济总量在全国排第几") == "第24位"
    assert figure(engine, "农村居民收入是2012年的几倍") == "2.8倍"  # the year is said of the whole list
    assert figure(engine, "城镇居民收入是2012年的几倍") == "1.9倍"
    assert figure(engine, "城镇居民收入是2012年的多少倍") == "1.9倍"
    assert figure(engine, "农村居民收入多少") == "1.46万元"  # a multiple answers 几倍, not how much
    assert figure(engine, "云南GDP现在是多少") in ("2.71万亿元", "2.7万亿元")
    change = engine.ask("地区生产总值增长了多少")  # the headline's round figure is no side of the change
    assert change.derived is not None
    assert change.derived.figure == "1.68万亿元"


def test_opinions_and_reasons_get_no_figure(engine: Engine) -> None:
    for question in ("为啥要新建乡村文化广场", "为啥要连续举办五届群众文艺汇演", "你怎么看公共图书馆的建设",
                     "公共图书馆增加到156个的原因是什么", "新建乡村文化广场2400多个有什么好处"):
        assert figure(engine, question) is None, question


def test_a_headlines_round_figure_is_no_rival_of_the_exact_one_and_when_is_no_reverse_lookup(tmp_path: Path) -> None:
    article = ("全省交通\n9月20日\n\n全省高速公路通车里程突破9900公里\n\n"
               "高速公路。全省高速公路通车里程从2012年的2943公里增加到2021年的9947公里。"
               "全省有16个州市,其中13个通了铁路。2019年机场旅客吞吐量突破7000万人次。\n")
    engine = drafted_engine(tmp_path, article, "roads")
    assert figure(engine, "高速公路通车里程有多少") == "9947公里"  # not ambiguous with 突破9900公里
    assert figure(engine, "旅客吞吐量啥时候突破7000万的") == "2019年"  # asks when, not what 7000万 is
    explanation = engine.explain("全省高速公路有多长")
    assert explanation.analysis is not None
    assert explanation.analysis.asked == "长度"
    assert all(c.fact.unit == "公里" for c in explanation.ranked)  # a length: no count of 州市
    assert figure(engine, "How long is the railway?") is None  # the article gives no railway length
    assert figure(engine, "How many kilometers of expressway?") == "9947公里"


def test_people_nouns_the_noun_after_duoshao_a_speech_frame_and_the_topic_one_clause_back(tmp_path: Path) -> None:
    article = ("全省司法\n10月9日\n\n法律服务。十年来,全省共办理法律援助案件6100多件,"
               "选树省级优秀调解员420名。开展“携手同行”行动,1.2万户企业、45.6万名职工响应。"
               "各地开展普法宣讲活动3.4万场,覆盖群众900多万人次。\n")
    engine = drafted_engine(tmp_path, article, "justice")
    # 律师 is a noun of people: 个 after it still counts people, never cases.
    assert figure(engine, "法律援助律师有多少个") is None
    assert figure(engine, "女调解员有多少名") is None  # a sex the sentence does not say
    assert figure(engine, "优秀调解员有多少名") == "420名"
    # 多少企业: what is counted tells the two figures of one sentence apart.
    assert figure(engine, "携手同行行动有多少企业响应") == "1.2万户"
    assert figure(engine, "携手同行行动有多少职工响应") == "45.6万名"
    # Who said it is backstory; the topic (宣讲) is in the clause before the one that asks.
    assert figure(engine, "我们村里教书的王老师跟我说各地搞了好多普法宣讲,十年下来总共搞了多少场啊") == "3.4万场"


def test_a_count_of_things_is_no_count_of_people_and_a_sub_group_asked_points_to_its_figure(tmp_path: Path) -> None:
    article = ("全省防汛\n7月2日\n\n防汛救灾。汛期走访慰问各类站点、堤坝等1.3万个次,一线人员52.1万人次。"
               "建成以2个国家级示范点为引领、各级418个示范点为支撑的防汛体系。\n")
    engine = drafted_engine(tmp_path, article, "flood")
    # 多少个堤坝: 个 of a thing, which a figure in 人次 does not count.
    explanation = engine.explain("汛期走访了多少个堤坝站点")
    assert all(c.fact.unit != "人次" for c in explanation.ranked)
    assert figure(engine, "汛期走访了多少个堤坝站点") == "1.3万个次"
    assert figure(engine, "各级示范点加起来有多少个") == "418个"


def test_a_year_answers_only_a_question_about_when(tmp_path: Path) -> None:
    article = ("全省林业\n9月22日\n\n生态保护修复成效显著。全省森林覆盖率从2012年的50.3%提高到2021年的61.5%。\n")
    engine = drafted_engine(tmp_path, article, "forest")
    assert figure(engine, "森林覆盖率") == "61.5%"  # a bare name asks for the figure, not its year
    assert figure(engine, "What is the forest coverage rate?") == "61.5%"
    assert figure(engine, "森林覆盖率哪一年达到61.5%") == "2021年"


def test_another_kind_a_superlative_and_the_verb_before_the_figure(tmp_path: Path) -> None:
    article = ("全省能源\n9月22日\n\n绿色发展。2021年全省绿色能源装机达到9500万千瓦;"
               "县城污水处理率达到95.3%。十年来共办理环境违法案件1.2万件,罚款金额10.6亿元。"
               "督察交办的5781件群众举报问题已办结5690件。\n")
    engine = drafted_engine(tmp_path, article, "energy")
    assert figure(engine, "绿色能源装机有多少千瓦") == "9500万千瓦"
    assert figure(engine, "风电装机有多少千瓦") is None  # another kind of 装机
    assert figure(engine, "乡镇污水处理率多少") is None  # another level
    assert figure(engine, "环境违法案件罚款一共多少钱") == "10.6亿元"
    assert figure(engine, "环境违法案件罚款最多的一笔是多少") is None  # a total is no extreme
    assert figure(engine, "督察交办的举报问题办结了多少") == "5690件"  # 已办结5690件, not 交办的5781件
    assert figure(engine, "督察交办的举报问题有多少件") == "5781件"


def test_grades_parts_and_wholes_and_a_base_year_of_comparison(tmp_path: Path) -> None:
    article = ("全省旅游\n9月26日\n\n2019年全省接待游客8.07亿人次\n\n"
               "旅游经济。2019年全省接待海内外游客8.07亿人次。2021年接待游客6.5亿人次,恢复到2019年的80.5%。"
               "全省A级旅游景区从2012年的208个增加到2021年的433个,其中5A级景区9个、4A级景区93个。"
               "全省旅游星级饭店达到427家。\n")
    engine = drafted_engine(tmp_path, article, "tourism")
    assert figure(engine, "A级景区现在有多少个") == "433个"  # the whole, not one of its parts
    assert figure(engine, "4A景区有多少家") == "93个"
    assert figure(engine, "3A级景区有几个") is None  # a grade the article does not give
    assert figure(engine, "五星级饭店有多少家") is None  # a total of all grades is no answer
    assert figure(engine, "2019年云南接待了多少游客") == "8.07亿人次"  # 游客 are people: no 80.5%
    # 恢复到2019年的80.5%: 2019 is the base compared with; the figure is of 2021.
    assert figure(engine, "2021年的游客量恢复到疫情前的百分之多少") == "80.5%"


def test_names_targets_and_figures_said_of_one_subject(tmp_path: Path) -> None:
    article = ("全省交通\n9月15日\n\n交通建设。全省铁路营业里程从2012年的2635公里增加到2021年的4981公里。"
               "全省运输机场达到15个，2019年旅客吞吐量达到7000万人次，昆明长水国际机场旅客吞吐量4807万人次。"
               "2021年全省完成客运量2.8亿人次、货运量14.3亿吨。昆明市轨道交通运营线路达到5条、里程165公里。"
               "云南省技能人才总量达到300万人。我省高技能人才达到90万人。\n\n"
               "到2025年，全省铁路营业里程将达到6000公里，民用运输机场达到20个。\n")
    engine = drafted_engine(tmp_path, article, "transport")
    # A rare word said after a figure names a later one: 长水 is not said of the province's total.
    assert figure(engine, "长水机场旅客吞吐量多少人次") == "4807万人次"
    assert figure(engine, "长水的旅客吞吐量") != "7000万人次"
    assert figure(engine, "长水机厂旅客吞吐量") == "4807万人次"  # a typo; and 2019年 dates the province's
    assert figure(engine, "旅客吞吐量有多少") == "7000万人次"
    # The longest noun counted decides between 客运量 and 货运量 (both say 运量).
    assert figure(engine, "2021年全省客运量是多少") == "2.8亿人次"
    assert figure(engine, "2021年货运量是多少") == "14.3亿吨"
    # 昆明 opens the clause: 里程165公里 is said of 昆明市轨道交通 too.
    assert figure(engine, "昆明轨道交通运营里程多少公里") == "165公里"
    # A target answers a question about the plan, never one about what is.
    assert figure(engine, "云南有多少个运输机场") == "15个"
    assert figure(engine, "到2025年运输机场要达到多少个") == "20个"
    assert figure(engine, "铁路营业里程是多少") == "4981公里"
    assert figure(engine, "2012年的时候云南铁路有多长") == "2635公里"  # 多长 is a length
    # 技能人才 is another fact's word inside 高技能人才: the longer key phrase speaks.
    assert figure(engine, "云南省的高技能人才目前有多少人") == "90万人"
    assert figure(engine, "技能人才总量有多少") == "300万人"


def test_grades_the_home_region_and_a_shared_head(tmp_path: Path) -> None:
    article = ("全省卫生\n9月21日\n\n医疗服务。县级医院全部达到二级以上水平，全省三级医院达到98家，"
               "其中三级甲等医院46家。评选云南省名中医230名。婴儿死亡率从10.46‰下降到4.47‰。"
               "全省建筑业企业达到1.2万家，其中特级资质企业18家。\n")
    engine = drafted_engine(tmp_path, article, "health")
    assert figure(engine, "三级医院有多少家") == "98家"
    assert figure(engine, "三甲医院有几家") == "46家"  # the grade as people say it
    # A grade is said next to the figure it grades: 二级以上 is no count of 二级医院.
    assert figure(engine, "全省二级医院有多少家") is None
    # 云南 alone is no topic: a question about anything else in Yunnan is not about 云南省名中医.
    assert figure(engine, "How many dentists are there in Yunnan?") is None
    assert figure(engine, "云南省名中医有多少名") == "230名"
    assert figure(engine, "新生儿死亡率是多少") is None  # 新生儿 is not 婴儿
    assert figure(engine, "婴儿死亡率是多少") == "4.47‰"
    assert figure(engine, "特级资质企业有多少家") == "18家"
    assert figure(engine, "一级资质建筑企业有多少家") is None  # a grade the article does not give


def test_kinds_ranks_trade_directions_and_yearly_figures(tmp_path: Path) -> None:
    article = ("全省农业\n9月23日\n\n高原特色农业。花卉种植面积和产值连续多年居全国第一，鲜切花产量达到180亿枝；"
               "茶叶种植面积达到740万亩，居全国第二位。累计建成高标准农田2465万亩。农产品出口额达到53亿美元。\n")
    engine = drafted_engine(tmp_path, article, "farming")
    assert figure(engine, "茶叶种植面积有多少亩") == "740万亩"
    # 花卉种植面积 is said in the sentence, of its rank: 740万亩 is the area of tea.
    assert figure(engine, "花卉种植面积有多少亩") is None
    assert figure(engine, "水稻种植面积有多少亩") is None  # a kind the article never names
    assert figure(engine, "茶叶种植面积在全国排第几") == "第二位"  # 排第几 asks a rank
    assert figure(engine, "花卉产值在全国排第几") == "第一"  # 居全国第一: a rank, 位 unsaid
    assert figure(engine, "鲜切花一年产量有多少枝") == "180亿枝"  # a yearly figure answers 一年
    assert figure(engine, "一年建多少高标准农田") is None  # a total of years does not
    assert figure(engine, "农产品出口额是多少") == "53亿美元"
    assert figure(engine, "农产品进口额是多少") is None  # the other direction


def test_years_said_with_a_verb_the_latest_figure_and_kinds_of_insurance(tmp_path: Path) -> None:
    article = ("全省人社\n9月28日\n\n就业和社保。城镇登记失业率始终控制在4%以内，2021年为3.3%。"
               "全省基本养老保险参保人数从2012年的2352万人增加到2021年的3257万人，参保率达到95%以上；"
               "失业保险参保人数达到310万人，工伤保险参保人数达到530万人。全省专业技术人才达到152万人，"
               "其中高级职称人才16.8万人。\n")
    engine = drafted_engine(tmp_path, article, "jobs")
    assert figure(engine, "2021年城镇登记失业率是多少") == "3.3%"  # 2021年为3.3%: that year's
    assert figure(engine, "城镇登记失业率是多少") == "3.3%"  # no time said: the latest, not a bound
    assert figure(engine, "基本养老保险参保率是多少") == "95%以上"  # 参保率 of what was said before it
    assert figure(engine, "工伤保险参保人数是多少") == "530万人"
    assert figure(engine, "生育保险参保人数是多少") is None  # 生育保险 is not 工伤保险
    assert figure(engine, "中级职称人才有多少") is None  # nor 中级 高级
    assert figure(engine, "2012年失业保险参保人数是多少") is None  # 失业保险 is said of 310万人 only
    # English words of the field, from the general lexicon.
    assert figure(engine, "What was the registered unemployment rate in 2021?") == "3.3%"
    assert figure(engine, "How many people have work injury insurance?") == "530万人"


def test_a_passive_verb_no_source_uses_is_declined(engine: Engine) -> None:
    # 被改造了多少: how many of them something happened to that the article never says.
    assert figure(engine, "公共图书馆被翻新了多少个") is None
    assert figure(engine, "公共图书馆有多少个") == "156个"


def test_what_another_figure_counts_densities_and_bare_years(tmp_path: Path) -> None:
    article = ("全省科技\n9月30日\n\n科技惠民。建成国家级农业科技园区8个，培育省级星创天地125家。"
               "2021年全省专利授权量达到3.2万件，每万人口发明专利拥有量达到2.6件。\n")
    engine = drafted_engine(tmp_path, article, "science")
    assert figure(engine, "国家级农业科技园区有几个") == "8个"
    # 农业科技园区 is what 8个 counts; 125家 counts 星创天地 at another level.
    assert figure(engine, "省级农业科技园区有几个") is None
    assert figure(engine, "省级星创天地有多少家") == "125家"
    assert figure(engine, "每万人口发明专利拥有量是多少") == "2.6件"
    assert figure(engine, "发明专利授权量是多少") is None  # a density is no count
    assert figure(engine, "专利授权量是多少") == "3.2万件"
    assert not engine.ask("2021").answered  # a year alone is no figure to look up


def test_a_project_named_alone_is_no_question_about_its_year(tmp_path: Path) -> None:
    article = ("全省水利\n10月12日\n\n骨干水网。省水利厅负责人介绍，党的十八大以来，全省水利投资累计完成3100亿元。"
               "滇中引水工程于2017年8月开工建设，输水总干渠全长664公里，工程总投资约782亿元。\n")
    engine = drafted_engine(tmp_path, article, "water")
    assert figure(engine, "滇中引水工程哪年开工的") == "2017年8月"  # the year with its month, one date
    assert figure(engine, "滇中引水") != "2017年8月"  # a name alone asks for no time
    assert figure(engine, "水利投资一共多少钱") == "3100亿元"  # 累计完成 and 负责人介绍 key nothing


def test_respective_figures_per_head_standards_ages_and_longer_kinds(tmp_path: Path) -> None:
    article = ("全省民政\n10月14日\n\n社会救助。全省农村低保标准从2012年的每人每年1836元提高到2021年的4800元，"
               "城市低保标准从每人每月287元提高到每人每月685元。集中供养孤儿和社会散居孤儿分别达到2100名和8600名。"
               "建成城市社区养老服务设施2300个，农村互助养老服务设施1.1万个。"
               "全省80岁以上老年人高龄津贴实现全覆盖，惠及老年人98万人。十年来办理结婚登记410万对。\n")
    engine = drafted_engine(tmp_path, article, "welfare")
    # 每人每年 measures the standard; it is no sub-group other than 农村.
    assert figure(engine, "2012年农村低保标准是每人每年多少元") == "1836元"
    assert figure(engine, "城市低保标准现在每人每月多少钱") == "685元"
    assert figure(engine, "社会散居孤儿有多少名") == "8600名"  # 分别: the second of each
    assert figure(engine, "集中供养孤儿有多少名") == "2100名"
    assert figure(engine, "农村社区养老服务设施有多少个") is None  # 社区 is said of the city's
    assert figure(engine, "90岁以上老年人有多少") is None  # an age is no count of people
    assert figure(engine, "一共有多少老年人享受到了高龄津贴") == "98万人"
    assert figure(engine, "410万对指的是什么") is not None  # 对 is a unit: the figure is 410万对


def test_grades_listed_with_their_figures_one_by_one(tmp_path: Path) -> None:
    article = ("全省公路\n10月1日\n\n道路建设。全省一级公路、二级公路和三级公路分别达到"
               "1.2万公里、3.4万公里和5.6万公里。\n")
    engine = drafted_engine(tmp_path, article, "roads")
    assert figure(engine, "一级公路多少公里") == "1.2万公里"
    assert figure(engine, "二级公路有多少公里") == "3.4万公里"
    assert figure(engine, "三级公路有多少公里") == "5.6万公里"
    assert figure(engine, "四级公路有多少公里") is None


ENVIRONMENT = """全省环境质量持续改善
10月18日

治理大气污染。2021年,全省细颗粒物(PM2.5)平均浓度为23微克/立方米,比2015年下降18.5%。2021年,全省地表水国控断面水质优良比例为88%。

推进污染防治。全省累计关停燃煤小锅炉2100余台,完成9000个自然村环境整治,乡镇生活污水处理率达到45%,县城生活垃圾无害化处理率达到97%以上。

保护生物多样性。已知高等植物17000多种,鸟类900多种,分别占全国的55%和60%。

改善办学条件。全省小学45人以上大班额比例从30%下降到3%。
"""


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("environment"), ENVIRONMENT, "environment")


def test_a_question_whose_words_are_all_another_figures_is_not_about_this_one(environment: Engine) -> None:
    # 关停 and 燃煤 are said of 2100余台 (ruled out: 家 is no unit of it), none of 9000个.
    assert figure(environment, "关停了多少家燃煤电厂?") is None
    assert figure(environment, "完成了多少个自然村环境整治?") == "9000个"


def test_letters_and_a_number_name_one_thing(environment: Engine) -> None:
    assert figure(environment, "PM2.5平均浓度是多少?") == "23微克/立方米"
    assert figure(environment, "PM10平均浓度是多少?") is None


def test_a_noun_narrowed_by_what_another_figure_counts_is_that_kind(environment: Engine) -> None:
    assert figure(environment, "乡镇生活污水处理率是多少?") == "45%"
    assert figure(environment, "县城生活垃圾无害化处理率是多少?") == "97%以上"
    assert figure(environment, "县城生活污水处理率是多少?") is None  # 污水 is 45%'s, 县城 97%'s


def test_a_change_asked_is_answered_by_the_figure_that_states_one(environment: Engine) -> None:
    assert figure(environment, "我平时很关注空气质量,想知道细颗粒物平均浓度比2015年降了多少?") == "18.5%"
    assert figure(environment, "细颗粒物平均浓度是多少?") == "23微克/立方米"


def test_a_kind_the_tagger_reads_as_one_word_is_still_another_kind(environment: Engine) -> None:
    assert figure(environment, "高等植物有多少种?") == "17000多种"
    assert figure(environment, "低等植物有多少种?") is None  # 高等植物 and 低等植物 are one word each
    assert figure(environment, "鸟类有多少种?") == "900多种"  # 多少种 asks a count: no share of 全国


def test_a_year_before_a_short_form_is_no_modifier_of_it(environment: Engine) -> None:
    assert figure(environment, "2021年国控断面水质优良比例是多少?") == "88%"


def test_a_bound_that_names_a_kind_answers_only_a_question_about_the_bound(environment: Engine) -> None:
    assert figure(environment, "全省小学教师有多少人?") is None
    assert figure(environment, "大班额是指多少人以上的班?") == "45人"


TOURISM = """全省旅游产业稳步发展
10月20日

扩大旅游规模。2019年,全省接待游客5.2亿人次,实现旅游总收入6800亿元,分别是2012年的2.1倍和3.9倍,年均分别增长11.2%和21.5%。

建设旅游景区。全省A级旅游景区达到300个,其中5A级景区7个。全省建成博物馆120个、文化馆130个。

繁荣文艺创作。十年来全省共创作舞台艺术作品900余部,其中12部作品获得国家级奖项。
"""


@pytest.fixture(scope="module")
def tourism(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("tourism"), TOURISM, "tourism")


def test_respective_figures_keep_their_own_words_and_state_their_change(tourism: Engine) -> None:
    assert figure(tourism, "旅游总收入是2012年的多少倍?") == "3.9倍"
    assert figure(tourism, "接待游客是2012年的几倍?") == "2.1倍"
    assert figure(tourism, "旅游总收入年均增长多少?") == "21.5%"  # 分别增长…和21.5% states a change


def test_a_grade_in_chinese_numerals_is_the_grade(tourism: Engine) -> None:
    assert figure(tourism, "五A级景区有几个?") == "7个"


def test_a_part_named_after_its_figure_yields_to_the_whole_unless_asked(tourism: Engine) -> None:
    assert figure(tourism, "舞台艺术作品") == "900余部"
    assert figure(tourism, "有多少部作品获得国家级奖项?") == "12部"
    assert figure(tourism, "获国家级奖的作品有几部?") == "12部"


def test_a_kind_the_sources_do_not_count_apart_is_declined(tourism: Engine) -> None:
    assert figure(tourism, "博物馆有多少个?") == "120个"
    assert figure(tourism, "民营博物馆有多少个?") is None  # 民营 sorts museums into kinds


TRADE = """全省开放型经济稳步发展
10月24日

扩大对外贸易。2021年,全省外贸进出口总额达到2800亿元,是2012年的2.1倍。其中,出口1300亿元,进口1500亿元。与东盟贸易额达到900亿元。

建设开放平台。全省共有国家一类口岸20个。网络零售额达到1100亿元,比2015年增长3倍。

优化营商环境。十年来,全省累计实际利用外资超过100亿美元。全省开办企业时间压缩至1个工作日以内。
"""


@pytest.fixture(scope="module")
def trade(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("trade"), TRADE, "trade")


def test_a_part_said_in_the_next_sentence_is_dated_by_the_whole(trade: Engine) -> None:
    assert figure(trade, "2021年出口多少亿元?") == "1300亿元"  # 2021年 is said in the sentence before
    imports = trade.ask("进口有多少?").best
    assert imports is not None
    assert "外贸进出口总额" in imports.sentence  # quoted with its whole
    assert figure(trade, "外贸出口一年多少钱?") == "1300亿元"


def test_imports_and_exports_together_are_neither_alone(trade: Engine) -> None:
    assert figure(trade, "外贸进出口总额是多少?") == "2800亿元"  # 进出口 asks no 出口 alone
    assert figure(trade, "外贸进出口总额是2012年的几倍?") == "2.1倍"


def test_grades_of_ports_and_partners_are_constraints(trade: Engine) -> None:
    assert figure(trade, "国家一类口岸有多少个?") == "20个"
    assert figure(trade, "国家二类口岸有多少个?") is None
    assert figure(trade, "与东盟的贸易额是多少?") == "900亿元"
    assert figure(trade, "与欧盟的贸易额是多少?") is None


def test_a_multiple_that_states_a_change_answers_how_much_it_grew(trade: Engine) -> None:
    assert figure(trade, "网络零售额比2015年增长了多少?") == "3倍"


def test_a_duration_answers_only_a_question_about_time(trade: Engine) -> None:
    assert figure(trade, "开办企业时间压缩到了多少?") == "1个工作日"
    assert figure(trade, "十年来累计实际利用外资多少?") == "100亿美元"  # not 十年
    assert figure(trade, "实际利用外资一共多少?") == "100亿美元"


def test_everyday_words_and_judgements(tmp_path: Path) -> None:
    article = "全省民政事业\n10月9日\n\n兜牢民生底线。全省养老机构达到1500家,十年来办理结婚登记380万对。\n"
    engine = drafted_engine(tmp_path, article, "civil")
    assert figure(engine, "云南养老院有多少家?") == "1500家"
    assert figure(engine, "领结婚证的有多少对?") == "380万对"
    assert figure(engine, "养老院靠谱吗?") is None  # a judgement, which no figure answers
    assert figure(engine, "办理了多少对离婚登记?") is None


ENERGY = """全省工业和信息化稳步发展
10月26日

巩固绿色能源。截至2021年底,全省电力总装机达到1.2亿千瓦,其中水电装机8000万千瓦、风电装机900万千瓦,绿色电源装机占比接近88%。累计外送电量超过1.3万亿千瓦时。全省工业投资连续4年保持两位数增长。

发展新兴产业。新能源电池产业从无到有,2021年产值达到160亿元。全省累计建成5G基站3.2万个。光缆线路总长度达到230万公里,是2012年的3倍。全省培育国家级专精特新“小巨人”企业60户、省级专精特新中小企业750户。
"""


@pytest.fixture(scope="module")
def energy(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("energy"), ENERGY, "energy")


def test_trillions_and_double_digits(energy: Engine) -> None:
    assert figure(energy, "累计外送电量有多少?") == "1.3万亿千瓦时"
    assert figure(energy, "工业投资连续几年保持两位数增长?") == "4年"  # 两位数 is no count of people


def test_a_digit_and_letters_name_one_thing(energy: Engine) -> None:
    assert figure(energy, "5G基站有多少个?") == "3.2万个"
    assert figure(energy, "4G基站有多少个?") is None


def test_a_kind_told_by_the_key_phrases_when_the_clause_says_the_noun_bare(energy: Engine) -> None:
    # 2021年产值达到160亿元: the clause says 产值 bare; its key phrase says whose.
    assert figure(energy, "新能源电池产业产值是多少?") == "160亿元"
    assert figure(energy, "新能源汽车产值是多少?") is None  # 新能源 shared, then another thing


def test_a_name_in_quotes_is_part_of_what_a_list_item_counts(energy: Engine) -> None:
    assert figure(energy, "国家级专精特新小巨人企业有多少户?") == "60户"
    assert figure(energy, "省级专精特新中小企业有多少户?") == "750户"
    assert figure(energy, "省级专精特新小巨人企业有多少户?") is None


def test_a_bare_name_asks_for_the_amount_not_the_multiple(energy: Engine) -> None:
    assert figure(energy, "光缆线路") == "230万公里"
    assert figure(energy, "光缆线路总长度是2012年的几倍?") == "3倍"


def test_a_part_of_a_list_is_no_share_of_another_kind(energy: Engine) -> None:
    assert figure(energy, "绿色电源装机占比是多少?") == "88%"
    assert figure(energy, "风电装机占比是多少?") is None  # 风电 is what 900万千瓦 counts


SPORT = """全省体育事业稳步发展
10月28日

提升竞技体育。在第十四届全运会上,云南体育代表团获得7金6银9铜。全省建成国家级高原训练基地4个、国家级体育后备人才基地11个,注册运动员1.6万人。
"""


@pytest.fixture(scope="module")
def sport(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("sport"), SPORT, "sport")


def test_medals_of_each_kind(sport: Engine) -> None:
    assert figure(sport, "第十四届全运会云南获得几枚金牌?") == "7金"
    assert figure(sport, "全运会上拿了几枚银牌?") == "6银"
    assert figure(sport, "铜牌有多少枚?") == "9铜"


def test_a_figure_without_a_question_word_is_checked_not_given(sport: Engine) -> None:
    assert figure(sport, "国家级高原训练基地有4个?") == "4个"  # not 11个 because 4 was "given"
    assert figure(sport, "国家级高原训练基地有四个?") == "4个"


def test_another_noun_of_the_same_kind_after_the_same_word_is_another_thing(sport: Engine) -> None:
    assert figure(sport, "注册运动员有多少人?") == "1.6万人"
    assert figure(sport, "注册教练员有多少人?") is None  # 教练员 and 运动员: two kinds of 员
    assert figure(sport, "注册运动圆有多少人?") == "1.6万人"  # a typo sounds the same


def test_a_figure_that_counts_those_that_did_something_is_no_total(tmp_path: Path) -> None:
    article = ("全省工会工作\n10月9日\n\n"
               "关爱女职工。加强关心关爱,2800多个基层工会建立女职工休息哺乳室,覆盖女职工20万人。\n")
    engine = drafted_engine(tmp_path, article, "unions")
    assert figure(engine, "多少个基层工会建立了哺乳室?") == "2800多个"
    assert figure(engine, "基层工会一共有多少个?") is None  # the figure counts those that built one


def test_a_quantity_asked_with_a_verb_finds_the_noun_the_article_uses(tmp_path: Path) -> None:
    article = "全省农业\n10月9日\n\n稳定粮食生产。全省粮食总产量稳定在1900万吨以上,茶叶种植面积达到740万亩。\n"
    engine = drafted_engine(tmp_path, article, "farming")
    assert figure(engine, "咱们云南一年打多少粮食?") == "1900万吨以上"
    assert figure(engine, "云南种了多少茶?") == "740万亩"


RURAL = """全省乡村振兴
10月30日

完成易地扶贫搬迁。搬迁群众人均纯收入从搬迁前的3000元左右增加到2021年的10600元。

推进乡村振兴。全省累计投入财政衔接推进乡村振兴补助资金465亿元,其中中央资金318亿元。

健全防止返贫监测帮扶机制。全省累计识别纳入监测对象42.6万人,已消除风险27.9万人。
"""


@pytest.fixture(scope="module")
def rural(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("rural"), RURAL, "rural")


def test_before_an_event_asks_the_first_side_of_its_change(rural: Engine) -> None:
    assert figure(rural, "搬迁前群众人均纯收入是多少?") == "3000元"
    assert figure(rural, "搬迁群众人均纯收入现在是多少?") == "10600元"


def test_the_word_that_tells_a_part_from_its_whole_names_it(rural: Engine) -> None:
    assert figure(rural, "中央给了多少钱搞乡村振兴?") == "318亿元"  # 中央 tells the part; 资金 is the whole's too
    assert figure(rural, "乡村振兴补助资金有多少?") == "465亿元"


def test_no_answer_without_a_word_of_its_key_phrases(rural: Engine) -> None:
    # 返贫 is only the paragraph's topic: 27.9万人 counts those whose risk was removed.
    assert figure(rural, "返贫的有多少人?") is None
    assert figure(rural, "已消除风险的有多少人?") == "27.9万人"


def test_cases_and_a_kind_told_by_the_key_phrases_of_a_clause_without_the_noun(tmp_path: Path) -> None:
    article = ("全省政法工作\n11月2日\n\n维护社会治安。全省刑事案件立案数连续9年下降,2021年比2012年下降50.1%。"
               "十年来,全省共破获毒品刑事案件9.8万起。\n")
    engine = drafted_engine(tmp_path, article, "law")
    assert figure(engine, "破获了多少起毒品刑事案件?") == "9.8万起"
    assert figure(engine, "刑事案件立案数比2012年下降了多少?") == "50.1%"
    assert figure(engine, "治安案件立案数下降了多少?") is None  # 治安 is not 刑事


FINANCE = """全省金融稳步发展
11月4日

扩大金融规模。截至2021年末,全省存款余额和贷款余额分别达到3.5万亿元和3.4万亿元。全省境内外上市公司达到50家,比2012年增加18家。十年来,全省民生支出占一般公共预算支出的比重保持在70%以上,累计投入民生领域资金4万亿元。

拓宽融资渠道。十年来,全省企业通过资本市场直接融资累计超过7000亿元,其中发行债券融资6000亿元。
"""


@pytest.fixture(scope="module")
def finance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("finance"), FINANCE, "finance")


def test_two_figures_joined_by_he_count_two_things(finance: Engine) -> None:
    assert figure(finance, "全省存款余额是多少?") == "3.5万亿元"
    assert figure(finance, "全省贷款余额是多少?") == "3.4万亿元"


def test_a_change_answers_only_a_question_about_a_change(finance: Engine) -> None:
    assert figure(finance, "上市公司") == "50家"
    assert figure(finance, "上市公司比2012年增加了多少家?") == "18家"


def test_a_share_is_no_total(finance: Engine) -> None:
    assert figure(finance, "民生支出占一般公共预算支出的比重是多少?") == "70%以上"
    assert figure(finance, "民生支出一共多少?") is None


def test_one_word_of_a_parts_own_name_names_it(finance: Engine) -> None:
    assert figure(finance, "债券融资") == "6000亿元"  # 债券 tells 发行债券融资 from 直接融资
    assert figure(finance, "直接融资累计多少?") == "7000亿元"


def test_a_year_compared_with_dates_the_change_and_a_fixed_expression_is_a_kind(tmp_path: Path) -> None:
    article = ("全省巩固脱贫成果\n10月30日\n\n增加群众收入。2021年,脱贫人口人均纯收入达到12000元,比2020年增长14%。"
               "农村卫生户厕普及率达到70%。\n")
    engine = drafted_engine(tmp_path, article, "income")
    assert figure(engine, "2021年脱贫人口人均纯收入是多少?") == "12000元"
    assert figure(engine, "2020年脱贫人口人均纯收入是多少?") is None  # 2020年 is what 14% compares with
    assert figure(engine, "脱贫人口人均纯收入比2020年增长了多少?") == "14%"
    assert figure(engine, "农村卫生户厕普及率是多少?") == "70%"
    assert figure(engine, "农村自来水普及率是多少?") is None  # 自来水 (one word to the tagger) is another kind


def test_bounds_seconds_bare_rates_and_a_change_asked_as_a_level(tmp_path: Path) -> None:
    article = ("全省应急管理\n11月6日\n\n"
               "提升防灾能力。地震预警信息发布时间缩短到10秒以内。十年来共成功应对5级以上地震30次。"
               "2021年与2012年相比,全省生产安全事故起数下降70%。亿元地区生产总值生产安全事故死亡率下降到0.03。\n")
    engine = drafted_engine(tmp_path, article, "emergency")
    assert figure(engine, "地震预警信息发布时间缩短到多少秒?") == "10秒"
    assert figure(engine, "5级以上地震有多少次?") == "30次"
    assert figure(engine, "6级以上地震有多少次?") is None  # above another bound
    assert figure(engine, "生产安全事故起数下降了多少?") == "70%"
    assert figure(engine, "2012年生产安全事故起数是多少?") is None  # 70% is the change, no level
    assert figure(engine, "亿元地区生产总值生产安全事故死亡率是多少?") == "0.03"  # a rate, written bare


JUSTICE = """全省司法行政工作
10月19日

化解矛盾纠纷。全省共有人民调解组织1.5万个、人民调解员9.8万名,其中专职人民调解员7900名。十年来累计调解各类矛盾纠纷170万件,调解成功率保持在96%以上。

加强法律援助。十年来,全省共办理法律援助案件40万件,其中农民工讨薪案件8.2万件。“七五”普法期间,全省开展法治宣传活动5.1万场次。12348热线年均接听群众来电28万人次。

社会保障。全省失业保险参保人数达到300万人,工伤保险参保人数达到510万人。全省禁毒工作深入推进,十年来破获毒品刑事案件9.6万起,缴获各类毒品200吨。
"""


@pytest.fixture(scope="module")
def justice(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("justice"), JUSTICE, "justice")


def test_a_kind_the_sentence_sorts_otherwise_is_not_answered_by_the_whole(justice: Engine) -> None:
    assert figure(justice, "人民调解员有多少名?") == "9.8万名"
    assert figure(justice, "专职人民调解员有多少名?") == "7900名"
    # 专职 sorts the noun; 兼职, never said, is no kind the sentence counts, nor is it 专职.
    assert figure(justice, "兼职人民调解员有多少名?") is None
    # A typo of a kind the sentence says is that kind.
    assert figure(justice, "工商保险参保人数是多少?") == "510万人"


def test_a_part_asked_by_its_own_words_is_answered_though_the_whole_counts_the_noun(justice: Engine) -> None:
    assert figure(justice, "帮农民工要工资的法律援助案子有多少?") == "8.2万件"
    assert figure(justice, "法律援助案件办了多少件?") == "40万件"


def test_province_words_alone_match_no_key_phrase(justice: Engine) -> None:
    # 全省共有人民调解员 is keyed 全省人民调解员: 共有 would have matched the 有人 of 有多少人.
    assert figure(justice, "全省法官有多少人?") is None


def test_a_five_year_period_is_a_name(justice: Engine) -> None:
    assert figure(justice, "七五普法期间开展了多少场法治宣传活动?") == "5.1万场次"
    assert figure(justice, "六五普法期间开展了多少场法治宣传活动?") is None
    assert figure(justice, "搞了多少次法治宣传活动?") == "5.1万场次"  # 场次 and 次 count events alike


def test_sorting_words_and_a_span_of_time_are_no_part_of_what_is_counted(justice: Engine) -> None:
    assert figure(justice, "缴获毒品多少吨?") == "200吨"  # 缴获各类毒品
    assert figure(justice, "这十年调解了多少矛盾纠纷?") == "170万件"
    assert figure(justice, "12348热线每年接听多少来电?") == "28万人次"
    assert figure(justice, "12348热线的电话是多少?") is None  # a phone number, no figure of the sources


WOMEN = """全省妇女儿童事业
10月23日

健康水平提高。孕产妇死亡率由2012年的31.2/10万下降到2021年的12.1/10万,婴儿死亡率由13.1‰下降到4.8‰。

参与社会治理。2021年全省城镇单位女性从业人员达到170万人,占城镇单位从业人员的43.5%。全省村(居)民委员会成员中女性比例达到29.1%。

保护生态。全省森林面积达到3.1亿亩,居全国第二位。核桃种植面积4200万亩、产量150万吨,均居全国第一。亚洲象种群数量增加到290头左右。全省90%以上的典型生态系统和80%以上的重要物种得到有效保护。
"""


@pytest.fixture(scope="module")
def women(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("women"), WOMEN, "women")


def test_a_change_without_years_runs_over_the_years_of_the_one_before(women: Engine) -> None:
    # 由2012年的…下降到2021年的…, then 由13.1‰下降到4.8‰: the same two years.
    assert figure(women, "2012年婴儿死亡率是多少?") == "13.1‰"
    assert figure(women, "婴儿死亡率 2012年") == "13.1‰"


def test_a_share_of_a_whole_is_of_what_the_clause_before_counts(women: Engine) -> None:
    assert figure(women, "城镇单位女性从业人员占比") == "43.5%"  # a keyword search for a share
    assert figure(women, "城镇单位女性从业人员有多少人?") == "170万人"


def test_a_word_with_a_bracketed_alternative_reads_as_either(women: Engine) -> None:
    assert figure(women, "村委会成员里女性占多少?") == "29.1%"
    assert figure(women, "村委会里女成员占多少?") == "29.1%"  # 成员中女性 says 女成员


def test_a_rank_answers_only_a_question_about_rank(women: Engine) -> None:
    assert figure(women, "核桃产量是多少?") == "150万吨"
    assert figure(women, "全国核桃产量是多少?") is None  # 居全国第一 is no amount
    assert figure(women, "森林面积在全国排老几?") == "第二位"


def test_an_area_asked_is_no_count_and_a_share_is_no_bound(women: Engine) -> None:
    assert figure(women, "亚洲象栖息地面积有多大?") is None
    assert figure(women, "核桃种植面积有多大?") == "4200万亩"
    assert figure(women, "典型生态系统保护了多少?") == "90%"
    assert figure(women, "重要物种有多少得到保护?") == "80%"


def test_a_change_said_with_ya_suo_zhi_and_a_number_of_another_unit_in_the_question(tmp_path: Path) -> None:
    article = "全省市场监管\n10月27日\n\n优化营商环境。企业开办时间由过去的15个工作日压缩至1个工作日以内。\n"
    engine = drafted_engine(tmp_path, article, "market")
    assert figure(engine, "企业开办时间压缩到多少?") == "1个工作日"  # 由A压缩至B: a change, B is now
    assert figure(engine, "以前企业开办时间是多少?") == "15个工作日"
    # 开一家 says 1家, which gives no figure of 1个工作日; the figure is still the answer's to give.
    assert figure(engine, "开一家企业,现在企业开办时间是多少?") == "1个工作日"


def test_a_kind_said_in_one_word_whose_modifier_no_source_uses_is_declined(tmp_path: Path) -> None:
    article = "全省市场主体\n10月27日\n\n市场主体发展。全省实有市场主体410万户,其中企业98万户、个体工商户300万户。\n"
    engine = drafted_engine(tmp_path, article, "market")
    assert figure(engine, "企业有多少户?") == "98万户"
    assert figure(engine, "外资企业有多少户?") is None  # 外资企业, one word: 外资 sorts enterprises
    assert figure(engine, "个体工商户有多少户?") == "300万户"


VETERANS = """全省退役军人工作
11月2日

安置工作。全省累计接收安置退役士兵5.2万名,其中安排工作2.5万名。全省共有各级烈士纪念设施2000处,其中国家级烈士纪念设施14处。

拥军优属。全省连续六届获评全国双拥模范城(县)的有4个,现有全国双拥模范城(县)36个、省级双拥模范城(县)90个。全省悬挂光荣牌95万块。

就业创业。全省帮助10.5万名退役军人实现就业创业。累计招收退役军人学员3.2万人。
"""


@pytest.fixture(scope="module")
def veterans(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("veterans"), VETERANS, "veterans")


def test_those_that_did_something_are_a_part_said_before_the_figure(veterans: Engine) -> None:
    # …的有4个 counts those rated six times running, not every city so rated.
    assert figure(veterans, "全国双拥模范城(县)有几个?") == "36个"
    assert figure(veterans, "连续六届获评全国双拥模范城的有几个?") == "4个"


def test_a_level_asked_is_not_answered_by_a_figure_of_another_level(veterans: Engine) -> None:
    assert figure(veterans, "双拥模范城省级的有多少个?") == "90个"


def test_a_part_is_told_by_the_words_of_its_whole(veterans: Engine) -> None:
    # 士兵 is what the whole (5.2万名) counts; its part (其中安排工作) counts soldiers too.
    assert figure(veterans, "退役士兵安排工作多少名?") == "2.5万名"
    assert figure(veterans, "烈士技念设施一共多少处?") == "2000处"  # a typo, and 一共 no word of a kind


def test_how_to_do_something_asks_for_no_figure(veterans: Engine) -> None:
    assert figure(veterans, "怎么申请光荣牌?") is None
    assert figure(veterans, "光荣牌挂了多少块?") == "95万块"
    assert figure(veterans, "光容牌挂了多少块?") == "95万块"  # a typo by sound of the thing, its verb left out


def test_a_map_scale_is_a_name_and_a_share_of_an_area_asks_a_percentage(tmp_path: Path) -> None:
    article = ("全省自然资源\n11月8日\n\n守住红线。全省划定生态保护红线面积11万平方公里,占全省国土面积的29%。"
               "永久基本农田保护面积6800万亩。1:2000比例尺地形图覆盖面积达到5万平方公里。\n")
    engine = drafted_engine(tmp_path, article, "land")
    assert figure(engine, "1:2000比例尺地形图覆盖面积是多少?") == "5万平方公里"
    assert figure(engine, "1:500比例尺地形图覆盖面积是多少?") is None
    assert figure(engine, "生态保护红线占国土面积多少?") == "29%"
    assert figure(engine, "生态保护红线面积有多大?") == "11万平方公里"
    assert figure(engine, "永久基本农田保护面积是多少?") == "6800万亩"
    # 永久 sorts 基本农田 (an adverb to the tagger); 一般, never said, is another kind.
    assert figure(engine, "一般基本农田保护面积是多少?") is None


def test_hours_or_a_letter_before_a_noun_name_a_kind_and_a_lead_time_is_asked_by_its_name(tmp_path: Path) -> None:
    article = ("全省气象工作\n11月12日\n\n预报更精准。全省24小时晴雨预报准确率达到87%,暴雨预警准确率提高到88%,"
               "强对流天气预警提前量达到40分钟。建成新一代天气雷达10部、X波段天气雷达20部。"
               "十年来,全省因气象灾害造成的死亡人数下降60%。\n")
    engine = drafted_engine(tmp_path, article, "weather")
    assert figure(engine, "24小时晴雨预报准确率是多少?") == "87%"
    assert figure(engine, "48小时晴雨预报准确率是多少?") is None
    assert figure(engine, "X波段天气雷达有多少部?") == "20部"
    assert figure(engine, "C波段天气雷达有多少部?") is None
    # 40分钟 is what its clause measures, not a frame of the sentence (十年来): asked by its name.
    assert figure(engine, "强对流天气预警提前量是多少?") == "40分钟"
    assert figure(engine, "天气预报准吗?") is None  # a judgement
    assert figure(engine, "因为气象灾害死的人少了多少?") == "60%"


def test_people_something_was_done_for_are_not_all_there_are(veterans: Engine) -> None:
    assert figure(veterans, "帮助多少退役军人实现了就业创业?") == "10.5万名"
    assert figure(veterans, "全省有多少退役军人?") is None
    assert figure(veterans, "退役军人学员招收了多少人?") == "3.2万人"
    assert figure(veterans, "退役军人学员有多少?") is None  # 招收…学员3.2万人: those taken in
    assert figure(veterans, "有多少退役军人实现了就业创业?") == "10.5万名"  # a verb says what they did


def test_a_number_of_terms_before_a_noun_names_it(veterans: Engine) -> None:
    assert figure(veterans, "连续五届获评全国双拥模范城的有几个?") is None  # the sentence says 六届



INSURANCE = """全省医疗保障稳步推进
9月20日

医保基金运行平稳。2021年,全省基本医疗保险基金总收入698亿元,总支出612亿元,累计结存934亿元。城乡居民大病保险起付线降至1万元,报销比例提高到60%。职工医保和居民医保政策范围内住院费用报销比例分别达到85%和70%。

医药服务持续改善。组织参加国家药品集中带量采购6批次,涉及药品234个。全省纳入医保支付的定点医药机构达到3.2万家,其中定点医疗机构2.1万家、定点零售药店1.1万家。全省累计检查定点医药机构18.6万家次。
"""


def test_items_of_a_list_share_what_the_first_says_before_its_measure(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, INSURANCE, "insurance")
    assert figure(engine, "基本医疗保险基金总支出是多少") == "612亿元"
    assert figure(engine, "基本医疗保险基金总支出了多少钱") == "612亿元"  # 钱 is a kind of amount, no thing
    assert figure(engine, "医疗保险基金累计结存多少") == "934亿元"
    assert figure(engine, "大病保险能报多少比例") == "60%"
    assert figure(engine, "职工医保住院费用报销比例是多少") == "85%"
    assert figure(engine, "居民医保住院报销比例") == "70%"


def test_kinds_and_batches_count_what_a_sentence_counts_one_by_one(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, INSURANCE, "insurance")
    assert figure(engine, "带量采购涉及多少种药品") == "234个"
    assert figure(engine, "国家药品集中带量采购参加了几批") == "6批次"
    assert figure(engine, "检查了多少家次定点医药机构") == "18.6万家次"


def test_a_part_that_shares_no_end_with_its_whole_is_asked_by_a_word_of_its_own(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, INSURANCE, "insurance")
    assert figure(engine, "能刷医保的零售药店有多少家") == "1.1万家"
    assert figure(engine, "定点医药机构有多少家") == "3.2万家"


DISABILITY = """全省残疾人事业全面发展
9月22日

保障更加健全。目前全省持证残疾人119.4万人,其中视力残疾14.2万人、肢体残疾61.5万人。全省城乡残疾人基本养老保险参保率达到93.2%。

文体事业蓬勃发展。云南残疾人运动员在国际国内重大赛事中获得金牌312枚,其中在东京残奥会上获得金牌4枚。
"""


def test_a_kind_asked_with_a_word_the_sentence_sorts_by_another_is_declined(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DISABILITY, "disability")
    assert figure(engine, "视力残疾有多少人") == "14.2万人"
    assert figure(engine, "听力残疾有多少人") is None  # 力残疾 of 视力残疾 begins inside 听力
    assert figure(engine, "智力残疾人数是多少") is None  # 人数 measures the noun asked
    assert figure(engine, "残疾人养老保险参保率") == "93.2%"
    assert figure(engine, "残疾人失业保险参保率") is None  # words in common, another word before 保险


def test_a_thing_counted_that_no_source_says_is_not_its_namesake(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DISABILITY, "disability")
    assert figure(engine, "东京残奥会云南运动员拿了几枚金牌") == "4枚"
    assert figure(engine, "东京残奥会云南运动员拿了几枚银牌") is None


def test_a_long_part_after_qizhong_yields_to_its_whole_unless_its_own_words_are_asked(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DISABILITY, "disability")
    assert figure(engine, "残疾人运动员获得多少枚金牌") == "312枚"
    assert figure(engine, "残奥会上获得金牌多少枚") == "4枚"


POWER = """全省能源产业加快发展
9月27日

产能持续扩大。绿色铝产能达到610万吨,绿色硅产能达到100万吨。全省原煤产量达到7200万吨。

用能条件改善。全省建成充电站1650座、充电桩2.7万个。中缅油气管道累计输送原油7000多万吨、天然气350多亿立方米。
"""


def test_a_thing_measured_another_way_is_not_what_the_figure_measures(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POWER, "power")
    assert figure(engine, "绿色铝产能是多少") == "610万吨"
    assert figure(engine, "绿色铝产量是多少") is None  # 产能 is written
    assert figure(engine, "原煤产量是多少") == "7200万吨"
    assert figure(engine, "天然气年消费量有多少") is None  # no source gives any 消费量


def test_a_long_noun_no_source_says_is_not_the_one_it_ends_like(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POWER, "power")
    assert figure(engine, "充电站有几座") == "1650座"
    assert figure(engine, "核电站有几座") is None


def test_a_kind_the_sources_tell_apart_elsewhere_is_not_this_figures(tmp_path: Path) -> None:
    article = ("全省医疗保障\n9月20日\n\n待遇提高。职工医保和居民医保住院费用报销比例分别达到85%和70%。"
               "城乡居民医保人均财政补助标准提高到580元。\n")
    engine = drafted_engine(tmp_path, article, "subsidy")
    assert figure(engine, "居民医保人均财政补助是多少") == "580元"
    assert figure(engine, "职工医保人均财政补助是多少") is None  # the sources say 职工医保 too: another kind


def test_a_kind_shortened_to_the_first_characters_of_its_words_is_the_written_one(tmp_path: Path) -> None:
    article = ("全省医疗保障\n9月20日\n\n基金规模壮大。全省基本医疗保险基金总收入达到620亿元。"
               "十年来全省医保基金累计支出4200亿元。冠脉支架平均价格从1.3万元降至700元左右。"
               "连续十年组织职工医疗互助活动。\n")
    engine = drafted_engine(tmp_path, article, "fund")
    # 医保 is 医疗保险 shortened (医疗|保险): the sources say both, of one fund.
    assert figure(engine, "医保基金总收入是多少") == "620亿元"
    assert figure(engine, "现在心脏支架多少钱一个?") == "700元左右"  # the stent as patients name it
    assert figure(engine, "职工医疗互助活动连着办了几年?") == "十年"


def test_sheets_products_and_taxpayers_said_as_people_say_them(tmp_path: Path) -> None:
    article = ("全省税收服务\n9月29日\n\n便民办税。推出“银税互动”贷款产品30多款。电子发票开具量累计超过15亿份。"
               "全省纳税人数量从2012年的85万户增加到2021年的310万户。\n")
    engine = drafted_engine(tmp_path, article, "tax")
    assert figure(engine, "银行推出了几款银税贷款产品") == "30多款"
    assert figure(engine, "开了多少张电子发票") == "15亿份"
    assert figure(engine, "2012年交税的有多少户") == "85万户"
    assert figure(engine, "交税光荣吗") is None  # a judgement, no figure


ECONOMY = """全省经济实力跃升
9月6日

经济总量连上台阶。全省地区生产总值由2012年的1.03万亿元增加到2021年的2.71万亿元,年均增长8.5%,增速高于全国同期水平1.9个百分点,经济总量在全国的位次由第24位前移至第18位。十年间经济总量在全国的位次前移6位。

居民收入稳步增长。城镇和农村常住居民人均可支配收入分别达到40905元和14197元,分别是2012年的1.9倍和2.6倍。
"""


def test_a_rank_that_moves_is_a_change_with_two_sides(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ECONOMY, "economy")
    assert figure(engine, "经济总量在全国排第几") == "第18位"
    assert figure(engine, "以前经济总量在全国排第几") == "第24位"
    assert figure(engine, "经济总量位次往前挪了几位") == "6位"  # stated: quoted, not computed
    assert figure(engine, "经济总量 全国位次 2021") == "第18位"  # a year written alone in a search
    assert figure(engine, "经济总量 全国位次 2012") == "第24位"


def test_items_named_by_places_are_told_apart(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ECONOMY, "economy")
    assert figure(engine, "城镇居民人均可支配收入现在是多少") == "40905元"
    assert figure(engine, "农村居民人均可支配收入是多少") == "14197元"
    assert figure(engine, "农村居民收入是2012年的几倍") == "2.6倍"


def test_a_multiple_printed_answers_how_many_times_it_grew(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ECONOMY, "economy")
    assert figure(engine, "城镇居民收入比2012年翻了几倍") == "1.9倍"


YOUTH = """全省青年发展
10月10日

团的建设。全省共有共青团员186.5万名,基层团组织6.2万个,其中学校团组织1.8万个。

青年创业。发放青年创业小额贷款47.6亿元,扶持青年创业3.8万人。全省注册青年志愿者达到420万人。

关爱成长。希望工程资助家庭困难学生21.3万名,援建希望小学486所。
"""


def test_kinds_of_school_and_of_age_are_told_apart(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, YOUTH, "youth")
    assert figure(engine, "希望小学援建了多少所") == "486所"
    assert figure(engine, "希望中学援建了多少所") is None  # 中学 of 其中学校 is no word the sources say
    assert figure(engine, "青年志愿者有多少人") == "420万人"
    assert figure(engine, "老年志愿者有多少人") is None  # 老年 sorts 志愿者 as 青年 does


def test_money_named_before_how_much_was_given_is_asked(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, YOUTH, "youth")
    assert figure(engine, "我想创业但没钱，听说有青年创业贷款，一共发放了多少") == "47.6亿元"


HERITAGE = """全省文物事业发展
10月14日

家底清晰。全省共有全国重点文物保护单位162处。备案博物馆163家,其中国家一级博物馆5家。

保护加强。完成156处全国重点文物保护单位的保护修缮。开展考古发掘项目480余项。
"""


def test_what_was_done_to_things_counted_is_asked_or_the_figure_is_not_all_of_them(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, HERITAGE, "heritage")
    assert figure(engine, "全国重点文物保护单位有多少处") == "162处"
    assert figure(engine, "修缮了多少处全国重点文物保护单位") == "156处"


def test_a_grade_of_museum_and_a_thing_counted_that_the_sentence_never_says(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, HERITAGE, "heritage")
    assert figure(engine, "国家一级博物馆有几家") == "5家"
    assert figure(engine, "国家二级博物馆有几家") is None
    assert figure(engine, "考古发掘项目有多少项") == "480余项"
    assert figure(engine, "考古发掘出土了多少文物") is None  # 文物 is the sources' word, not this figure's


def test_the_side_of_a_change_the_question_names_has_no_rival_in_the_other(tmp_path: Path) -> None:
    article = "全省学前教育\n9月8日\n\n普及学前教育。学前三年毛入园率从2012年的48.95%提高到2021年的90.23%。\n"
    engine = drafted_engine(tmp_path, article, "preschool")
    assert figure(engine, "现在毛入园率是多少") == "90.23%"  # 48.95% is a little behind, and no rival
    assert figure(engine, "现在学前三年的入园率有多高") == "90.23%"


def test_a_sub_group_named_by_a_part_is_not_asked_of_the_whole(tmp_path: Path) -> None:
    article = ("全省邮政快递\n10月18日\n\n网络完善。全省建成邮政快递营业网点1.3万处,其中农村地区网点7800多处。"
               "2021年快递业务量8.6亿件,快递业务收入达到96亿元。\n")
    engine = drafted_engine(tmp_path, article, "post")
    assert figure(engine, "营业网点 农村") == "7800多处"
    assert figure(engine, "营业网点有多少处") == "1.3万处"
    assert figure(engine, "快递业务收入 2021") == "96亿元"  # a search ending in 收入 asks money


def test_what_one_costs_is_its_price_and_number_of_asks_how_many(tmp_path: Path) -> None:
    article = ("全省医药服务\n9月20日\n\n降低药价。冠脉支架平均价格从1.3万元左右降至700元左右。"
               "全省拥有中国传统村落777个,数量居全国第二位。\n")
    engine = drafted_engine(tmp_path, article, "price")
    assert figure(engine, "我妈刚装了心脏支架，现在支架多少钱一个") == "700元左右"
    assert figure(engine, "冠脉支架原来卖多少钱") == "1.3万元"
    assert figure(engine, "number of traditional villages 传统村落") == "777个"  # a count, not the rank


def test_a_capacity_per_year_answers_what_is_done_in_one_year(tmp_path: Path) -> None:
    article = "全省粮食流通\n10月20日\n\n粮食加工。全省粮油加工企业达到1350家,年加工能力1200万吨。\n"
    engine = drafted_engine(tmp_path, article, "grain")
    assert figure(engine, "全省粮油加工企业一年能加工多少粮食") == "1200万吨"
    assert figure(engine, "粮油加工企业有多少家") == "1350家"


ROADS = """全省公路建设提速
10月20日

全省国省干线公路里程突破 **2万公里**

公路网络加快完善。全省国省干线公路里程由2012年的1.3万公里增加到2021年的2.2万公里。全省客运站达到380个，其中，县级客运站数量由2012年的95个增加到2021年的128个。

轨道交通加快发展。全省城际铁路运营里程达到860公里，8个州（市）中有6个通城际铁路。全省港口年吞吐能力达到900万吨。
"""


def test_a_headline_round_figure_yields_to_the_exact_one_and_both_sides_count_the_subject(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ROADS, "roads")
    assert figure(engine, "国省干线公路里程是多少") == "2.2万公里"
    assert figure(engine, "2012年国省干线公路里程多少") == "1.3万公里"


def test_a_part_said_as_a_change_after_qizhong_yields_to_its_whole(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ROADS, "roads")
    assert figure(engine, "客运站有多少个") == "380个"
    assert figure(engine, "县级客运站现在有多少个") == "128个"


def test_a_thing_no_source_names_whose_last_character_the_sentence_lacks_is_not_counted(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ROADS, "roads")
    assert figure(engine, "城际铁路车站有多少个") is None  # 6个 counts 州（市）, 860公里 is a length
    assert figure(engine, "通城际铁路的州市有几个") == "6个"
    assert figure(engine, "城际铁路运营里程多少公里") == "860公里"


def test_a_price_or_rate_no_source_gives_is_declined(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ROADS, "roads")
    assert figure(engine, "国省干线公路收费标准是多少") is None
    assert figure(engine, "城际铁路票价大概多少") is None
    assert figure(engine, "国省干线公路有多长") == "2.2万公里"


def test_a_measure_named_as_yearly_answers_what_is_done_each_year(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, ROADS, "roads")
    assert figure(engine, "港口每年能吞吐多少吨") == "900万吨"
    assert figure(engine, "城际铁路每年运营多少公里") is None  # a length that stands, not yearly


CLINICS = """全省卫生事业发展
10月24日

服务体系不断健全。全省卫生机构达到3.1万个，其中医院1500家。二级医院由2012年的200家增加到2021年的310家，实现每个县（市、区）至少有1家二级医院。建成疾控中心生物安全二级实验室18个。

人才队伍不断壮大。全省卫生技术人员达到35万人，累计培养全科医生9000名。适龄儿童疫苗接种率保持在95%以上，累计救治大病患者50万人，家庭医生签约服务覆盖800万人。
"""


def test_a_figure_for_each_one_of_many_is_no_total(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, CLINICS, "clinics")
    assert figure(engine, "二级医院有多少家") == "310家"
    assert figure(engine, "每个县至少有几家二级医院") == "1家"


def test_a_grade_before_any_noun_must_be_the_one_said(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, CLINICS, "clinics")
    assert figure(engine, "生物安全二级实验室建了多少个") == "18个"
    assert figure(engine, "生物安全三级实验室建了多少个") is None


def test_one_grade_of_a_thing_yields_to_all_of_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, CLINICS, "clinics")
    assert figure(engine, "全省医院有多少家") == "1500家"


PROJECTS = """全省生态保护持续加强
10月26日

修复力度加大。十年来，全省累计实施湿地保护项目2600个，投入资金约86亿元。实施优质种苗工程，累计投入资金12亿元，建成种苗基地150个。森林覆盖率达到60%，高等植物1.9万种。

绿色寄递稳步推进。全省开通国际邮件互换局5个,国际快递业务量达到800万件。电子运单使用率达到98%,可循环中转袋使用率达到90%,累计投放可循环快递箱(盒)30万个。
"""


def test_what_a_clause_without_a_subject_spent_is_spent_on_the_clause_befores_thing(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PROJECTS, "projects")
    assert figure(engine, "湿地保护项目投了多少钱") == "86亿元"
    assert figure(engine, "湿地保护项目实施了多少个") == "2600个"


def test_in_all_asks_no_kind_of_spending(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PROJECTS, "projects")
    assert figure(engine, "优质种苗工程一共投了多少钱") == "12亿元"


def test_a_word_of_another_figure_measured_alike_names_that_one(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PROJECTS, "projects")
    # Searched without a question word: 运单 names the 98% one; 纸质 is neither.
    explanation = engine.explain("纸质运单使用率")
    assert not explanation.match.answered
    assert any("another figure of its sentence measures" in why and fact.figure == "90%"
               for fact, _, why in explanation.vetoed)
    assert figure(engine, "可循环中转袋使用率是多少") == "90%"
    assert figure(engine, "电子运单使用率是多少") == "98%"


TECH = """全省科技创新能力提升
10月27日

全省研究经费投入突破 **200亿元**

实力持续增强。全省研究与开发经费投入由2012年的60亿元增加到2021年的214亿元。全省创新能力指数由2012年的全国第28位提升到2021年的第21位。高新技术企业达到1800家，技术合同成交额150亿元。十年来共有120项成果获国家科学技术奖，其中一等奖8项。全省科技馆达到30家，年接待观众超过500万人次。
"""


def test_a_headline_bound_hands_its_words_to_the_exact_figure_a_little_above_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, TECH, "tech")
    assert figure(engine, "研究经费投入现在多少") == "214亿元"  # the headline's words, the paragraph's figure


def test_the_sides_of_a_change_of_place_count_what_stands_before_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, TECH, "tech")
    assert figure(engine, "创新能力指数现在排全国第几") == "第21位"
    assert figure(engine, "2012年创新能力指数排全国第几") == "第28位"


def test_a_place_moved_is_counted_in_places_ahead(tmp_path: Path) -> None:
    match = drafted_engine(tmp_path, TECH, "tech").ask("创新能力指数排名前进了几位")
    assert match.derived is not None
    assert (match.derived.figure, match.derived.label) == ("7位", "名次前进")


def test_a_grade_of_prize_must_be_the_one_said(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, TECH, "tech")
    assert figure(engine, "国家科学技术奖一等奖有几项") == "8项"
    assert figure(engine, "国家科学技术奖二等奖有几项") is None
    assert figure(engine, "获国家科学技术奖的成果有多少项") == "120项"


def test_what_is_done_in_a_year_by_its_verb_answers_a_year(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, TECH, "tech")
    assert figure(engine, "科技馆一年接待多少观众") == "500万人次"


HOUSING = """全省住房保障成效明显
11月3日

安居工程持续推进。全省实施棚户区改造50万套，帮助150多万群众出棚进楼。全省拥有国家历史文化名城5座、中国历史文化名镇9个，中国传统村落600个。城市污水处理率达到96%。
"""


def test_a_number_with_no_measure_word_counts_what_follows_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, HOUSING, "housing")
    assert figure(engine, "多少群众出棚进楼") == "150多万"
    assert figure(engine, "棚改了多少套") == "50万套"


def test_a_place_noun_ending_the_thing_asked_is_its_last_word(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, HOUSING, "housing")
    assert figure(engine, "中国历史文化街区有多少片") is None  # 街区, said of no figure
    assert figure(engine, "中国历史文化名镇有多少个") == "9个"


MEDICINE = """全省医保待遇提高
9月21日

待遇水平稳步提高。门诊慢特病病种扩大到40种，高血压、糖尿病门诊用药报销比例达到50%以上。城乡居民大病保险起付线降至1万元，报销比例提高到60%。职工医保住院费用报销比例达到85%。全省定点医药机构达到3万家。

经办服务更加便捷。全省医保业务网上可办率达到95%，异地就医直接结算43万人次，建成医保服务站1.2万个，培训经办人员8000人次，打击欺诈骗保追回资金6.8亿元，曝光典型案例1560件。
"""


def test_the_clause_before_says_whose_measure_when_several_share_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, MEDICINE, "medicine")
    assert figure(engine, "报销比例能到多少") == "60%"  # the one keyed by the measure alone
    said_before = "我妈有糖尿病，每个月都要去拿药，听说门诊用药能报，报销比例能到多少"
    assert figure(engine, said_before) == figure(engine, "糖尿病门诊用药报销比例能到多少") != "60%"


VOLUNTEERS = """全省青年志愿服务
5月4日

志愿服务持续深化。“西部计划”志愿者累计派遣1.2万名，其中服务期满后留滇就业的达5000多人。全省注册青年志愿者达到300万人，建成志愿服务站点2600个，累计开展志愿服务活动8万场。全省少先队员达到400万名。
"""


def test_those_who_did_something_are_no_whole_broken_into_parts(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, VOLUNTEERS, "volunteers")
    assert figure(engine, "西部计划志愿者一共派遣了多少名") == "1.2万名"
    assert figure(engine, "西部计划志愿者留在云南工作的有多少") != "1.2万名"
    assert figure(engine, "服务期满后留滇就业的有多少") == "5000多人"


def test_ge_of_a_thing_before_it_is_no_count_of_people(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, VOLUNTEERS, "volunteers")
    assert figure(engine, "少先队大队有多少个") is None  # 400万名 counts 队员
    assert figure(engine, "少先队员有多少") == "400万名"


GAMES = """全省竞技体育成绩提升
9月22日

竞技水平不断提高。十年来，全省运动员在奥运会、亚运会、世界杯等国际赛事上共获得金牌30枚，其中奥运会金牌2枚；在全运会上获得金牌25枚。第十四届全国运动会上，全省代表团获得10枚金牌。建成社会足球场地1800余块，向国家队输送运动员90名。
"""


def test_a_word_of_the_question_is_not_cut_to_a_piece_of_another_figures_word(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, GAMES, "games")
    assert figure(engine, "全运会金牌有多少枚") == "25枚"  # not 奥运会金牌's 2枚 (both say 运会金牌)
    assert figure(engine, "全運會金牌有多少枚") == "25枚"
    assert figure(engine, "奥运会金牌有多少枚") == "2枚"


def test_one_example_of_a_list_is_not_the_figure_of_them_all(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, GAMES, "games")
    assert figure(engine, "国际赛事上一共拿了多少枚金牌") == "30枚"
    assert figure(engine, "亚运会金牌有多少枚") is None  # 30枚 is of 奥运会、亚运会、世界杯 together


def test_an_edition_asked_must_be_the_one_said(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, GAMES, "games")
    assert figure(engine, "十四运全省拿了几枚金牌") == "10枚"
    assert figure(engine, "第十四届全运会金牌有多少枚") == "10枚"
    assert figure(engine, "十三运全省拿了几枚金牌") is None
    assert figure(engine, "第十三届全运会拿了多少金牌") is None


def test_kuai_counts_pieces_unless_it_is_money(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, GAMES, "games")
    assert figure(engine, "国际赛事上拿了多少块金牌") == "30枚"
    assert figure(engine, "社会足球场地建了多少块") == "1800余块"
    assert figure(engine, "社会足球场地建了多少块钱") is None  # money, which no figure here is


def test_the_sex_of_a_role_asked_must_be_said(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, GAMES, "games")
    assert figure(engine, "向国家队输送了多少名运动员") == "90名"
    assert figure(engine, "向国家队输送了多少名女子运动员") is None



FOREST = """全省林草事业发展
9月28日

省林业和草原局负责人介绍，全省生态持续向好。十年来，全省完成营造林3000万亩，完成退耕还林还草800万亩，全民义务植树5亿株。亚洲象种群数量由200头左右增加到现在的280头左右，滇金丝猴种群数量增长到3000多只。2021年全省林草产业总产值达到2000亿元。全省聘用生态护林员15万名，人均年管护补助1万元。自然保护地总面积约占全省国土面积的14%。
"""


def test_a_time_word_before_the_question_word_is_not_what_is_counted(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, FOREST, "forest")
    # (现在 is said of the elephants' figure: read as the thing counted, it ruled the monkeys' out.)
    assert figure(engine, "滇金丝猴现在有多少只了") == "3000多只"


def test_a_yearly_subsidy_answers_a_year(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, FOREST, "forest")
    assert figure(engine, "生态护林员一年能拿多少管护补助") == "1万元"
    assert ruled_out(engine, "护林员一年能拿多少补助", "1万元") == ""
    assert figure(engine, "护林员有多少拿到补助") != "1万元"  # how many people, not how much


def test_a_share_asked_with_jiaqilai_is_still_a_share(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, FOREST, "forest")
    assert figure(engine, "自然保护地加起来占全省国土面积的多少") == "14%"


def test_a_long_form_is_read_as_the_short_form_the_sources_write(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, FOREST, "forest")
    assert engine.explain("林业和草原产业一年的产值有多少").text.startswith("林草产业")
    assert figure(engine, "林业和草原产业一年的产值有多少") == "2000亿元"
    assert engine.explain("林业和草原局在哪").text.startswith("林业和草原局")  # written so


def test_an_unknown_kind_of_what_another_figure_counts_is_declined(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, FOREST, "forest")
    assert figure(engine, "营造林完成了多少亩") == "3000万亩"
    assert "a kind of 造林" in ruled_out(engine, "飞播造林完成了多少亩", "800万亩")


JOBS = """全省就业和社保工作
9月15日

就业创业。全省累计发放创业担保贷款500亿元，扶持创业40万人，带动就业120万人。企业退休人员基本养老金月人均水平由2012年的1500元提高到2021年的2600元。城乡居民基础养老金最低标准提高到每人每月110元。
"""


def test_what_the_people_asked_did_is_said_next_to_their_figure(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, JOBS, "jobs")
    assert "people who 创业" in ruled_out(engine, "通过创业担保贷款帮助了多少人创业", "120万人")
    assert ruled_out(engine, "通过创业担保贷款帮助了多少人创业", "40万人") == ""
    assert figure(engine, "创业担保贷款带动了多少人就业") == "120万人"


def test_a_figure_said_per_month_or_per_head_answers_each_month_and_on_average(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, JOBS, "jobs")
    assert figure(engine, "企业退休的人现在每个月平均能领多少养老金") == "2600元"  # 月人均水平
    assert figure(engine, "城乡居民基础养老金每个月最少能拿多少") == "110元"  # 最少能 = 最低


def test_a_longer_unknown_modifier_ending_otherwise_is_another_kind(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, JOBS, "jobs")
    # (企业 and 机关事业单位 share a character, as a short form does; they are two kinds.)
    why = ruled_out(engine, "机关事业单位退休人员养老金每月多少", "2600元")
    assert "the figure is of 企业退休人员" in why


COMMERCE = """全省商务发展
10月12日

对外贸易稳中提质。全省货物贸易进出口总额由2012年的1000亿元增长到2021年的3000亿元,年均增长9.8%。其中出口1400亿元,进口1600亿元。与东盟贸易额达到1100亿元。

消费市场繁荣活跃。2021年全省社会消费品零售总额达到1万亿元,是2012年的2.4倍。全省网络零售额达到1500亿元,农村网络零售额达到400亿元。中国(云南)自由贸易试验区累计新设企业6万户,形成制度创新成果90余项。十年来,全省累计实际利用外资130亿美元。
"""


def test_a_part_opening_its_own_sentence_is_of_the_whole_before_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, COMMERCE, "commerce")
    assert figure(engine, "全省出口额2021年是多少") == "1400亿元"  # of 2021, as its whole; not 进出口's 出口
    assert ruled_out(engine, "進口額是多少", "1600亿元") == ""  # 进口额 is said as 进口1600亿元
    assert figure(engine, "货物贸易进口额是多少") == "1600亿元"
    assert "no kind the sentence counts" in ruled_out(engine, "服务贸易进出口总额是多少", "1400亿元")


def test_a_multiple_of_ten_years_ago_is_asked_of_the_present(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, COMMERCE, "commerce")
    assert figure(engine, "社会消费品零售总额是十年前的几倍") == "2.4倍"


def test_trade_is_yearly_and_last_year_is_the_latest_figure_of_one_year(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, COMMERCE, "commerce")
    assert figure(engine, "与东盟的贸易额一年有多少") == "1100亿元"
    assert figure(engine, "去年货物贸易进出口总额一共多少") == "3000亿元"
    assert "period" in ruled_out(engine, "去年累计实际利用外资多少", "130亿美元")  # a total of ten years


def test_xiangcun_is_nongcun_and_a_set_phrase_shortens(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, COMMERCE, "commerce")
    assert figure(engine, "乡村的网络零售额有多少") == "400亿元"
    assert engine.explain("自贸区新设企业多少户").text.startswith("自由贸易试验区")
    assert figure(engine, "制度创新成果 自贸试验区") == "90余项"  # a search's last word is no kind asked


POLICE = """全省公安工作
9月20日

全省群众安全感满意度达到 **97.6%**

平安建设。群众安全感满意度由2012年的89.2%提升到2021年的97.6%。

打击犯罪。十年来,全省公安机关共破获刑事案件40万起,抓获犯罪嫌疑人50万名;全省刑事案件立案数连续6年下降,2021年较2012年下降了46.3%。全省共破获毒品刑事案件14万起。2021年以来,全省共破获电信网络诈骗案件1.8万起,为群众挽回经济损失23亿元。全省道路交通事故死亡人数较2012年下降了38%。
"""


def test_a_key_phrase_said_of_the_home_region_does_not_hide_the_same_phrase(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POLICE, "police")
    # (全省群众安全感满意度, the headline's key of 97.6%, is 群众安全感满意度 said of the province.)
    assert figure(engine, "想知道全省群众安全感满意度十年前是多少") == "89.2%"


def test_a_kind_of_what_another_candidate_counts_bare_is_not_said(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POLICE, "police")
    assert figure(engine, "十年来全省破获刑事案件多少起") == "40万起"  # not 毒品刑事案件's 14万起
    assert figure(engine, "破获毒品刑事案件多少起") == "14万起"


def test_how_many_years_is_no_date_and_a_verb_is_no_thing_counted(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POLICE, "police")
    assert figure(engine, "刑事案件立案数连续下降了几年") == "6年"  # not 2012年, nor ruled out by 下降了


def test_a_count_by_another_measure_is_no_answer(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POLICE, "police")
    assert figure(engine, "交通事故死亡人数下降了多少") == "38%"
    assert figure(engine, "交通事故发生起数下降了多少") is None  # 起数, not 死亡人数


def test_a_total_of_years_is_no_figure_of_one_of_them(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POLICE, "police")
    assert "2021" in ruled_out(engine, "2021年破获刑事案件多少起", "40万起")  # 十年来…共破获


def test_a_modifier_mistyped_by_sound_is_the_sentences_own(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, POLICE, "police")
    assert figure(engine, "电信网络炸骗挽回经济损失多少") == "23亿元"  # 炸骗 for 诈骗


REVITALISATION = """全省乡村振兴
10月20日

脱贫攻坚。建档立卡贫困人口人均纯收入由2015年的2800元增加到2020年的11000元。

巩固成果。脱贫人口人均纯收入达到12500元,比2020年增长13.6%。全省培育乡村振兴示范县20个、示范乡镇100个、精品示范村1000个。
"""


def test_a_change_printed_against_the_year_asked_is_quoted_not_computed(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, REVITALISATION, "revitalisation")
    assert figure(engine, "脱贫人口的人均纯收入比2020年涨了多少") == "13.6%"  # not 11000-2800


def test_a_figure_compared_with_last_year_is_of_the_year_after(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, REVITALISATION, "revitalisation")
    assert figure(engine, "脱贫人口人均纯收入 2021") == "12500元"  # 比2020年增长: of 2021
    assert figure(engine, "脱贫人口人均纯收入 2019") is None


def test_a_qualifier_of_a_lists_head_asked_with_the_items_own(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, REVITALISATION, "revitalisation")
    assert figure(engine, "鄉村振興示範鄉鎮有多少個") == "100个"  # 乡村 of the head, 乡镇 of the item


MARKET_ENTITIES = """全省市场监管
9月29日

商事制度改革。全省市场主体总量由2012年的150万户增长到2021年的400万户,增长了1.7倍。每千人拥有企业数由2012年的5.9户增加到23.4户。
"""


def test_a_change_stated_after_a_pair_is_the_change_since_its_first_year(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, MARKET_ENTITIES, "market")
    assert figure(engine, "市场主体比2012年增长了多少倍") == "1.7倍"  # quoted, not computed (约1.67倍)


def test_per_thousand_people_said_in_numerals_is_a_density_and_an_average(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, MARKET_ENTITIES, "market")
    question = "平均每一千个人里有多少户企业"  # (per population, and 平均: 每千人 says both)
    assert ruled_out(engine, question, "23.4户") == ""
    assert engine.explain(question).ranked[0].fact.figure == "23.4户"
    assert "per so many people" in ruled_out(engine, "一共有多少户企业", "23.4户")


WORK_SAFETY = """全省应急管理
10月14日

安全生产。2021年与2012年相比,全省生产安全事故起数下降70%,死亡人数下降65%;较大事故起数由2012年的50起下降到2021年的10起。亿元地区生产总值生产安全事故死亡率由0.18下降到0.02。

防灾减灾。十年来,下拨中央和省级救灾资金150亿元。
"""


def test_a_change_printed_for_the_thing_asked_beats_one_computed_for_another(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WORK_SAFETY, "safety")
    assert figure(engine, "生产安全事故死亡人数下降了多少") == "65%"  # not 0.18 - 0.02
    assert engine.ask("较大事故起数下降了多少").derived is not None  # 50起 -> 10起, computed


def test_a_change_of_a_kind_not_asked_is_not_computed_and_accident_grades_are_grades(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WORK_SAFETY, "safety")
    assert engine.ask("道路交通事故起数下降了多少").derived is None  # not the 较大事故 pair
    assert figure(engine, "重大事故起数下降了多少") is None  # a grade the sources do not give


def test_a_fraction_counts_no_people_and_zhongyang_is_a_level(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WORK_SAFETY, "safety")
    assert figure(engine, "2021年生产安全事故死亡多少人") is None  # not the rate 0.02
    assert figure(engine, "省级救灾资金下拨了多少") is None  # 150亿元 is 中央 and 省级 together
    assert figure(engine, "中央和省级救灾资金下拨了多少") == "150亿元"



WOMEN_IN_OFFICE = """全省妇女儿童事业
10月26日

参政议政。全省省级人大代表中女性代表占比达到27.3%,村委会成员中女性占比达到26.8%。
"""


def test_a_sex_said_colloquially_or_with_a_share_asked_is_the_sentences_group(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WOMEN_IN_OFFICE, "office")
    assert ruled_out(engine, "村委会里女的占多少", "26.8%") == ""  # 女的 is 女性
    assert ruled_out(engine, "省人大代表里女代表比例是多少", "27.3%") == ""  # 女代表 of 女代表率
    assert "restricts" in ruled_out(engine, "省人大代表里男代表比例是多少", "27.3%")


LEGAL_SERVICE = """全省司法行政工作
10月19日

依法行政。十年来,全省审查各类规范性文件1.8万余件,纠正违法或不当文件430余件。

法律服务。全省公证机构135家,公证员680人。全省现有人民调解组织2.6万个,人民调解员13.8万人。

生态保护。全省划定生态保护红线面积11.84万平方公里,占全省国土面积的30.9%。
"""


def test_a_typo_may_sound_as_another_reading_of_the_character(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, LEGAL_SERVICE, "legal")
    # 调 of 调解 is read tiao, though its first reading is diao: 条 (tiao) is its typo.
    assert figure(engine, "人民条解员有多少人") == "13.8万人"
    assert figure(engine, "公正员有几个人") == "680人"  # 几个人 asks for people


def test_the_other_figures_noun_with_this_ones_own_modifier_is_this_figure(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, LEGAL_SERVICE, "legal")
    # 文件 of 纠正违法或不当文件 is the 规范性文件 of the clause before; 违法 says which of them.
    assert figure(engine, "被纠正的违法或者不恰当的规范性文件有多少?") == "430余件"
    assert figure(engine, "审查了多少规范性文件") == "1.8万余件"
    # Two things, each with its noun: the area of the red line is no share of the land.
    assert figure(engine, "生态保护红线面积占全省国土面积多少") != "11.84万平方公里"


VETERAN_SERVICES = """全省退役军人工作
10月20日

服务体系。全省建成省、州(市)、县、乡镇、村五级退役军人服务中心(站)1.5万个。全省共有退役军人和其他优抚对象120余万人。

移交安置。全省累计接收安置退役士兵6.8万名,其中安排工作1.2万名。

褒扬纪念。为1.2万余名烈士寻找到亲属。为退役军人家庭悬挂光荣牌98万块。
"""


def test_those_something_was_done_for_said_with_wei_are_not_all_there_are(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, VETERAN_SERVICES, "veterans")
    assert figure(engine, "全省有多少名烈士?") is None  # 1.2万余名 are those whose families were found
    assert figure(engine, "为多少名烈士找到了亲属") == "1.2万余名"
    assert figure(engine, "帮烈士找到亲人的有多少个") == "1.2万余名"


def test_a_sex_or_the_village_level_asked_of_a_figure_of_them_all_is_declined(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, VETERAN_SERVICES, "veterans")
    assert "restricts" in ruled_out(engine, "女退役军人有多少人?", "120余万人")
    assert "restricts" in ruled_out(engine, "村级退役军人服务站有多少个?", "1.5万个")
    assert figure(engine, "退役军人服务站有多少个?") == "1.5万个"


def test_a_part_asked_in_the_passive_is_the_part_said(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, VETERAN_SERVICES, "veterans")
    assert figure(engine, "退役士兵中被安排了工作的有多少名?") == "1.2万名"  # 安排工作


def test_the_thing_after_a_verb_inside_a_key_phrase_is_a_key_of_its_own(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, VETERAN_SERVICES, "veterans")
    [plaque] = [f for f in engine.kb.facts if f.figure == "98万块"]
    assert "光荣牌" in plaque.keywords  # 为退役军人家庭悬挂光荣牌: 光荣牌 is what is counted
    assert figure(engine, "光容牌挂了多少块") == "98万块"  # a typo of it, found by its sound


WEATHER = """全省气象工作
10月21日

预报预警。晴雨预报准确率达到88.6%;暴雨预警准确率达到89%。全省气象服务公众满意度达到92.6分。

防灾减灾。十年来,气象灾害造成的死亡人数下降了71%。全省开展人工增雨作业1.6万次,年均增加降水量16亿立方米;开展人工防雹作业4.5万次,年均减少冰雹灾害损失8亿元。亚洲象种群数量由2012年的250头增加到2021年的300头。
"""


def test_a_score_in_points_is_a_figure_with_its_unit(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WEATHER, "weather")
    assert figure(engine, "气象服务公众满意度是多少分?") == "92.6分"


def test_a_kind_the_tagger_takes_for_a_place_still_narrows_the_noun(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WEATHER, "weather")
    assert figure(engine, "暴雨预警准确率是多少?") == "89%"
    assert figure(engine, "台风预警准确率是多少?") is None  # 台风 (tagged as a place) is no 暴雨


def test_who_a_count_of_people_counts_is_the_word_before_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WEATHER, "weather")
    assert figure(engine, "气象灾害造成的死亡人数下降了多少?") == "71%"
    assert ruled_out(engine, "气象灾害造成的受灾人数下降了多少?", "71%") != ""


def test_an_amount_added_answers_only_a_change(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, WEATHER, "weather")
    assert figure(engine, "年平均降水量是多少?") is None  # 16亿立方米 were added, no level
    assert figure(engine, "人工增雨年均增加降水量多少?") == "16亿立方米"
    assert "amount" not in ruled_out(engine, "防雹每年能少损失多少钱?", "8亿元")  # 少 asks the amount taken off
    assert figure(engine, "现在亚洲象有多少头?") == "300头"  # 增加到: the level reached, no amount added


NATIONALITIES = """全省民族工作
10月24日

民族地区发展。25个边境县(市)地区生产总值达到2860亿元,年均增长9.8%。民族自治地方农村常住居民人均可支配收入达到13268元,比2012年增长1.8倍。

脱贫攻坚。11个“直过民族”和人口较少民族全部实现整族脱贫,其中8个“直过民族”脱贫人口达到72.7万人。
"""


def test_those_who_did_something_asked_as_the_people_among_them(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, NATIONALITIES, "nationalities")
    # 脱贫的人一共有多少: the part is 脱贫 (的人 says people, 一共 nothing), and people are asked.
    assert figure(engine, "直过民族里脱贫的人一共有多少") == "72.7万人"


def test_a_clause_without_a_subject_is_of_the_words_its_key_phrases_borrow(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, NATIONALITIES, "nationalities")
    # 比2012年增长1.8倍 has no subject; 可支配 (收入) is its thing, no other figure's alone.
    assert figure(engine, "民族自治地方农民人均可支配收入比2012年增长了多少?") == "1.8倍"


def test_each_year_must_be_said_of_the_figure_not_of_its_sentences_change(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, NATIONALITIES, "nationalities")
    assert "period" in ruled_out(engine, "边境县的经济每年涨多少", "2860亿元")  # 年均 is the change's
    assert figure(engine, "边境县的经济每年涨多少") == "9.8%"


BROADCASTING = """全省广播电视
10月25日

公共服务。全省广播节目综合人口覆盖率由2012年的96.2%提高到2021年的99.6%,电视节目综合人口覆盖率由97.1%提高到99.8%。

精品创作。十年来,全省共有45部作品获得中宣部“五个一工程”奖、中国广播电视大奖等国家级奖项;创作播出电视剧、纪录片、动画片等1.6万集(部),其中电视剧38部。
"""


def test_a_measure_split_by_the_question_word_still_tells_the_figures_apart(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, BROADCASTING, "broadcasting")
    # 覆盖多少比例: 覆盖率 once 多少 is set aside; 电视 names the television figure, not the radio one.
    assert figure(engine, "现在看电视能覆盖多少比例的人口") == "99.8%"


def test_the_home_region_framing_a_count_is_no_level_and_a_list_after_the_figure_is_its_items(
        tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, BROADCASTING, "broadcasting")
    [works] = [f for f in engine.kb.facts if f.figure == "45部"]
    assert not any("家级" in k and "国家级" not in k for k in works.keywords)  # 等国家级 names no places
    assert figure(engine, "拿到国家级奖项的作品有多少部?") == "45部"  # 全省共有…: where, no level
    assert figure(engine, "获得五个一工程奖的作品有多少部?") is None  # one prize of A、B等


def test_a_yes_no_question_of_taste_gets_no_figure(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, BROADCASTING, "broadcasting")
    assert engine.explain("现在的电视剧好看吗?").reason.startswith("asks for no figure")
    assert figure(engine, "电视剧拍了多少部?") == "38部"


STATE_FIRMS = """全省国资国企
10月27日

经营效益。2021年省属企业实现营业收入1.05万亿元,利润总额达到412亿元,上缴税费380亿元。

改革攻坚。累计处置“僵尸企业”和特困企业382户,压减法人户数1260户。

创新能力。省属企业授权专利数量达到1.2万件,其中发明专利2100件。
"""


def test_an_amount_cut_is_a_change_and_answers_a_change(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, STATE_FIRMS, "firms")
    assert figure(engine, "法人户数减少了多少户?") == "1260户"  # 压减法人户数1260户: the cut itself


def test_net_asked_of_a_gross_figure_and_a_year_asked_of_a_dated_one(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, STATE_FIRMS, "firms")
    assert figure(engine, "省属企业利润总额是多少?") == "412亿元"
    assert figure(engine, "省属企业净利润是多少?") is None
    assert figure(engine, "省属企业一年上缴税费多少") == "380亿元"  # 2021年…: the figure of one year


def test_another_kind_than_the_part_a_sentence_gives_is_neither_part_nor_whole(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, STATE_FIRMS, "firms")
    assert figure(engine, "发明专利有多少件") == "2100件"
    assert figure(engine, "授权专利数量有多少件") == "1.2万件"
    assert figure(engine, "省属企业实用新型专利有多少件?") is None


AUDIT = """全省审计工作
10月28日

重点审计。开展领导干部经济责任审计1.1万人次,其中对省管领导干部审计380人次。

审计队伍。全省审计机关现有审计人员4300人,其中具有中级以上专业技术职称的1860人。
"""


def test_the_level_that_manages_cadres_is_a_level(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, AUDIT, "audit")
    assert figure(engine, "对省管领导干部审计了多少人次?") == "380人次"
    assert "县管" in ruled_out(engine, "对县管领导干部审计了多少人次?", "380人次")


def test_those_something_no_source_says_was_done_to(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, AUDIT, "audit")
    assert "no source says" in ruled_out(engine, "被追责的干部有多少人?", "1.1万人次")


def test_a_part_named_with_de_and_another_kind_asked_of_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, AUDIT, "audit")
    # 其中具有中级以上专业技术职称的1860人: 高级职称 is another kind, which the sentence does not give.
    assert figure(engine, "具有高级职称的审计人员有多少人?") is None
    assert figure(engine, "审计人员有多少人?") == "4300人"


PORTS = """全省口岸工作
10月29日

口岸布局。全省国家一类口岸22个,二类口岸5个,口岸总数达到27个,其中公路口岸16个、航空口岸5个、铁路口岸2个。

通关能力。2019年全省口岸进出境人员达到5200万人次,是2012年的2.3倍。全省口岸进口整体通关时间压缩至28小时,比2017年压缩了65%。
"""


def test_a_figure_written_twice_in_its_sentence_is_placed_by_its_key_phrase(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PORTS, "ports")
    airports = [f for f in engine.kb.facts if f.figure == "5个" and "航空" in f.keywords[0]]
    assert [f.sentence[f.at - 4:f.at] for f in airports] == ["航空口岸"]  # not the 5个 of 二类口岸
    assert figure(engine, "航空口岸有几个") == "5个"
    assert figure(engine, "航空口岸有几各") == "5个"  # 各, a typo of the measure word


def test_how_long_is_no_kind_of_time_and_ya_suo_le_states_a_change(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PORTS, "ports")
    assert figure(engine, "现在进口通关要多长时间") == "28小时"  # 多长 is the question, no modifier
    assert figure(engine, "进口整体通关时间跟2017年比压缩了多少?") == "65%"


def test_a_year_opening_the_sentence_with_others_only_compared_gives_that_years_figure(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PORTS, "ports")
    assert figure(engine, "口岸进出境人员一年有多少人次") == "5200万人次"


DRUG_SAFETY = """全省药品监管
10月30日

质量安全水平稳步提高。十年来共查处药品案件2.6万件,罚没款2.8亿元,移送公安机关案件320件。

产业发展。2021年全省生物医药产业主营业务收入达到4500亿元。全省获批上市的一类新药3个。

审评审批改革。药品生产许可审批时限由法定的30个工作日压缩至15个工作日。

住房保障。全省累计完成农村危房改造180万户,其中建档立卡贫困户等4类重点对象危房改造76万户。
"""


def test_a_word_said_later_is_judged_against_the_figures_own_words_not_the_topic(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DRUG_SAFETY, "drugs")
    # 公安 stands next to 320件; the 安 of the topic (质量安全) the draft keys 2.6万件 by is no word of it.
    assert figure(engine, "移交给公安的药品案件有多少件?") == "320件"


def test_a_side_of_a_change_named_by_its_own_word_and_a_time_limit_asked(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DRUG_SAFETY, "drugs")
    assert figure(engine, "药品生产许可审批时限 法定") == "30个工作日"
    assert figure(engine, "药品生产许可审批时限是多少") == "15个工作日"


def test_classes_are_grades_but_a_count_of_kinds_is_not(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DRUG_SAFETY, "drugs")
    assert figure(engine, "一类新药获批上市了几个?") == "3个"
    assert figure(engine, "二类新药获批上市了几个?") is None
    assert figure(engine, "4类重点对象危房改造多少户") == "76万户"  # 等4类: a count, the sentence's own figure


def test_zhu_ying_shou_ru_is_no_ying_shou_no_source_gives(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, DRUG_SAFETY, "drugs")
    assert figure(engine, "生物医药产业一年的主营收入有多少?") == "4500亿元"


SCIENCE_ASSOCIATION = """全省科协工作
10月31日

科普设施。全省建成科技馆23个,其中达标科技馆12个。全省共有两院院士10人,其中中国科学院院士6人。
"""


def test_a_part_whose_head_is_a_word_of_three_characters_and_a_part_spelled_out(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, SCIENCE_ASSOCIATION, "science")
    assert figure(engine, "全省有多少个科技馆?") == "23个"  # the head is 科技馆, no kind of 技馆
    assert figure(engine, "达到标准的科技馆有几个?") == "12个"  # 达标, written out


def test_national_academies_by_their_short_names(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, SCIENCE_ASSOCIATION, "science")
    assert figure(engine, "中科院院士云南有几个") == "6人"


def test_a_whole_yields_to_its_part_named_and_only_by_the_parts_own_words(tmp_path: Path) -> None:
    article = ("全省人才工作\n9月28日\n\n人才队伍。全省专业技术人才总量达到160万人,其中高级职称人才15.6万人;"
               "技能人才总量达到580万人,其中高技能人才150万人。\n")
    engine = drafted_engine(tmp_path, article, "talent")
    # 技能 is the whole's own word (技能人才总量), not one that tells its part 高技能人才 apart,
    # though the first 其中 of the sentence comes before any 技能.
    assert figure(engine, "技能人才总量是多少") == "580万人"
    assert figure(engine, "高技能人才有多少") == "150万人"


def test_a_level_inside_a_name_after_an_ordinal_narrows_nothing(tmp_path: Path) -> None:
    article = ("全省统计工作\n11月1日\n\n普查工作。第七次全国人口普查全省共选聘普查员和普查指导员18.6万人,"
               "普查登记常住人口4720.9万人。\n")
    engine = drafted_engine(tmp_path, article, "census")
    # 全国 names the census (第七次全国人口普查), no level of the enumerators hired.
    [enumerators] = [c for c in engine.explain("人口普查选聘了多少普查员").ranked if c.fact.figure == "18.6万人"]
    assert not enumerators.unasked
    assert figure(engine, "人口普查选聘了多少普查员") == "18.6万人"


def test_a_part_asked_with_a_negation_is_not_the_part_said(tmp_path: Path) -> None:
    article = "全省外事工作\n11月2日\n\n人文交流。2019年来滇留学生人数达到2.4万人,其中学历生8600人。\n"
    engine = drafted_engine(tmp_path, article, "exchange")
    assert figure(engine, "来滇留学生中学历生有多少人?") == "8600人"
    assert figure(engine, "来滇留学生中非学历生有多少人?") is None  # 非学历生 are the others


def test_a_group_named_by_negating_the_figures_is_the_others(tmp_path: Path) -> None:
    article = "全省新闻出版\n11月3日\n\n全民阅读。全省成年国民综合阅读率达到81.2%,比2012年提高6.3个百分点。\n"
    engine = drafted_engine(tmp_path, article, "reading")
    assert figure(engine, "成年国民综合阅读率是多少") == "81.2%"
    assert "未成年人" in ruled_out(engine, "未成年人阅读率是多少?", "81.2%")  # not the 成年国民 counted


def test_whether_something_is_interesting_asks_for_no_figure(tmp_path: Path) -> None:
    article = "全省档案工作\n11月4日\n\n11月3日,全省档案工作专场发布会在昆明召开。全省档案数字化率达到49.7%。\n"
    engine = drafted_engine(tmp_path, article, "archives")
    assert engine.explain("档案工作有意思吗?").reason.startswith("asks for no figure")
    assert figure(engine, "档案数字化率是多少") == "49.7%"


def test_the_span_a_retrospective_covers_says_nothing_of_which_figure(tmp_path: Path) -> None:
    article = ("全省水利工作\n10月24日\n\n水源工程。十年来,全省新建成水库1060座,全省水库总数达到7200座。"
               "完成病险水库除险加固3200座。\n")
    engine = drafted_engine(tmp_path, article, "water")
    for said in ("", "这十年", "近十年来", "这些年"):
        assert figure(engine, f"{said}新修了多少座水库") == "1060座", said


def test_sound_mends_typos_but_does_not_rule_out_the_facts_the_characters_found(tmp_path: Path) -> None:
    article = ("全省残疾人事业\n9月21日\n\n就业增收。十年来,全省城乡残疾人新增就业12.4万人。全省按比例安排"
               "残疾人就业的单位达1.9万家,安排就业残疾人3.1万人。\n\n公共法律服务。全省共有公证员680人。\n")
    engine = drafted_engine(tmp_path, article, "disabled")
    # Every word is in two facts (新增就业 and 安排就业残疾人): no typo picks one of them.
    assert figure(engine, "残疾人就业有多少") is None
    assert figure(engine, "公正员有几个人") == "680人"  # 公正 for 公证: a typo sound mends


def test_a_cause_the_sentence_does_not_name_is_another_figure(tmp_path: Path) -> None:
    article = ("全省水利与外事\n10月24日\n\n防灾减灾。十年来,全省因洪涝灾害死亡失踪人数比前十年下降了68%。\n\n"
               "人员往来。全省因公出国(境)5.8万人次。\n")
    engine = drafted_engine(tmp_path, article, "causes")
    assert figure(engine, "因洪涝灾害死亡失踪人数下降了多少") == "68%"
    assert "干旱" in ruled_out(engine, "因干旱死亡人数下降了多少?", "68%")
    assert figure(engine, "因私出国人次是多少?") is None  # 私 is no 公
    assert figure(engine, "因公出国多少人次") == "5.8万人次"


def test_online_is_one_way_however_it_is_said(tmp_path: Path) -> None:
    article = "全省智慧法院\n9月20日\n\n智慧法院。全省法院网上开庭12.8万场次。\n"
    engine = drafted_engine(tmp_path, article, "online")
    assert figure(engine, "在线开庭开了多少场") == "12.8万场次"
    assert figure(engine, "线上开庭有多少场次") == "12.8万场次"


def test_being_sentenced_is_said_either_way(tmp_path: Path) -> None:
    article = "全省刑事审判\n9月20日\n\n刑事审判。审结毒品犯罪案件9.8万件,判处毒品犯罪分子10.6万人。\n"
    engine = drafted_engine(tmp_path, article, "sentences")
    assert figure(engine, "毒品犯罪被判刑的有多少人?") == "10.6万人"


def test_a_threshold_asked_picks_the_figure_that_sets_it(tmp_path: Path) -> None:
    article = ("全省供销合作社\n9月22日\n\n社有企业。全省社有企业发展到486家,资产总额达到298亿元。其中,"
               "年销售额超亿元的企业37家。\n\n统防统治。开展统防统治面积累计达1250万亩次。\n")
    engine = drafted_engine(tmp_path, article, "coops")
    assert figure(engine, "年销售额超过一亿元的企业有几家") == "37家"
    assert "counts them all" in ruled_out(engine, "社有企业卖货超过一个亿的有几家", "486家")
    # Another threshold: neither the 37 above 1亿 nor the 486 of every size.
    assert figure(engine, "年销售额超十亿元的社有企业有多少家?") is None
    assert "another threshold" in ruled_out(engine, "年销售额超十亿元的社有企业有多少家?", "37家")
    assert figure(engine, "统防统治面积有多少亩") == "1250万亩次"  # 亩次, no 亩 lost from its unit


def test_a_change_since_a_year_is_of_that_year_and_a_yearly_supply_of_one_year(tmp_path: Path) -> None:
    article = ("全省供销合作社\n9月22日\n\n经营效益。2021年,全省供销合作社系统实现销售总额1586亿元,是2012年的3.1倍;"
               "实现利润总额12.8亿元,比2012年增加9.6亿元。\n\n农资保供。全省供销合作社系统年供应化肥280万吨。\n")
    engine = drafted_engine(tmp_path, article, "profits")
    assert figure(engine, "利润总额比2012年多了多少?") == "9.6亿元"
    assert figure(engine, "2012年供销系统的利润总额是多少?") is None  # the change is no level of 2012
    assert figure(engine, "供销社一年供应多少化肥") == "280万吨"


def test_a_density_asked_is_no_total_and_a_kind_in_latin_letters_is_a_kind(tmp_path: Path) -> None:
    article = ("全省信息通信\n9月24日\n\n网络设施。全省累计建成5G基站5.3万个,每万人拥有5G基站11.3个。\n\n"
               "宽带普及。行政村通光纤和通4G比例均达到100%,自然村4G覆盖率达到95.6%。\n")
    engine = drafted_engine(tmp_path, article, "telecom")
    assert figure(engine, "平均一万个人有几个5G基站") == "11.3个"
    assert "per so many people" in ruled_out(engine, "平均一万个人有几个5G基站", "5.3万个")
    assert figure(engine, "自然村4G覆盖率是多少") == "95.6%"
    assert figure(engine, "自然村光纤覆盖率是多少?") is None  # 光纤 is said of the 行政村, 4G of this one


def test_a_rate_per_hundred_people_answers_a_rate_however_the_device_is_named(tmp_path: Path) -> None:
    article = "全省信息通信\n9月24日\n\n行业发展。全省移动电话用户达到5010万户,移动电话普及率达到106.8部/百人。\n"
    engine = drafted_engine(tmp_path, article, "phones")
    assert figure(engine, "全省移动电话普及率是多少?") == "106.8部/百人"
    assert figure(engine, "手机普及率是多少") == "106.8部/百人"


def test_a_change_asked_against_a_time_is_the_change_of_the_one_thing_asked(tmp_path: Path) -> None:
    article = ("全省消防救援\n9月26日\n\n火灾形势持续平稳。与前十年相比,全省火灾起数、死亡人数、受伤人数和直接财产损失"
               "分别下降了12.3%、41.6%、52.8%和18.9%,未发生重特大火灾事故。2021年,全省共接报火灾8426起。\n\n"
               "队伍力量不断壮大。全省消防车辆达到2860辆,是2012年的2.4倍。\n")
    engine = drafted_engine(tmp_path, article, "fires")
    # (受伤的人 is said 受伤人数: the words are the matcher's to judge, 前十年 the sentence's to say.)
    assert figure(engine, "受伤的人比前十年少了多少") == "52.8%"


def test_a_year_that_opens_the_sentence_dates_its_first_figure_and_no_whole_span(tmp_path: Path) -> None:
    article = ("全省法院工作\n9月20日\n\n审判执行。十年来,全省法院共受理各类案件682.4万件。2021年,全省法院受理"
               "案件91.6万件,是2012年的2.3倍;法官人均办案数由2012年的86件增加到2021年的268件。\n")
    engine = drafted_engine(tmp_path, article, "courts")
    # 2021 is tied to 268件 too, but the sentence opens with it: 91.6万件 is of 2021.
    assert figure(engine, "2021年全省法院受理案件多少件?") == "91.6万件"
    # The whole span asked: the year's figure is one of its years.
    assert figure(engine, "十年来全省法院一共受理了多少案件?") == "682.4万件"
    assert "whole span" in ruled_out(engine, "十年来全省法院一共受理了多少案件?", "91.6万件")


def test_a_saving_asked_by_its_verb_and_a_count_of_one_thing_asked_of_another(tmp_path: Path) -> None:
    article = ("全省卫生健康\n9月28日\n\n医疗服务。全省床位数达到33.8万张。"
               "全省三级医院从42家增加到118家,实现州市全覆盖。\n\n医改深化。药品集中带量采购平均降价53%,累计为群众节约医药费用96亿元。家庭医生签约服务覆盖贫困人口735万人。\n")
    engine = drafted_engine(tmp_path, article, "health")
    # 节约 is the change the sentence states: said in the question, the question asks it; 一共 sorts nothing.
    assert figure(engine, "听说集中采购给老百姓省了不少钱,累计一共节约了多少医药费用?") == "96亿元"
    # 床位数 asked of 三级医院: the number of beds, which the hospitals' sentence never counts.
    assert figure(engine, "三级医院的床位数是多少?") is None
    assert "counts 床位" in ruled_out(engine, "三级医院的床位数是多少?", "118家")
    assert figure(engine, "全省床位数是多少?") == "33.8万张"
    # Everyday words for the report's: 便宜 is the price cut, 穷人 the poor.
    assert figure(engine, "集中采购以后药便宜了多少?") == "53%"
    assert figure(engine, "家庭医生签约覆盖了多少穷人?") == "735万人"


def test_a_rank_however_said_a_modifier_inside_the_written_chain_and_a_stranger_counted(tmp_path: Path) -> None:
    article = ("全省交通运输\n9月21日\n\n投资规模。十年来,全省累计完成交通固定资产投资1.58万亿元,是前十年的6.1倍。\n\n"
               "高速公路。全省高速公路通车里程达到9947公里,跃居全国第二位,129个县(市、区)中有116个通高速公路。\n\n"
               "民航网络。全省运输机场达到15个,数量位居全国第三。\n")
    engine = drafted_engine(tmp_path, article, "transport")
    # 排第几 and 跃居/位居 are one verb of rank.
    assert figure(engine, "高速公路里程排在全国第几位") == "第二位"
    assert figure(engine, "运输机场数量全国排名第几") == "第三"
    # 交通 of 交通固定资产投资 is no other kind of 投资 than the one written.
    assert figure(engine, "交通投资是前十年的几倍?") == "6.1倍"
    # 服务区 is a word no source says; the 区 of 县(市、区) does not say it.
    assert figure(engine, "全省有多少座高速公路服务区?") is None
    assert "never 服务区" in ruled_out(engine, "全省有多少座高速公路服务区?", "116个")


def test_two_deeds_said_together_are_the_contraction_the_sentence_writes(tmp_path: Path) -> None:
    article = ("全省交通运输\n9月21日\n\n农村公路。十年来全省新改建农村公路14.5万公里,农村公路总里程达到25.4万公里。\n")
    engine = drafted_engine(tmp_path, article, "roads")
    # 新建和改建 is 新改建: no sum of two things the sentence does not speak of.
    assert figure(engine, "这十年全省新建和改建的农村公路一共有多少公里?") == "14.5万公里"
    assert figure(engine, "农村公路总里程是多少?") == "25.4万公里"


def test_the_thing_ranked_points_to_its_rank(tmp_path: Path) -> None:
    article = ("全省交通运输\n9月21日\n\n高速公路。全省高速公路通车里程达到9947公里,跃居全国第二位。\n\n"
               "民航网络。全省运输机场达到15个,数量位居全国第三。2019年昆明长水国际机场旅客吞吐量位列全国第六。\n")
    engine = drafted_engine(tmp_path, article, "ranks")
    # 数量 is what the rank after 15个 is of: no other rank of the article counts it.
    assert figure(engine, "全省机场数量在全国排第几?") == "第三"


def test_an_opinion_asked_before_the_figure_does_not_turn_the_figure_away(engine: Engine) -> None:
    # The clause that asks comes last: a how-is-it-going said before it is the asker's preamble.
    assert figure(engine, "图书馆建得怎么样了,全省公共图书馆现在有多少个") == "156个"
    # Ending on the opinion asks the opinion, whatever figure came before it.
    assert figure(engine, "投入了多少资金,效果怎么样") is None


def test_a_figure_said_per_year_agrees_with_a_question_asking_per_year(tmp_path: Path) -> None:
    article = ("全省对外交流\n11月3日\n\n交流扩大。全省与20个国家建立合作关系,来滇务工人员规模年均保持在3.2万人左右,"
               "累计培训外籍学员8万人。\n")
    engine = drafted_engine(tmp_path, article, "exchange")
    # 一年 and 年均 share no character: the time still agrees, and says so.
    lines = engine.explain("来云南务工的人员一年大概有多少人").lines()
    assert any("3.2万人" in line and "said of the period asked" in line for line in lines)
    assert not any("8万人" in line and "said of the period asked" in line for line in lines)  # a total, said once
    assert figure(engine, "来云南务工的人员一年大概有多少人") == "3.2万人左右"
    # 滇 is Yunnan in 留滇 as in 来滇: staying in Yunnan is read alike however said.
    said = [engine.explain(q).lines()[1] for q in ("毕业生留滇就业", "毕业生留在云南就业", "毕业生留云南就业")]
    assert said[0].startswith("matched text")
    assert len(set(said)) == 1


def test_everyday_words_for_recycling_lawsuits_and_earnings(tmp_path: Path) -> None:
    article = ("全省供销合作社\n11月3日\n\n发展壮大。2021年全省供销合作社系统实现利润总额12.8亿元,年供应化肥280万吨。"
               "再生资源回收方面,全省系统建成回收网点2850个、分拣中心58个。\n\n"
               "依法维权。工会帮助职工办理劳动争议案件8000多件,调解职工来访纠纷1.2万件。\n")
    engine = drafted_engine(tmp_path, article, "coop")
    assert figure(engine, "收废品的网点建了多少个") == "2850个"
    assert figure(engine, "工会帮职工打官司办了多少件") == "8000多件"
    assert figure(engine, "供销社现在一年赚多少钱") == "12.8亿元"
    lines = engine.explain("一年能供应多少化肥").lines()
    assert any("280万吨" in line and "said of the period asked" in line for line in lines)  # 年供应


def test_good_air_elephants_and_a_fine_asked_with_a_verb_of_one_character(tmp_path: Path) -> None:
    article = ("全省生态环境\n9月16日\n\n质量优良。2021年全省城市环境空气质量优良天数比率达98.6%。"
               "亚洲象种群数量增加到300头左右。\n\n执法加强。十年来，全省共查处环境违法案件1.6万件，罚没款金额10.2亿元。\n")
    engine = drafted_engine(tmp_path, article, "eco")
    assert figure(engine, "一年里头空气好的天数占多少?") == "98.6%"
    assert figure(engine, "云南现在的大象有多少头") == "300头左右"
    # 罚了 is 罚 then 了: a verb the sources say (罚没款), not a two-character one they never use.
    assert "no source says" not in engine.explain("搞环境违法被罚了多少钱").reason
    assert figure(engine, "搞环境违法被罚了多少钱") == "10.2亿元"


def test_last_year_usually_and_a_mistyped_hall(tmp_path: Path) -> None:
    article = ("全省文化和旅游\n9月21日\n\n综合实力增强。十年来旅游业快速发展。"
               "受疫情影响，2021年全省接待游客6.5亿人次，"
               "实现旅游总收入7740亿元。全省A级旅游景区由2012年的209家增加到2021年的470家。\n\n"
               "服务提升。投诉处理平均时长缩短至14个小时。"
               "全省建成公共图书馆151个、文化馆149个，公共图书馆年均接待读者2600多万人次。\n")
    engine = drafted_engine(tmp_path, article, "travel")
    # 2021 opens the clauses before both figures: they are the article's last year, asked 去年.
    assert figure(engine, "去年全省接待了多少游客") == "6.5亿人次"
    assert figure(engine, "去年旅游总收入多少") == "7740亿元"
    assert figure(engine, "一般多久能处理完投诉") == "14个小时"  # 一般: what is usual, the average
    # 图书官 ends as 法官 does; the sources write 图书馆, of the same sound: a count of halls.
    assert figure(engine, "公共图书官有多少个") == "151个"
    assert engine.explain("公共图书官有多少个").analysis.asked == "个"


def test_cut_flowers_are_asked_as_flowers(tmp_path: Path) -> None:
    article = "全省农业\n9月9日\n\n优势凸显。鲜切花产量达180亿枝，咖啡种植面积139万亩。\n"
    engine = drafted_engine(tmp_path, article, "farm")
    said = [engine.explain(q).lines()[1] for q in ("鲜花产量有多少", "鲜切花产量有多少")]
    assert said[0] == said[1]  # one word, read alike
    assert figure(engine, "鲜花产量有多少") == "180亿枝"


def test_everyday_words_for_rescue_closing_and_ordinary_people(tmp_path: Path) -> None:
    article = ("全省消防救援\n9月20日\n\n救援有力。十年来，全省消防救援队伍出动指战员582万人次，"
               "营救和疏散遇险群众21.6万人。\n\n监管加强。十年来共检查单位268万家次，关停不具备消防安全条件的场所1.6万家。\n")
    engine = drafted_engine(tmp_path, article, "fire")
    said = [engine.explain(q).lines()[1] for q in ("救出来多少老百姓", "营救多少群众")]
    assert said[0] == said[1]  # 救出来 is 营救, 老百姓 群众
    assert figure(engine, "消防员这十年救出来多少老百姓") == "21.6万人"
    assert figure(engine, "不合格被关掉的场所有多少家") == "1.6万家"  # 关掉 is 关停, a verb the sources say


def test_a_place_opening_the_sentence_is_of_all_its_clauses_and_a_day_asked_agrees_with_daily(
        tmp_path: Path) -> None:
    article = ("全省交通\n9月15日\n\n城市交通。昆明地铁运营线路达到6条，运营里程165.9公里，日均客运量约80万人次。"
               "全省公路客运量2.9亿人次。\n")
    engine = drafted_engine(tmp_path, article, "metro")
    assert figure(engine, "昆明地铁日均客运量是多少") == "80万人次"  # 昆明 opens the sentence
    lines = engine.explain("昆明地铁一天的客运量有多少").lines()
    assert any("80万人次" in line and "said of the period asked" in line for line in lines)
    assert figure(engine, "曲靖地铁日均客运量是多少") is None


GRID = ("全省电网建设\n9月20日\n\n骨干工程。乌东德电站总装机容量1020万千瓦，年发电量389亿千瓦时，"
        "累计完成投资900亿元，大坝浇筑320万立方米。\n\n农网改造。全省变电容量从2012年的3000万千伏安增加到2021年的"
        "9000万千伏安。党的十八大以来，全省完成电网投资480亿元，"
        "是前十年的3.1倍，其中2021年完成电网投资62亿元。全省建成大中型变电站310座，其中大型变电站40座。"
        "新开工建设抽水蓄能电站4座、大型风电场12座，建成投产小型风电场9座。全省新增储能容量360万千瓦。"
        "改造提升了1800万农村人口的用电条件。\n")


@pytest.fixture(scope="module")
def grid(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("grid"), GRID, "grid")


def test_a_sentence_that_opens_with_a_size_goes_on_about_that_thing(grid: Engine) -> None:
    assert figure(grid, "乌东德 年发电量") == "389亿千瓦时"
    assert figure(grid, "乌东德电站一共投资了多少钱") == "900亿元"
    assert figure(grid, "乌东德电站大坝浇筑了多少方") == "320万立方米"


def test_a_part_told_by_its_year_is_asked_by_that_year_or_last_year(grid: Engine) -> None:
    assert figure(grid, "去年电网投了多少钱") == "62亿元"
    assert figure(grid, "2021年电网投资是多少") == "62亿元"
    assert figure(grid, "电网投资一共完成多少") == "480亿元"


def test_the_span_reported_is_no_word_a_comparison_must_find(grid: Engine) -> None:
    assert figure(grid, "听说电网投资创了新高，我很好奇，这十年的电网投资是前十年的几倍") == "3.1倍"


def test_one_size_of_two_counted_together_is_declined(grid: Engine) -> None:
    assert figure(grid, "全省有多少座大中型变电站") == "310座"
    assert figure(grid, "全省有多少座中型变电站") is None  # 310 are large and medium ones together
    assert figure(grid, "全省有多少座大型变电站") == "40座"


def test_how_many_of_a_whole_did_what_its_figure_does_not_say_is_declined(grid: Engine) -> None:
    assert figure(grid, "新开工建设的抽水蓄能电站有几座") == "4座"
    assert figure(grid, "新开工建设的抽水蓄能电站中有几座已经投产") is None
    assert figure(grid, "建成投产的大型风电场有多少座") is None  # those built are small ones


def test_a_count_of_those_whose_lot_changed_is_no_change_and_an_addition_answers_an_increase(grid: Engine) -> None:
    assert figure(grid, "改善了多少农村人口的用电条件") == "1800万"
    assert figure(grid, "储能容量增加了多少") == "360万千瓦"


WELFARE = ("全省社会福利\n9月16日\n\n养老服务。全省建成养老机构900个，养老床位达到12万张，"
           "每千名老年人拥有养老床位30张。全省百岁老人长寿补贴惠及5200人。\n\n婚姻和区划。全省婚姻登记机关每年办理结婚登记28万对。"
           "全省共有8个州（市）、96个县（市、区）。全省登记社会组织1.8万个，比2012年增长78%。\n\n"
           "野生动物。全省亚洲象种群数量达到300头。\n")


@pytest.fixture(scope="module")
def welfare(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("welfare"), WELFARE, "welfare")


def test_those_who_received_something_are_asked_by_what_they_received(welfare: Engine) -> None:
    assert figure(welfare, "领长寿补贴的百岁老人有多少人") == "5200人"
    assert figure(welfare, "全省百岁老人有多少人") is None  # those it reached, not all there are


def test_a_measure_asked_after_people_is_what_is_counted_and_per_thousand_is_an_average(welfare: Engine) -> None:
    assert welfare.explain("平均每一千个老人有几张养老床位").analysis.asked == "张"
    assert figure(welfare, "平均每一千个老人有几张养老床位") == "30张"


def test_where_is_no_thing_counted(welfare: Engine) -> None:
    assert figure(welfare, "全省有多少個縣(市、區)?") == "96个"
    assert figure(welfare, "全省有多少个州市") == "8个"


def test_the_opposite_of_what_the_sentence_says_is_another_thing(welfare: Engine) -> None:
    assert figure(welfare, "每年结婚登记有多少对") == "28万对"
    assert figure(welfare, "全省离婚登记有多少对") is None  # 离婚 is no 结婚


def test_a_thing_no_source_speaks_of_is_declined_but_a_typo_of_one_is_not(welfare: Engine) -> None:
    assert figure(welfare, "全省登记的社会组织有多少个") == "1.8万个"
    assert figure(welfare, "全省登记的基金会有多少个") is None
    assert "基金会, which no source says" in welfare.explain("全省登记的基金会有多少个").reason  # not by chance
    assert figure(welfare, "亚州象有多少头") == "300头"


def test_a_magnitude_names_one_kind(tmp_path: Path) -> None:
    article = "全省信息产业\n9月20日\n\n网络建设。全省千兆宽带用户达到80万户，培育千亿级产业集群3个。\n"
    engine = drafted_engine(tmp_path, article, "net")
    assert figure(engine, "千兆宽带用户有多少户") == "80万户"
    assert figure(engine, "百兆宽带用户有多少户") is None
    assert figure(engine, "千亿级产业集群有几个") == "3个"
    assert figure(engine, "百亿级产业集群有几个") is None


def test_one_standard_for_town_and_country_and_a_word_for_recovering_wages(tmp_path: Path) -> None:
    article = ("全省社会保险\n9月19日\n\n保障。城乡居民基础养老金最低标准提高到每人每月120元。全省共有城乡低保对象"
               "200万人，其中农村低保对象170万人。\n\n维权。十年来累计为劳动者追讨工资60亿元。\n")
    engine = drafted_engine(tmp_path, article, "insurance")
    assert figure(engine, "农村老人每个月最少能领多少基础养老金") == "120元"  # 城乡: one standard for both
    assert figure(engine, "城市低保对象有多少人") is None  # but a count of both is no count of one
    assert figure(engine, "帮工人讨回了多少工资") == "60亿元"  # 讨回 is 追讨


def test_trade_as_people_say_it_and_a_typo_of_bei(tmp_path: Path) -> None:
    article = ("全省商务\n9月23日\n\n外贸。全省货物贸易进出口总额3144亿元，其中出口1416亿元、进口1728亿元。"
               "全省网络零售额达到1450亿元，是2015年的5.8倍。外贸经营主体达到4100家，是2012年的2.6倍。\n\n"
               "电商。全省建成乡镇电商服务站1300个、村级电商服务站点1.1万个。\n")
    engine = drafted_engine(tmp_path, article, "trade")
    assert figure(engine, "从国外买进来的货有多少钱") == "1728亿元"
    assert figure(engine, "网上卖东西现在是2015年的几倍了") == "5.8倍"
    assert figure(engine, "外贸经营主体是2012年的几陪") == "2.6倍"
    assert figure(engine, "全省村级电商服务站点有多少个") == "1.1万个"


def test_a_change_printed_rounded_is_quoted_and_a_level_is_no_addition(tmp_path: Path) -> None:
    article = ("全省科技\n9月26日\n\n创新主体。全省高新技术企业由2012年的530家增加到2021年的2202家，增长3.2倍。"
               "全省新增科技型中小企业900家。\n")
    engine = drafted_engine(tmp_path, article, "tech")
    assert figure(engine, "高新技术企业这十年多了几倍") == "3.2倍"  # not 约3.15倍, computed
    assert figure(engine, "2021年全省高新技术企业有多少家") == "2202家"
    assert figure(engine, "2021年全省新增高新技术企业多少家") is None  # 2202 is how many there are
    assert figure(engine, "全省新增科技型中小企业多少家") == "900家"


HYDRO = ("全省能源\n9月30日\n\n电源建设。全省电力装机容量达到1.06亿千瓦，2021年全省发电量达到3780亿千瓦时。"
          "全省光伏发电装机容量达到400万千瓦，风电装机容量达到880万千瓦。乌东德水电站总装机容量1020万千瓦，年均发电量389亿千瓦时；"
          "白鹤滩水电站左岸机组全部投产。\n\n电网。全省建成500千伏变电站46座。累计外送电量1.37万亿千瓦时，"
          "减排二氧化碳10.9亿吨。\n")


@pytest.fixture(scope="module")
def hydro(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("hydro"), HYDRO, "hydro")


def test_energy_is_no_power_and_a_voltage_names_a_kind(hydro: Engine) -> None:
    assert figure(hydro, "全省光伏发电装机容量是多少") == "400万千瓦"
    assert figure(hydro, "全省光伏发电量是多少") is None  # 400万千瓦 is capacity, not energy
    assert figure(hydro, "全省500千伏变电站有多少座") == "46座"
    assert figure(hydro, "全省220千伏变电站有多少座") is None


def test_a_modifier_sharing_one_character_inside_anothers_is_another_kind(hydro: Engine) -> None:
    assert figure(hydro, "全省电力装机有多少") == "1.06亿千瓦"
    assert figure(hydro, "全省核电装机有多少") is None  # 核电 shares only the 电 of 电力
    lines = hydro.explain("全省核电装机有多少").lines()
    assert any("1.06亿千瓦" in line and "ruled out" in line for line in lines)  # not by a low score


def test_a_reduction_is_a_change_and_a_name_the_sentence_says_elsewhere_is_not_this_figures(hydro: Engine) -> None:
    assert figure(hydro, "外送电量减少了多少二氧化碳排放") == "10.9亿吨"
    assert figure(hydro, "乌东德水电站总装机容量是多少") == "1020万千瓦"
    assert figure(hydro, "白鹤滩水电站总装机容量是多少") is None


def test_medals_are_no_money_and_games_are_told_apart_by_name(tmp_path: Path) -> None:
    article = ("全省体育\n10月8日\n\n竞技体育。十年来，云南运动员在奥运会、亚运会等国际重大赛事中共获得金牌68枚，"
               "其中奥运会金牌3枚。在第十四届全运会上，云南代表团获得12枚金牌。\n\n训练基地。全省现有国家级高原训练"
               "基地5个，每年接待国内外运动队训练1.5万人次。全省运输机场达到15个。\n")
    engine = drafted_engine(tmp_path, article, "sport")
    assert figure(engine, "这十年在国际大赛上一共拿了多少金牌") == "68枚"  # 多少金牌 asks no money
    assert figure(engine, "全运会上云南拿了几块金牌") == "12枚"
    assert figure(engine, "云南运动员共获得亚运会金牌多少枚") is None  # 12 are 全运会's, 3 奥运会's
    assert figure(engine, "每年来云南高原训练的运动队有多少人次") == "1.5万人次"  # 云南高原: home, then 高原
    assert figure(engine, "全省机场有多少个") == "15个"  # 全省 names no airport


def test_a_printed_change_answers_how_much_and_a_total_is_no_share(tmp_path: Path) -> None:
    article = ("全省公安\n10月10日\n\n打击犯罪。全省刑事案件立案数由2012年的19.2万起下降到2021年的8.6万起，下降55.2%。"
               "\n\n禁毒。十年来全省缴获各类毒品220吨，占全国同期缴毒总量的40%以上。\n")
    engine = drafted_engine(tmp_path, article, "police")
    assert figure(engine, "刑事案件立案数下降了多少") == "55.2%"  # what the sentence prints
    assert engine.ask("刑事案件立案数下降了多少起").derived is not None  # a unit asked: the difference
    assert figure(engine, "全国缴获毒品总量是多少") is None  # 40% is a share of it, no total
    assert figure(engine, "全省缴获各类毒品多少吨") == "220吨"
    assert figure(engine, "全省缴获海洛因多少吨") is None  # a thing no source names


def test_places_counted_are_what_the_figures_clause_counts(tmp_path: Path) -> None:
    article = "全省帮扶\n10月12日\n\n定点帮扶。中央定点帮扶单位有70家，帮扶全省73个县。\n"
    engine = drafted_engine(tmp_path, article, "aid")
    assert figure(engine, "中央定点帮扶单位有多少家") == "70家"
    assert figure(engine, "中央单位定点帮扶了云南多少个县") != "70家"  # the units are no counties
    lines = engine.explain("中央单位定点帮扶了云南多少个县").lines()
    assert any("70家" in line and "counts 县" in line for line in lines)
    assert figure(engine, "中央定点帮扶单位帮扶了全省多少个县") == "73个"


def test_a_sibling_head_and_a_level_word_that_is_the_thing_counted(tmp_path: Path) -> None:
    article = ("全省民族团结\n10月14日\n\n示范创建。全省共命名省级民族团结进步示范区（单位）1200多个，"
               "其中示范州（市）5个、示范县（市、区）38个；国家级民族团结进步示范区（单位）171个。全省建成民族团结进步示范村2800个。\n")
    engine = drafted_engine(tmp_path, article, "unity")
    assert figure(engine, "省级民族团结进步示范州市有几个") == "5个"  # 州市 is what is counted, at 省级
    assert figure(engine, "全省国家级民族团结进步示范区有多少个") == "171个"
    assert figure(engine, "全省国家级民族团结进步示范村有多少个") is None  # 171 are 示范区, no 示范村


def test_mothers_giving_birth_are_the_sources_maternal_women(tmp_path: Path) -> None:
    article = "全省妇女儿童\n10月17日\n\n健康。全省孕产妇死亡率下降到12.6/10万，婴儿死亡率下降到4.5‰。\n"
    engine = drafted_engine(tmp_path, article, "mothers")
    assert figure(engine, "生孩子的妈妈死亡率现在是多少") == "12.6/10万"


def test_a_level_of_ownership_and_a_mistyped_share(tmp_path: Path) -> None:
    article = ("全省国资国企\n10月19日\n\n改革。2021年省属企业实现利润总额380亿元。全省累计压减法人户数1260户，"
               "压减比例达到28%。\n\n创新。省属企业拥有国家级企业技术中心15个、高新技术企业168家。\n")
    engine = drafted_engine(tmp_path, article, "soe")
    assert figure(engine, "压减法人户数压减比列是多少") == "28%"  # 比列: 比例 mistyped
    assert figure(engine, "2021年省属企业利润总额是多少") == "380亿元"
    assert figure(engine, "州市属企业利润总额是多少") is None  # owned by the prefectures, not the province


SAFETY = """全省应急管理
10月28日

形势向好。全省生产安全事故起数和死亡人数分别由2012年的4680起、3120人下降到2021年的1260起、1050人，分别下降73.1%和66.3%。2021年森林火灾起数较2012年下降85%。全省关闭取缔非法违法小煤矿500多处。
"""


def test_a_list_named_before_respectively_shares_its_first_words(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, SAFETY, "safety")
    # 生产 is said before the list (起数和死亡人数), not of the other item alone.
    assert figure(engine, "2012年全省生产安全事故死亡人数是多少?") == "3120人"
    assert figure(engine, "2021年生产安全事故死亡人数是多少?") == "1050人"
    assert figure(engine, "2021年全省生产安全事故起数是多少?") == "1260起"


def test_fires_and_mines_as_people_name_them(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, SAFETY, "safety")
    assert figure(engine, "山火跟2012年比少了多少?") == "85%"
    assert figure(engine, "关了多少个黑煤窑?") == "500多处"


MARKET = """全省市场监管
10月20日

主体壮大。全省个体工商户从133万户增长到360万户。全省有效发明专利拥有量达到1.6万件；每万人口高价值发明专利拥有量达到1.2件。

设备安全。全省在用特种设备达到39.8万台，电梯数量由2012年的3.1万台增加到2021年的14.6万台。
"""


def test_what_a_sentence_opens_with_is_said_of_the_figures_after_it_too(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, MARKET, "market")
    assert figure(engine, "全省在用的特种设备有多少台?") == "39.8万台"
    # 停用 is the opposite of 在用, which the elevators' figures are of too.
    assert figure(engine, "全省停用的特种设备有多少台?") is None
    assert figure(engine, "2021年全省电梯有多少部?") == "14.6万台"  # 部 counts machines as 台 does
    assert figure(engine, "开小店的个体户现在有多少户?") == "360万户"


BUDGET = """全省财政
9月30日

全力支持脱贫攻坚。2016年至2020年，全省各级财政投入专项扶贫资金2300亿元，其中省级以上财政专项扶贫资金1470亿元，年均增长35.8%。

防范化解债务风险。全省政府债务率控制在合理区间，累计发行新增政府债券7960亿元，发行再融资债券3200亿元；全省地方政府债务余额1.2万亿元，低于国家核定的限额。
"""


def test_the_growth_of_a_part_after_qizhong_is_asked_by_the_parts_level(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, BUDGET, "budget")
    assert figure(engine, "省级以上财政专项扶贫资金年均增长多少?") == "35.8%"
    assert figure(engine, "县级财政专项扶贫资金有多少?") is None


def test_debt_as_people_say_it(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, BUDGET, "budget")
    assert figure(engine, "政府欠的债现在有多少?") == "1.2万亿元"  # not the bonds issued


LAND = """全省自然资源
10月12日

家底清楚。第三次全国国土调查显示，全省耕地面积8075万亩，林地面积3.75亿亩，草地面积2000万亩。

矿产资源保障能力增强。全省已发现矿产155种，其中探明资源储量的矿产有86种，有25种矿产资源储量居全国前三位。
"""


def test_a_place_inside_a_name_the_sentence_says_is_no_place_asked(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, LAND, "land")
    assert figure(engine, "第三次全国国土调查显示全省林地面积是多少?") == "3.75亿亩"
    assert figure(engine, "全国林地面积是多少?") is None  # the country's, which no source gives
    assert figure(engine, "草场有多大面积?") == "2000万亩"


def test_a_rank_is_asked_by_its_number(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, LAND, "land")
    assert figure(engine, "储量排全国前三的矿产有几种?") == "25种"  # (前三的: 的 opens no noun)
    assert figure(engine, "有多少种矿产资源储量居全国第一位?") is None  # 前三 is no 第一


SUBSIDIES = """全省残疾人事业
11月8日

社会保障更加有力。全省困难残疾人生活补贴和重度残疾人护理补贴两项补贴惠及残疾人96万人，补贴标准由每人每月50元提高到每人每月80元。58万名困难残疾人纳入最低生活保障。

康复服务持续提升。累计为160万人次残疾人提供基本康复服务，残疾儿童康复救助4.8万人次。

体育事业蓬勃发展。在东京残奥会上，我省运动员获得金牌3枚；在第十一届全国残运会上，我省获得金牌42枚。
"""


def test_games_named_in_another_part_of_the_sentence_are_other_games(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, SUBSIDIES, "subsidies")
    assert figure(engine, "东京残奥会咱们云南拿了几块金牌?") == "3枚"  # not the 残运会's 42枚
    assert figure(engine, "全国残运会云南获得多少枚金牌?") == "42枚"


def test_an_opposite_the_sentence_says_and_never_the_word_asked(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, SUBSIDIES, "subsidies")
    assert figure(engine, "重度残疾人护理补贴标准现在是多少?") == "80元"
    assert figure(engine, "轻度残疾人护理补贴标准是多少?") is None  # the sentence says 重度
    assert figure(engine, "成年残疾人康复救助多少人次?") is None  # the sentence says 儿童
    assert figure(engine, "吃低保的困难残疾人有多少?") == "58万名"  # 低保 is 最低生活保障


def test_a_new_generation_is_no_old_one(tmp_path: Path) -> None:
    article = "全省气象\n9月16日\n\n监测提升。全省建成新一代天气雷达12部，雷达监测覆盖率达到85%。\n"
    engine = drafted_engine(tmp_path, article, "weather")
    assert figure(engine, "全省建成新一代天气雷达多少部?") == "12部"
    assert figure(engine, "全省建成旧一代天气雷达多少部?") is None


LEAGUE = """全省共青团
10月9日

志愿服务蓬勃发展。全省实名注册青年志愿者达到420万人。西部计划累计招募志愿者1.1万名，其中服务期满扎根云南的有3200名。
"""


def test_those_of_a_part_are_asked_by_what_they_did(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, LEAGUE, "league")
    # 服务期满: a term of service ended, no service done for them; 扎根云南 says what they did.
    assert figure(engine, "扎根云南的西部计划志愿者有多少名?") == "3200名"
    assert figure(engine, "西部计划累计招募志愿者多少名?") == "1.1万名"
    assert figure(engine, "服务期满离开云南的西部计划志愿者有多少?") is None  # a part, not all of them


def test_a_group_negated_by_a_word_of_its_own_is_the_others(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, LEAGUE, "league")
    assert figure(engine, "全省实名注册青年志愿者有多少?") == "420万人"
    assert figure(engine, "全省非实名注册青年志愿者有多少?") is None


PROSECUTION = """全省检察工作
11月15日

打击犯罪。十年来，全省检察机关共批准逮捕各类犯罪嫌疑人28.6万人。全省起诉毒品犯罪9.8万人，起诉涉黑涉恶犯罪1.2万人，起诉电信网络诈骗犯罪6800人。

公益诉讼。全省检察机关共立案办理公益诉讼案件2.6万件，其中生态环境和资源保护领域1.5万件。对涉罪未成年人不起诉4300人。
"""


def test_kinds_of_crime_involving_one_thing_are_told_apart(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PROSECUTION, "prosecution")
    assert figure(engine, "起诉涉黑涉恶犯罪多少人?") == "1.2万人"
    assert figure(engine, "起诉涉枪犯罪多少人?") is None  # 涉枪, of no figure of the sentence
    assert figure(engine, "起诉涉嘿涉恶犯罪多少人?") == "1.2万人"  # 涉嘿 sounds like 涉黑: a typo


def test_a_field_asked_is_the_parts_and_another_field_is_no_answer(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PROSECUTION, "prosecution")
    # The part's whole counts 案件 too: no other figure's thing.
    assert figure(engine, "公益诉讼里生态环境和资源保护方面的案子有多少件?") == "1.5万件"
    assert figure(engine, "食品药品安全领域公益诉讼案件有多少件?") is None


def test_a_group_the_figure_names_only_negated_is_the_others(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, PROSECUTION, "prosecution")
    assert figure(engine, "对涉罪未成年人不起诉多少人?") == "4300人"
    assert figure(engine, "对涉罪成年人不起诉多少人?") is None  # the figure says 未成年人
    assert figure(engine, "不批准逮捕犯罪嫌疑人多少人?") is None  # 不 before what the figure says



def test_a_question_of_yes_or_no_is_no_negation(tmp_path: Path) -> None:
    article = "全省平安建设\n9月15日\n\n平安云南。群众安全感满意度达到98.05%。\n"
    engine = drafted_engine(tmp_path, article, "safety")
    assert figure(engine, "老百姓觉得安不安全，安全感满意度有多少?") == "98.05%"  # 安不安全: A-不-A


def test_a_whole_names_itself_by_more_than_what_its_parts_count(tmp_path: Path) -> None:
    article = ("全省自然资源\n10月12日\n\n矿产丰富。全省已发现矿产155种，其中探明资源储量的矿产有86种，"
               "有25种矿产资源储量居全国前三位。\n")
    engine = drafted_engine(tmp_path, article, "minerals")
    assert figure(engine, "全省已发现矿产多少种?") == "155种"
    assert figure(engine, "全国已发现矿产多少种?") is None  # not a part's 25种, said with 全国


def test_a_noun_no_source_says_made_of_a_kind_they_say_is_another_kind(tmp_path: Path) -> None:
    article = ("全省广播电视\n10月25日\n\n精品创作。全省累计生产电视剧42部、纪录片860部。"
               "全省网络视听用户达到3600万户。\n")
    engine = drafted_engine(tmp_path, article, "broadcast")
    assert figure(engine, "全省累计生产电视剧多少部?") == "42部"
    assert figure(engine, "全省累计生产网络剧多少部?") is None  # 网络, said of 视听用户: another kind of 剧


def test_a_size_of_business_is_no_other_size(tmp_path: Path) -> None:
    article = ("全省税务\n10月14日\n\n减税降费。全省累计办理增值税留抵退税480亿元，惠及纳税人3.6万户，"
               "其中小微企业占比达到92%。全省A级纳税人达到12.5万户。\n")
    engine = drafted_engine(tmp_path, article, "tax")
    assert figure(engine, "全省A级纳税人有多少户?") == "12.5万户"
    assert figure(engine, "留抵退税惠及小微企业占比是多少?") == "92%"
    assert figure(engine, "留抵退税惠及大中型企业占比是多少?") is None  # 大中型 is no 小微


GROWTH = """全省经济发展
9月20日

结构优化。全省规模以上工业增加值年均增长9.3%。城镇居民人均可支配收入4.05万元。实际利用外资累计达到95亿美元。
"""


def test_income_and_spending_inside_and_outside_capital_sizes_of_industry_are_told_apart(tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, GROWTH, "growth")
    assert figure(engine, "规上工业增加值年均增长多少?") == "9.3%"  # as people shorten it
    assert figure(engine, "全省规模以下工业增加值年均增长多少?") is None
    assert figure(engine, "全省数字经济规模是多少?") is None  # 规模以上 says no size
    assert figure(engine, "城镇居民人均消费支出是多少?") is None  # spending is no income
    assert figure(engine, "实际利用内资累计多少?") is None
