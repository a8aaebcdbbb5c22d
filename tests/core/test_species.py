"""Rules on drafted knowledge: what or where asked (吃什么, 去哪里) asks no figure; a kind named by
negating another (无脊椎动物) is not that other; 动物/植物 are opposites; a thing the sources name
in full elsewhere (自然保护地面积) is asked when only its end (面积) is this figure's."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

SPECIES = """全市生物多样性
10月13日

物种。全市已知脊椎动物873种。滇金丝猴种群数量由500只增加到900只以上。

保护地。全市自然保护地面积占全市国土面积的12.1%。全市生态保护红线面积1.2万平方公里。全市建成极小种群野生植物保护小区17个。
"""


@pytest.fixture(scope="module")
def species(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("species"), SPECIES, "species")


def test_what_or_where_asks_no_figure(species: Engine) -> None:
    assert figure(species, "滇金丝猴现在有多少只?") == "900只以上"
    assert figure(species, "滇金丝猴吃什么?") is None
    assert figure(species, "去哪里能看到滇金丝猴?") is None


def test_a_negated_kind_is_the_rest(species: Engine) -> None:
    assert figure(species, "全市已知脊椎动物有多少种?") == "873种"
    assert "无脊椎动物" in ruled_out(species, "全市已知无脊椎动物有多少种?", "873种")


def test_animals_are_no_plants(species: Engine) -> None:
    assert figure(species, "全市建成极小种群野生植物保护小区多少个?") == "17个"
    assert figure(species, "全市建成极小种群野生动物保护小区多少个?") is None


def test_a_thing_named_in_full_elsewhere(species: Engine) -> None:
    assert figure(species, "全市生态保护红线面积是多少?") == "1.2万平方公里"
    assert "保护地面积" in ruled_out(species, "自然保护地面积是多少平方公里?", "1.2万平方公里")
