"""Rules on drafted knowledge met in an article on charities: how all of a kind are counted
(依法登记认定的慈善组织) names no part of them, so the plain question asks that figure and not its
part (其中具有公开募捐资格的); 单 counts trusts; a question about how long (服务时长) takes no
count of people."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省慈善事业
11月20日

慈善力量。全省依法登记认定的慈善组织达到286家，其中具有公开募捐资格的慈善组织59家。全省备案慈善信托19单，信托财产规模1.5亿元。全省注册志愿者达到690万人。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("charities"), ARTICLE, "charities")


def test_how_all_are_counted_names_no_part(engine: Engine) -> None:
    assert figure(engine, "慈善组织有多少家?") == "286家"
    assert figure(engine, "具有公开募捐资格的慈善组织有多少家?") == "59家"


def test_trusts_are_counted_by_dan(engine: Engine) -> None:
    assert figure(engine, "全省备案慈善信托多少单?") == "19单"


def test_how_long_takes_no_count_of_people(engine: Engine) -> None:
    assert figure(engine, "全省注册志愿者服务时长是多少?") is None
    assert figure(engine, "全省注册志愿者有多少人?") == "690万人"
