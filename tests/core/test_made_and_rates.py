"""Rules on drafted knowledge met in articles on sugar and mothers' health: 产多少糖 asks the
amount made as the sources say it (产糖量), a yearly amount, which 一年 does not rule out; births
in hospital are 住院分娩; a rate said per so many people (每万人112例) is one figure, and answers a
question that names its rate."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省糖业和妇幼健康
11月18日

产糖。2021/2022榨季，全省产糖量达到190万吨。全省粮食产量达到1900万吨。

妇幼健康。全省住院分娩率达到99.6%。全省建成产前诊断机构15个，出生缺陷发生率下降到每万人105例。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("made"), ARTICLE, "made")


def test_how_much_is_made_asks_the_amount_made(engine: Engine) -> None:
    assert figure(engine, "云南一年能产多少糖?") == "190万吨"
    assert figure(engine, "全省一年产了多少粮食?") == "1900万吨"


def test_births_in_hospital(engine: Engine) -> None:
    assert figure(engine, "现在在医院生孩子的比例有多高?") == "99.6%"


def test_a_rate_per_so_many_people_is_one_figure(engine: Engine) -> None:
    assert figure(engine, "出生缺陷发生率") == "每万人105例"
    assert figure(engine, "全省出生缺陷发生率降到了多少?") == "每万人105例"
    assert figure(engine, "每万人105例是什么?") == "每万人105例"
    assert figure(engine, "全省有多少例出生缺陷?") is None


def test_a_season_of_two_years_is_when(engine: Engine) -> None:
    assert "2022" not in [f.figure for f in engine.kb.facts]
    assert "2021/2022" in [f.figure for f in engine.kb.facts if f.unit == "日期"]


def test_farmers_named_by_their_crop(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = "全省蔗糖产业\n11月14日\n\n蔗农增收。全省涉及甘蔗种植的农户有110万户、蔗农460多万人。\n"
    engine = drafted_engine(tmp_path_factory.mktemp("farmers"), article, "farmers")
    assert figure(engine, "种甘蔗的农民有多少人?") == "460多万人"


def test_a_volume_of_business_is_yearly(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省现代物流\n11月16日\n\n物流规模。全省社会物流总额达到3.6万亿元。全省建成物流园区50个。\n\n"
               "市场主体。全省快递业务量达到5.8亿件，是2012年的11倍。全省冷藏车保有量达到3000辆。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("parcels"), article, "parcels")
    assert figure(engine, "一年的快递业务量有多少?") == "5.8亿件"


def test_benefit_reaching_is_benefit_received(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省城市管理\n11月23日\n\n城市更新。十年来，全省累计改造城镇老旧小区5000个，惠及居民60万户；"
               "新增停车泊位35万个，建成口袋公园700个。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("estates"), article, "estates")
    assert figure(engine, "城镇老旧小区改造受益的居民有多少户?") == "60万户"
