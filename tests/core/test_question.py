"""Reading a question: the clause that asks, the unit asked for, the constraints it sets."""

from __future__ import annotations

import pytest

from bot.core.question import Analysis, analyse, asked_money, asked_unit, asking_part, asking_parts, parts_of


def test_the_asking_clause_is_found_after_a_backstory() -> None:
    message = "我是曲靖的一名图书管理员,平时很关心公共文化。想问问全省公共图书馆现在有多少个?谢谢!"
    assert asking_part(message) == "想问问全省公共图书馆现在有多少个?"
    assert asking_part("职工驿站有多少个") == "职工驿站有多少个"
    assert asking_part("毛入学率达到了53.03%,原来是多少?") == "毛入学率达到了53.03%,原来是多少?"


@pytest.mark.parametrize(("text", "unit"), [
    ("竞赛的职工参与人次是多少", "人次"), ("新型学徒人数", "人"), ("资助金额是多少", "元"),
    ("多少人次参加", "人次"), ("职工驿站有多少", "多少"), ("法律援助案件的胜诉率是多少", "%"),
    ("女职工占比多少", "%"), ("查出了多少例", "例"), ("就业比例保持在什么水平", "%"), ("蹲点几个月", "月"),
    ("鸟类有多少种", "种"),
    ("女法官有多少个", "人"), ("检察官有几个", "人"), ("器官有多少个", "个"),  # 法官 are people, 器官 are not
])
def test_the_unit_asked_for_may_stand_before_the_question_word(text: str, unit: str) -> None:
    assert asked_unit(text) == unit


def test_constraints_come_from_the_text_they_are_read_from() -> None:
    analysis = analyse("其中女职工第二届有多少人", "其中女职工第2届有多少人", "其中女职工第2届有多少人",
                       places=["曲靖"], time_words=["今年"], qualifiers=["女职工"])
    assert analysis.asked == "人"
    assert analysis.qualifiers == ("女职工", "第2届")
    assert analyse("其中女职工有多少人", "其中女职工有多少人", "其中女职工有多少人", [], [], []).parts == ("女职工",)
    assert analysis.places == ()
    backstory = analyse("问题", "全省有多少个", "全省有多少个", places=["曲靖"], time_words=[], qualifiers=[])
    assert backstory.places == ()


@pytest.mark.parametrize(("text", "when"), [("原来有多少", "before"), ("十年前是多少", "before"),
                                            ("现在有多少", "after"), ("提高到多少", "after"), ("有多少", ""),
                                            ("疫情前旅游收入是多少", "before"), ("城镇化率提高前是多少", "before")])
def test_the_side_of_a_change_asked_about(text: str, when: str) -> None:
    assert analyse(text, text, text, [], [], []).when == when


def test_as_of_years_are_told_from_years_of_events() -> None:
    as_of = analyse("截至2022年有多少", "截至2022年有多少", "截至2022年有多少", [], [], [])
    assert (as_of.years, as_of.as_of) == (("2022",), ("2022",))
    event = analyse("2022年新建多少", "2022年新建多少", "2022年新建多少", [], [], [])
    assert (event.years, event.as_of) == (("2022",), ())


@pytest.mark.parametrize(("text", "parts"), [
    ("法律援助案件里涉及农民工的有多少件", ("农民工",)),
    ("新就业形态会员中外卖骑手有多少人", ("外卖骑手",)),
    ("这里有多少个驿站", ()),
    ("2012年全省普通高中学校有几所", ()),  # 高中 is a word, not 高 + 中
])
def test_a_part_of_a_whole(text: str, parts: tuple[str, ...]) -> None:
    assert analyse(text, text, text, [], [], []).parts == parts


def test_a_short_asking_clause_leans_on_the_one_before() -> None:
    assert asking_part("全国级别的产改试点,云南拿到了几个嘛?") == "全国级别的产改试点,云南拿到了几个嘛?"
    assert asking_part("我在曲靖工作,请问全省职工驿站有多少个?") == "请问全省职工驿站有多少个?"


