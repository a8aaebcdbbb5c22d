"""Rules on drafted knowledge met in articles on medicinal herbs, housing and mining: numeral
characters side by side (三七, the herb) make no number, so 三七种植面积 is no "37 kinds"; 多稍 is
多少 mistyped; the others than a part the sentence names (非建档立卡户) have no figure; items
alike but for what each is of (铜资源量、铅锌资源量) answer no question about another (金资源量)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省中药材产业
11月25日

种植规模。全省中药材种植面积达到900万亩，中药材产量达到120万吨。其中三七种植面积达到48万亩，产量4.6万吨。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("herbs"), ARTICLE, "herbs")


def test_numerals_side_by_side_are_a_name() -> None:
    assert [f.text for f in find_figures("其中三七种植面积达到48万亩")] == ["48万亩"]
    assert [f.text for f in find_figures("推出三十七种新产品")] == ["三十七种"]


def test_the_herb_is_asked_by_its_name(engine: Engine) -> None:
    assert figure(engine, "三七产量") == "4.6万吨"
    assert figure(engine, "三七种植面积是多少?") == "48万亩"
    assert figure(engine, "中药材产量是多稍?") == "120万吨"


def test_the_others_than_a_part_are_no_figure(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省住房保障\n11月26日\n\n危房改造。2013年以来，全省累计完成农村危房改造180万户，其中建档立卡贫困户"
               "危房改造70万户。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("homes"), article, "homes")
    assert figure(engine, "全省农村危房改造了多少户?") == "180万户"
    assert figure(engine, "全省非建档立卡户危房改造了多少户?") is None


def test_another_kind_of_listed_items(tmp_path_factory: pytest.TempPathFactory) -> None:
    article = ("全省矿业\n11月28日\n\n找矿突破。全省新增铜资源量400万吨、铅锌资源量1200万吨、磷矿石资源量10亿吨。\n")
    engine = drafted_engine(tmp_path_factory.mktemp("ores"), article, "ores")
    assert figure(engine, "全省新增铅锌资源量是多少?") == "1200万吨"
    assert figure(engine, "全省新增金资源量多少?") is None
