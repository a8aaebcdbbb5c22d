"""Rules on drafted knowledge: users counted by 个 are people asked (注册用户达到8.3万个, asked 有多少人
注册了)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

MAPS = """全省测绘工作
11月8日

服务。“天地图·云南”上线运行，累计提供地图服务调用10亿次，注册用户达到8万个。
"""


@pytest.fixture(scope="module")
def maps(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("maps"), MAPS, "maps")


def test_users_counted_by_ge_are_people(maps: Engine) -> None:
    assert figure(maps, "天地图云南有多少人注册了?") == "8万个"
    assert figure(maps, "天地图云南注册用户有多少个?") == "8万个"
