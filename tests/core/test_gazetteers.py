"""Rules on drafted knowledge: quoted names are part of what the things counted did (入选“中国名镇志”
“中国名村志”文化工程的有23部), and 一等次 is a grade, as 一等奖 is."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

GAZETTEERS = """全省地方志工作
11月2日

志书。全省编纂出版乡镇（街道）志、村志等各类志书1000部，入选“中国名镇志”“中国名村志”文化工程的有20部。

年鉴。十年来累计出版综合年鉴1400部；有15部年鉴获评全国地方志优秀成果（年鉴类）一等次。
"""


@pytest.fixture(scope="module")
def gazetteers(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("gazetteers"), GAZETTEERS, "gazetteers")


def test_quoted_names_are_part_of_the_deed(gazetteers: Engine) -> None:
    by_figure = {f.figure: f for f in gazetteers.kb.facts}
    assert ruled_out(gazetteers, "中国名镇志 中国名村志 入选", "20部") == ""
    assert figure(gazetteers, "中国名镇志 中国名村志 入选") == by_figure["20部"].figure


def test_a_grade_of_merit(gazetteers: Engine) -> None:
    assert "二等" in ruled_out(gazetteers, "获评全国地方志优秀成果二等次的年鉴有几部?", "15部")
    assert figure(gazetteers, "获评全国地方志优秀成果一等次的年鉴有几部?") == "15部"
