"""Derived figures, their refusals and scope-aware declines, on the drafted test article."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.answer import render_text
from bot.core.engine import Engine, match_json
from tests.core.drafted import drafted_engine, figure


def derived(engine: Engine, question: str) -> tuple[str, list[str]]:
    data = match_json(engine.ask(question))
    assert data["answered"], question
    assert data["derived"] is not None, question
    return data["figure"], [engine.fact(i).figure for i in data["derived"]["inputs"]]  # type: ignore[union-attr]


@pytest.mark.parametrize(("question", "figure", "inputs"), [
    ("参加全民健身运动会的群众增长了多少?", "18万人", ["12万人", "30万人"]),
    ("健身步道增加了多少公里", "660公里", ["320公里", "980公里"]),
    ("参加全民健身运动会的群众增长了百分之多少?", "150%", ["12万人", "30万人"]),
    ("国家级运动员和省级运动员一共多少名", "356名", ["46名", "310名"]),
    ("体育场馆和社区健身中心一共建了多少个", "200个", ["120个", "80个"]),
    ("省级运动员比国家级运动员多多少名", "264名", ["310名", "46名"]),
    ("国家级运动员占省级运动员的比例是多少", "约14.8%", ["46名", "310名"]),
])
def test_a_figure_the_article_implies_is_computed_from_its_quoted_inputs(
        sport: Engine, question: str, figure: str, inputs: list[str]) -> None:
    assert derived(sport, question) == (figure, inputs)


def test_the_reply_shows_the_arithmetic_and_marks_each_input_in_its_sentence(sport: Engine) -> None:
    reply = render_text(sport.ask("参加全民健身运动会的群众增长了多少?"), sport.kb)
    assert "18万人" in reply
    assert "30万人 − 12万人 = 18万人" in reply
    assert "从【12万人】增长到【30万人】" in reply
    assert "《全省体育事业稳步发展》" in reply


@pytest.mark.parametrize(("question", "why"), [
    ("参加运动会的群众和累计服务群众一共多少", "单位不同"),  # 人 with 人次
    ("每年投入的公益金和累计投入资金一共多少", "每年"),  # a yearly amount with a ten-year total
])
def test_incomparable_figures_are_never_combined_and_the_reply_says_why(
        sport: Engine, question: str, why: str) -> None:
    match = sport.ask(question)
    data = match_json(match)
    assert not data["answered"]
    assert data["figure"] is None
    assert data["derived"] is None
    assert why in data["refusal"]["reason"]
    assert len(data["refusal"]["inputs"]) == 2
    assert why in render_text(match, sport.kb)


def test_a_change_asked_of_one_side_never_answers_with_that_side(sport: Engine) -> None:
    for question in ("健身步道增长了多少", "健身步道增加了多少公里", "参加运动会的群众增加了多少人"):
        figure = match_json(sport.ask(question))["figure"]
        assert figure not in ("980公里", "320公里", "30万人", "12万人"), question


def test_an_ordinary_question_with_and_is_not_a_sum(sport: Engine) -> None:
    data = match_json(sport.ask("新建体育场馆多少个?"))
    assert data["figure"] == "120个"
    assert data["derived"] is None


@pytest.mark.parametrize(("question", "missing"), [
    ("2020年新建了多少体育场馆", "2020年"),  # a year the article does not break out
    ("曲靖新建了多少体育场馆", "曲靖"),  # a place below the province
    ("省级女运动员有多少名", "女运动员"),  # a sub-group
])
def test_a_scope_the_article_lacks_is_declined_with_what_it_does_give(
        sport: Engine, question: str, missing: str) -> None:
    match = sport.ask(question)
    data = match_json(match)
    assert not data["answered"]
    assert data["figure"] is None
    assert data["nearest"] is not None
    assert missing in data["nearest"]["missing"]
    reply = render_text(match, sport.kb)
    assert f"资料里没有{missing}的数字" in reply
    assert data["nearest"]["figure"] in reply


def test_no_nearest_is_offered_when_nothing_comes_close(sport: Engine) -> None:
    data = match_json(sport.ask("2020年曲靖的房价是多少"))
    assert not data["answered"]
    assert data["nearest"] is None


def test_a_change_of_a_percentage_is_in_points(tmp_path_factory: pytest.TempPathFactory) -> None:
    from bot.core.draft import draft
    from bot.core.draft_files import write

    directory = tmp_path_factory.mktemp("rates")
    article = ("全省教育发展\n9月8日\n\n"
               "普及水平提高。高中阶段毛入学率从69.09%提高到91.24%,大班额比例从42.6%下降到2.1%。\n")
    write(draft(article, "全省教育发展", "9月8日"), directory, "rates", "全省教育发展", "9月8日")
    engine = Engine.load(directory, use_cache=False)
    assert derived(engine, "高中阶段毛入学率提高了多少?")[0] == "22.15个百分点"
    assert derived(engine, "大班额比例下降了多少")[0] == "40.5个百分点"


def test_the_ratio_of_the_two_sides_of_a_change(sport: Engine) -> None:
    assert derived(sport, "健身步道翻了几倍")[0] == "约3.06倍"


def test_a_combination_whose_operands_are_not_found_is_declined_not_answered_with_one(sport: Engine) -> None:
    # 体育明星 is in no sentence: the sum cannot be made, and 120个 alone would be a wrong figure.
    data = match_json(sport.ask("体育场馆和体育明星一共多少个"))
    assert not data["answered"]
    assert data["figure"] is None


def test_items_the_article_names_together_are_one_thing_not_a_sum(engine: Engine) -> None:
    # The seed article: 筹集资金17.5亿元开展帮扶和送温暖活动. 帮扶 alone finds another fact; the
    # two items are one thing to the article, so its figure answers, never a sum of two.
    data = match_json(engine.ask("工会帮扶和送温暖活动一共筹集了多少资金"))
    assert data["derived"] is None
    assert data["figure"] == "17.5亿元"


def test_grew_by_times_is_the_growth_over_the_start_and_times_the_ratio(sport: Engine) -> None:
    # 320 -> 980 公里: grew by 2.06 times the start; is 3.06 times the start.
    assert derived(sport, "健身步道增长了几倍")[0] == "约2.06倍"
    assert derived(sport, "健身步道现在是原来的几倍")[0] == "约3.06倍"


@pytest.mark.parametrize("question", ["省级运动员里除了女运动员还有多少", "全省注册运动员中除了国家级运动员还有多少人"])
def test_the_rest_of_a_whole_is_never_answered_with_the_whole(sport: Engine, question: str) -> None:
    data = match_json(sport.ask(question))
    assert data["figure"] not in ("310名", "5000人")


@pytest.mark.parametrize("question", ["参加全民健身运动会的群众里除了原来的还有多少人?",
                                      "除了国家级运动员，省级运动员和国家级运动员一共还有多少?"])
def test_except_questions_answer_a_difference_or_nothing(sport: Engine, question: str) -> None:
    data = match_json(sport.ask(question))
    assert data["figure"] is None or data["derived"] is not None


@pytest.mark.parametrize("question", ["技能人才里除了高技能人才还有多少人?", "除了高技能人才，技能人才还有多少人?"])
def test_the_rest_of_a_whole_is_the_whole_less_the_part(engine: Engine, question: str) -> None:
    data = match_json(engine.ask(question))
    assert data["figure"] == "292.3万人"
    assert data["derived"]["formula"] == "428万人 − 135.7万人 = 292.3万人"


@pytest.mark.parametrize("question", ["国家级运动员和省级运动员哪个多?多多少?", "国家级运动员和省级运动员相差多少名"])
def test_which_is_more_and_by_how_much(sport: Engine, question: str) -> None:
    assert derived(sport, question) == ("264名", ["46名", "310名"])


def test_a_part_and_its_whole_are_never_added(engine: Engine) -> None:
    # 技能人才总量达到428万人,其中,高技能人才135.7万人: the second is inside the first.
    data = match_json(engine.ask("技能人才和高技能人才一共多少?"))
    assert data["figure"] is None
    assert "一部分" in data["refusal"]["reason"]
    assert match_json(engine.ask("高技能人才占技能人才的比例"))["figure"] == "约31.7%"  # a share is fine


def test_a_level_is_no_answer_to_how_much_it_grew_but_a_stated_change_is(tmp_path: Path) -> None:
    article = ("居民收入\n9月15日\n\n收入增长。农村居民人均可支配收入达到1.46万元。"
               "学前三年毛入园率提高了41.28个百分点。\n")
    engine = drafted_engine(tmp_path, article, "income")
    assert figure(engine, "农村居民人均可支配收入达到多少") == "1.46万元"
    assert figure(engine, "农村居民人均可支配收入增长了多少") is None  # the article gives no change
    assert figure(engine, "学前三年毛入园率提高了多少") == "41.28个百分点"


def test_a_change_the_article_states_is_quoted_not_computed(tmp_path: Path) -> None:
    article = ("全省学前教育\n9月8日\n\n学前教育。全省毛入园率从2012年的51.2%提高到2021年的89.7%,"
               "提高了38.5个百分点。全省幼儿园从3100所增加到6200所。\n")
    engine = drafted_engine(tmp_path, article, "preschool")
    stated = engine.ask("毛入园率提高了多少个百分点")
    assert stated.derived is None
    assert stated.best is not None
    assert stated.best.figure == "38.5个百分点"
    computed = engine.ask("幼儿园增加了多少所")  # no change printed: computed from the pair
    assert computed.derived is not None
    assert computed.derived.figure == "3100所"


def test_an_annual_rate_is_quoted_never_computed_from_two_levels(tmp_path: Path) -> None:
    article = ("全省经济\n9月6日\n\n经济总量。全省地区生产总值由2012年的1.03万亿元增加到2021年的2.71万亿元,"
               "年均增长8.5%。人均地区生产总值从2012年的2.2万元提高到2021年的5.77万元。\n")
    engine = drafted_engine(tmp_path, article, "economy")
    rate = engine.ask("地区生产总值年均增长多少")
    assert rate.derived is None
    assert rate.best is not None
    assert rate.best.figure == "8.5%"
    assert engine.ask("人均地区生产总值年均增长多少").derived is None  # no rate printed: none computed


def test_zhanyou_counts_what_is_had_no_share(tmp_path: Path) -> None:
    # 工作占有多少个: 站 mistyped by its sound, then 有; no share of one thing in another.
    article = "全省科协\n9月15日\n\n服务创新。十年来，全省建成院士专家工作站620个，引进院士260名。\n"
    engine = drafted_engine(tmp_path, article, "science")
    assert figure(engine, "院士专家工作占有多少个?") == "620个"
