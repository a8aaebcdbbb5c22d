"""Rules on drafted knowledge: a schooling bound asked (研究生以上) is another than the clause's
(本科以上), and the opposites 强制/自愿 and 民警/辅警."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

PRISONS = """全市监狱戒毒工作
8月26日

戒毒。全市共有强制隔离戒毒所3个，十年来累计收治戒毒人员2.4万人次。

队伍。全市监狱戒毒系统共有民警2100名，其中本科以上学历的占81%。
"""


@pytest.fixture(scope="module")
def prisons(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("prisons"), PRISONS, "prisons")


def test_another_schooling_bound(prisons: Engine) -> None:
    assert figure(prisons, "本科以上学历的民警占多少?") == "81%"
    assert "研究生以上" in ruled_out(prisons, "研究生以上学历的民警占多少?", "81%")


def test_compulsory_is_no_voluntary(prisons: Engine) -> None:
    assert figure(prisons, "全市强制隔离戒毒所有几个?") == "3个"
    assert figure(prisons, "全市自愿戒毒所有多少个?") is None


def test_auxiliary_police_are_no_police(prisons: Engine) -> None:
    assert figure(prisons, "全市监狱戒毒系统民警有多少名?") == "2100名"
    assert figure(prisons, "全市监狱戒毒系统辅警有多少名?") is None
