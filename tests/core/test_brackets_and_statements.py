"""Rules on drafted knowledge: a level written with its units in brackets and 、 (示范县（市、区）)
is part of the noun a figure counts, and a word said only in a later statement of the sentence
(…普及率达到90%；农村地区…) is no word of the figure before it."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

UNITY = """全省民族工作
10月1日

示范。全省共命名省级民族团结进步示范区（单位）1000多个，其中示范州（市）5个、示范县（市、区）30个；国家级民族团结进步示范区（单位）150个。

支付。全省移动支付普及率达到90%；农村地区银行卡人均持卡量达到4张。
"""


@pytest.fixture(scope="module")
def unity(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("unity"), UNITY, "unity")


def test_a_level_with_its_units_in_brackets_is_part_of_the_noun(unity: Engine) -> None:
    assert "示范县" in ruled_out(unity, "全省国家级示范县有多少个?", "150个")
    assert figure(unity, "全省国家级示范县有多少个?") is None
    assert figure(unity, "省级示范县有多少个?") == "30个"


def test_a_word_of_a_later_statement_is_not_the_figures(unity: Engine) -> None:
    assert "农村" in ruled_out(unity, "农村移动支付普及率是多少?", "90%")
    assert figure(unity, "全省移动支付普及率是多少?") == "90%"