def test_people_asked_without_a_measure_word() -> None:
    assert asked_unit("有多少职工参与") == "人"
    assert asked_unit("有多少名职工参赛") == "名"
    assert asked_unit("有多少个驿站") == "个"
    assert asked_unit("特殊教育学校有多少在校生") == "人"  # not the schools (68所)
    assert asked_unit("老年大学有多少老师") == "人"
    assert asked_unit("公证员有几个人") == "人"  # 个 of 人: people
    assert asked_unit("一共有多少个人民调解组织") == "个"  # 人民…, not 个人
    assert asked_unit("脱贫的人有多少") == "人"  # …的人: people


def test_when_is_asked_colloquially_and_a_year_answers_it() -> None:
    from bot.core.units import unit_agreement

    assert asked_unit("产改啥时候开始搞的") == "日期"
    assert unit_agreement("日期", "年", is_year=True) == 0.0
    assert unit_agreement("多少", "年", is_year=True) < 0  # a year is no quantity


def test_the_thing_counted_is_a_noun_not_a_phrase_after_a_preposition() -> None:
    def focus(question: str) -> str | None:
        return analyse(question, question, question, (), (), ()).focus

    assert focus("为多少名在扶贫一线牺牲的职工追授了奖章") is None
    assert focus("有多少台饮水机") == "饮水"


def test_how_big_asks_for_a_quantity_which_no_year_is() -> None:
    from bot.core.units import OTHER_KIND, unit_agreement

    assert asked_unit("新增的服务阵地有多大") == "多少"
    assert unit_agreement("多少", "年", is_year=True) == OTHER_KIND


def test_an_area_asked_is_answered_by_an_area_only() -> None:
    from bot.core.params import DEFAULT_PARAMS
    from bot.core.units import OTHER_KIND, unit_agreement

    assert asked_unit("新增的服务阵地面积有多大") == "面积"
    assert asked_unit("核桃种植面积是多少") == "面积"
    for unit in ("亩", "公顷", "平方米", "平方公里"):
        assert unit_agreement("面积", unit) == DEFAULT_PARAMS.unit_bonus
    for unit in ("只", "个", "%", "元"):
        assert unit_agreement("面积", unit) == OTHER_KIND  # 滇金丝猴栖息地面积 is no count of monkeys


def test_a_keyword_search_for_a_share_asks_a_percentage() -> None:
    assert asked_unit("城镇单位女性从业人员占比") == "%"
    assert asked_unit("省人大女代表比例") == "%"
    assert asked_unit("核桃产量") is None


def test_a_rank_is_asked_by_lao_ji_too() -> None:
    assert asked_unit("蓄积量在全国排老几") == "位"


def test_a_part_asked_is_read_from_zhongyou_and_qizhong_but_not_from_words_with_zhong_or_li() -> None:
    assert parts_of("全省铁路运营里程有多少公里") == ()  # 里程 is no 里 of a part
    assert parts_of("中老铁路里程有多少") == ()
    assert parts_of("其中高铁又有多少") == ("高铁",)  # 又 is no part of the name
    assert parts_of("劳模中女职工有多少") == ("女职工",)
    assert parts_of("直过民族里脱贫的人一共有多少") == ("脱贫",)  # 的人 and 一共 are no part of it
    assert parts_of("退役士兵中被安排了工作的有多少名") == ("安排工作",)  # nor the passive's 被 and 了


def test_asking_parts_widen_from_the_asking_clause_and_drop_who_said_it() -> None:
    parts = asking_parts("我是工会干部,同事跟我说工会搞了好多宣讲,十年下来总共搞了多少场")
    assert parts[0] == "十年下来总共搞了多少场"
    assert parts[1] == "工会搞了好多宣讲,十年下来总共搞了多少场"  # the frame 同事跟我说 is gone
    assert parts[-1].startswith("我是工会干部")
    assert asking_parts("职工驿站有多少个") == ["职工驿站有多少个"]
    assert asking_parts("135.7万人说的是什么") == ["135.7万人说的是什么"]  # 说 of a reverse question stays


