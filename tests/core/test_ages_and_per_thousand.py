"""Rules on drafted knowledge: an age bound is the figure's own clause's (60岁及以上…，其中80岁及
以上…), so many per thousand people said 每千名 or asked 一千个老人能…, a bound that names a kind
(80岁及以上老年人) counts no one, and which one to pick (哪家养老院最好) asks no figure."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

ELDERLY = """全省老龄工作
10月25日

人口。截至2021年底，全省60岁及以上老年人口达到700万人；其中80岁及以上高龄老人90万人。

床位。全省建成养老机构1500家，养老床位达到20万张，每千名老年人拥有养老床位30张。

津贴。全省为80岁及以上老年人发放高龄津贴，惠及85万人。
"""


@pytest.fixture(scope="module")
def elderly(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("elderly"), ELDERLY, "elderly")


def test_an_age_bound_is_the_clauses_own(elderly: Engine) -> None:
    assert "80岁" in ruled_out(elderly, "八十岁以上的老人有多少?", "700万人")
    assert ruled_out(elderly, "八十岁以上的老人有多少?", "90万人") == ""


def test_so_many_per_thousand_people(elderly: Engine) -> None:
    assert figure(elderly, "每千名老年人拥有养老床位多少张?") == "30张"
    assert "per so many people" in ruled_out(elderly, "一千个老人能摊上几张养老床位?", "20万张")
    assert figure(elderly, "一千个老人能摊上几张养老床位?") == "30张"


def test_a_bound_that_names_a_kind_counts_no_one(elderly: Engine) -> None:
    assert "another figure" not in ruled_out(elderly, "领高龄津贴的老年人有多少?", "85万人")


def test_which_one_to_pick_asks_no_figure(elderly: Engine) -> None:
    assert figure(elderly, "哪家养老院最好?") is None
    assert figure(elderly, "全省有多少家养老机构?") == "1500家"
