"""Rules on drafted knowledge met in articles on lotteries, farm machines, disease control and
city waste: a clause that opens with its verb is about the doer of the clause before (福利彩票
累计销售…，筹集公益金…); 2型 is a type, no figure; a word that only sorts another noun (销售 of
销售网点) is not what that figure counts; 机播 and 机收 are told apart; a city said alone in its
clause is whose figure it is, even where the sentence lists it by example, and the whole
province asked is not that city."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.question import asked_unit
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

LOTTERIES = """全省彩票事业
11月28日

销量稳步增长。十年来，全省累计销售彩票1380亿元。其中，福利彩票累计销售620亿元，筹集公益金178亿元；体育彩票累计销售760亿元，筹集公益金187亿元。

销售网络覆盖城乡。全省建成彩票销售网点1.6万个，其中福利彩票网点7200个、体育彩票网点8800个。

公益金惠及民生。省本级体育彩票公益金累计投入31亿元，建设全民健身路径2.6万条。
"""


@pytest.fixture(scope="module")
def lotteries(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("lotteries"), LOTTERIES, "lotteries")


def test_a_clause_opening_with_its_verb_is_about_the_doer_before(lotteries: Engine) -> None:
    assert figure(lotteries, "体育彩票的公益金有多少?") == "187亿元"
    assert figure(lotteries, "福利彩票筹了多少公益金") == "178亿元"
    assert figure(lotteries, "省本级体育彩票公益金投入了多少?") == "31亿元"


def test_what_was_sold_is_no_count_of_shops(lotteries: Engine) -> None:
    # 销售 sorts the 网点 there; the question asks what was sold, which the 760亿元 clause counts.
    assert figure(lotteries, "体育彩票总共卖了多少?") in (None, "760亿元")
    assert figure(lotteries, "体育彩票累计销售了多少?") == "760亿元"
    assert figure(lotteries, "体育彩票网点有多少个?") == "8800个"


def test_a_type_is_no_figure() -> None:
    assert [f.text for f in find_figures("2型糖尿病患者规范管理率达到65%")] == ["65%"]
    assert [f.text for f in find_figures("共有2个糖尿病防治中心")] == ["2个"]


def test_some_of_the_people_named_may_be_a_share() -> None:
    assert asked_unit("高血压的人有多少在规范管理") == "多少"
    assert asked_unit("高血压的人有多少") == "人"


def test_words_that_begin_alike_are_told_apart(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省农业机械化\n11月18日\n\n机械化水平提高。全省机耕率达到78%，机播率达到21%，机收率达到33%。"
               "甘蔗机收面积达到15万亩。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("machines"), article, "machines")
    assert figure(engine, "甘蔗机收面积有多大?") == "15万亩"
    assert "机播面积" in ruled_out(engine, "甘蔗机播面积是多少?", "15万亩")


def test_a_city_alone_in_its_clause_is_whose_figure_it_is(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省城乡垃圾治理\n11月22日\n\n垃圾分类。昆明、玉溪等16个州（市）政府所在地城市全面启动生活垃圾分类，"
               "昆明市生活垃圾回收利用率达到36%。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("waste"), article, "waste")
    assert figure(engine, "昆明的生活垃圾回收利用率有多高?") == "36%"
    assert figure(engine, "玉溪的生活垃圾回收利用率是多少?") is None
    assert "whole province" in ruled_out(engine, "全省生活垃圾回收利用率是多少?", "36%")


def test_a_partner_abroad_is_no_part_of_the_province(  # a guard: the rule above keeps to cities
tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省教育开放\n11月20日\n\n对外交流。全省面向东南亚国家招收留学生10.2万人次。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("students"), article, "students")
    assert figure(engine, "全省招收留学生多少人次?") == "10.2万人次"


def test_the_noun_after_a_figure_ends_where_the_deed_starts(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 16个州（市）政府所在地城市全面启动生活垃圾分类: the cities are counted, 全面启动 is what they did.
    article = ("全省城乡垃圾治理\n11月22日\n\n垃圾分类。昆明、玉溪等16个州（市）政府所在地城市全面启动生活垃圾分类。"
               "全省建成乡镇垃圾中转站1280座。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("sorting"), article, "sorting")
    assert figure(engine, "有几个城市启动了垃圾分类?") == "16个"


def test_one_lottery_is_no_other(lotteries: Engine) -> None:
    # The sources say 福利彩票 and 体育彩票; the 31亿元 is the 体育彩票's.
    assert "福利彩票" in ruled_out(lotteries, "省本级福利彩票公益金投入了多少?", "31亿元")
    assert figure(lotteries, "省本级福利彩票公益金投入了多少?") is None


def test_what_went_to_one_of_several_is_no_total(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省福利彩票\n11月28日\n\n公益金惠及民生。十年来，省本级福利彩票公益金累计投入养老服务项目42亿元，"
               "投入儿童福利和残疾人事业资金16亿元。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("welfare"), article, "welfare")
    assert figure(engine, "福利彩票公益金投入养老服务项目多少钱?") == "42亿元"
    assert "one of several" in ruled_out(engine, "省本级福利彩票公益金一共投入了多少?", "42亿元")


def test_the_thing_said_before_where_and_when(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 拖拉机全省现在有多少台: the thing first, then 全省 and 现在; the thing is what is counted.
    article = ("全省农业机械化\n11月18日\n\n装备总量增长。2021年末，全省农机总动力达到2750万千瓦；"
               "拖拉机保有量达到62万台，其中大中型拖拉机8.6万台；联合收割机保有量达到1.2万台。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("tractors"), article, "tractors")
    assert figure(engine, "拖拉机全省现在有多少台呀?") == "62万台"