def test_a_noun_of_people_asks_for_people_even_with_ge() -> None:
    assert asked_unit("法律援助律师有多少个") == "人"
    assert asked_unit("志愿者一共多少") == "人"
    assert asked_unit("技师工作站有几个") == "个"  # a place named after people is no person
    assert asked_unit("或者有多少个") == "个"


def test_a_number_with_a_decimal_point_before_nian_jun_is_no_period() -> None:
    assert analyse("pm2.5年均值", "pm2.5年均值", "pm2.5年均值", [], ["5年", "1年"], []).times == ()
    assert analyse("这5年增加了多少", "这5年增加了多少", "这5年增加了多少", [], ["5年"], []).times == ("5年",)


@pytest.mark.parametrize(("text", "change"), [("比2015年降了多少", True), ("增长了多少", True),
                                              ("降到了多少", False), ("有多少", False)])
def test_a_change_is_asked_by_its_verb_and_how_much(text: str, change: bool) -> None:
    assert analyse(text, text, text, [], [], []).change is change


@pytest.mark.parametrize(("text", "asked"), [("营业收入是多少", "元"), ("产值达到多少", "元"),
                                             ("旅游总收入年均增长多少", "多少"), ("收入增长率是多少", "%"),
                                             ("给企业减了多少税", "元"), ("有多少税务所", "多少")])
def test_an_amount_of_money_is_asked_by_its_noun(text: str, asked: str) -> None:
    assert analyse(text, text, text, [], [], []).asked == asked


def test_gdp_asks_money_and_a_population_asks_people() -> None:
    from bot.core.question import asked_money

    for text in ("民族自治州gdp多少", "民族自治州地区生产总值是多少", "民族自治州地区生产总值2021年"):
        assert asked_money(text, asked_unit(text)) == "元"
    assert asked_unit("少数民族人口有多少") == "人"


def test_zhan_then_how_much_asks_a_share_but_not_inside_a_count() -> None:
    assert asked_unit("生态保护红线占国土面积多少") == "%"
    assert asked_unit("职工驿占新建了多少个") == "个"  # 驿占 is 驿站 mistyped: a count is asked
    assert asked_unit("占地面积有多大") == "面积"
    assert asked_unit("空气好的天数占多少") == "%"  # nothing between 占 and 多少: still a share
    assert asked_unit("占地多少") != "%"


@pytest.mark.parametrize("text", ["报销率能到多少", "能报多少率", "大病保险报销多大比例", "网上能办率",
                                  "达标率到底有多少"])
def test_a_rate_is_asked_around_the_question_word_and_by_a_search_ending_in_it(text: str) -> None:
    assert asked_unit(text) == "%"


def test_the_noun_counted_ends_before_a_modal_verb() -> None:
    assert analyse("报销率能到多少", "报销率能到多少", "报销率能到多少", [], [], []).counted[0] == "报销率"


def test_compared_with_a_time_is_a_change_not_the_earlier_side() -> None:
    asked = analyse("康复机构比10年前多了多少", "康复机构比10年前多了多少", "康复机构比10年前多了多少", [], [], [])
    assert asked.change
    assert asked.when == ""
    assert analyse("10年前有多少", "10年前有多少", "10年前有多少", [], [], []).when == "before"
    assert not analyse("昆明比曲靖多了多少", "昆明比曲靖多了多少", "昆明比曲靖多了多少", [], [], []).change
    more = "仓库比2012年能多装多少粮"
    assert analyse(more, more, more, [], [], []).change


