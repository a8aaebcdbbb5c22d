"""Rules on drafted knowledge: bandwidth in 万G (not the 5G of a network), which one is cheapest
asks no figure (5G套餐哪个便宜), mobile phones are no fixed lines, and 占多少 asks a share: 占 is
no part of the thing counted, which may be the whole the clause before names."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

DIGITAL = """全市数字经济
11月10日

基础设施。全市建成5G基站6200个，互联网出省带宽达到1.2万G，固定宽带家庭普及率达到85%，移动电话用户达到830万户。

数字政府。全市政务服务事项网上可办率达到97%，“最多跑一次”事项占比达到93%。

巩固。全市累计识别监测对象4.1万人，已消除风险的占68%。
"""


@pytest.fixture(scope="module")
def digital(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("digital"), DIGITAL, "digital")


def test_bandwidth_in_wan_g() -> None:
    found = find_figures("全市建成5G基站6200个，互联网出省带宽达到1.2万G。")
    assert [(f.text, f.unit) for f in found] == [("6200个", "个"), ("1.2万G", "G")]


def test_which_is_cheapest_asks_no_figure(digital: Engine) -> None:
    assert "asks for no figure" in digital.explain("5G套餐哪个便宜?").reason
    assert figure(digital, "全市建成5G基站多少个?") == "6200个"


def test_mobile_phones_are_no_fixed_lines(digital: Engine) -> None:
    assert figure(digital, "全市移动电话用户有多少户?") == "830万户"
    assert figure(digital, "全市固定电话用户有多少户?") is None


def test_a_share_asked_with_zhan(digital: Engine) -> None:
    assert figure(digital, "网上能办的政务事项占多少?") == "97%"
    assert figure(digital, "已经消除风险的监测对象占多少?") == "68%"