def test_a_clarification_after_the_question_is_read_with_it() -> None:
    assert asking_parts("看病能报多少？我说的是居民医保住院")[0] == "居民医保住院看病能报多少？"
    assert asking_parts("城镇化率原来是多少，也就是2012年的城镇化率?")[0] == "2012年的城镇化率城镇化率原来是多少，"


def test_batches_and_visits_to_places_are_units_asked() -> None:
    assert asked_unit("参加了几批次") == "批次"
    assert asked_unit("检查了多少家次定点机构") == "家次"


def test_a_search_ending_in_a_noun_of_people_asks_people() -> None:
    assert asked_unit("老年大学 学员".replace(" ", "")) == "人"
    assert asked_unit("少先队员有多少") == "人"


def test_a_search_ending_in_shuliang_asks_a_count() -> None:
    assert asked_unit("粮食质量检验机构数量") == "个"


def test_a_time_word_before_the_question_word_is_not_the_thing_counted() -> None:
    def counted(question: str) -> tuple[str, ...]:
        return analyse(question, question, question, (), (), ()).counted

    assert counted("滇金丝猴现在有多少只") == ("滇金丝猴",)
    assert counted("演出观众累计有多少人次") == ("演出观众",)  # 累计 frames the count, it is none of it
    assert counted("全运会金牌有多少枚") == ("全运会金牌",)  # from where its word begins, not 运会金牌


def test_kuai_asks_pieces_unless_money_and_ke_asks_trees() -> None:
    assert asked_unit("拿了多少块金牌") == "块"
    assert asked_unit("一个月多少块钱") != "块"
    assert asked_unit("种了多少棵树") == "棵"


def test_the_base_of_a_multiple_is_no_time_asked() -> None:
    assert analyse("零售总额是十年前的几倍", "零售总额是十年前的几倍", "零售总额是十年前的几倍", (), (), ()).when == ""
    assert analyse("零售总额十年前是多少", "零售总额十年前是多少", "零售总额十年前是多少", (), (), ()).when == "before"


def test_ge_of_a_noun_of_people_counts_people_and_jinian_asks_a_number_of_years() -> None:
    def read(question: str) -> Analysis:
        return analyse(question, question, question, (), (), ())

    assert not read("抓了多少个犯罪嫌疑人").counts_things  # 嫌疑人, the head noun, are people
    assert read("建了多少个职工之家").counts_things
    assert read("连续下降了几年").asked == "年数"  # how many years, not which
    assert read("哪一年开始的").asked == "年"
    assert read("连续下降了几年").counted == ()  # 下降了 is no thing counted


def test_jige_gongzuori_asks_a_duration() -> None:
    assert asked_unit("登记业务压缩到几个工作日以内") == "工作日"  # not 个 of 工作
    assert asked_unit("要多少个工作日") == "工作日"
    assert asked_unit("有几个工作组") == "个"


def test_a_noun_that_ends_as_people_do_after_the_question_word_counts_people() -> None:
    def read(question: str) -> Analysis:
        return analyse(question, question, question, (), (), ())

    assert read("全省有多少律师").counts_people
    assert read("咱云南现在有多少个律师啊").counts_people  # 个 counts people too
    assert not read("全省有多少律师事务所").counts_people  # a thing named after them
    assert not read("建了多少个工作室").counts_people


def test_those_said_to_be_something_are_a_part_asked() -> None:
    assert parts_of("退伍的人里有多少是给安排了工作的") == ("给安排工作",)
    assert parts_of("职工里有多少是女职工") == ()  # nothing said to be, after 是, but the noun
    assert "有多少" not in "".join(parts_of("退伍的人里有多少是党员"))


def test_a_value_asks_money() -> None:
    assert asked_money("调运的救灾物资价值多少", "多少") == "元"


def test_the_end_of_a_year_is_no_thing_counted() -> None:
    analysis = analyse("存款余额是2012年末的几倍", "存款余额是2012年末的几倍", "存款余额是2012年末的几倍", (), (), ())
    assert not any("年末" in w for w in analysis.counted)
