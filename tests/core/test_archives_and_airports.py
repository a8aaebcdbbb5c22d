"""Rules on drafted knowledge: 盘 is a measure word, one character in brackets is another reading
of the word before it (数字档案馆（室）, 1260万卷（件）), a part said in the clause after its whole
(129个…档案馆中，达到国家标准的有121个), whether a thing is easy to do asks no figure, a typo
of 增加, the sounds of a word the sources say through a synonym (航空公思 of 航空公司, read 企业),
国内 asked of a figure whose part is 国际, a yearly measure named in the clause before its figure,
and a word inside a name the question says without it (长水国际机场, asked 长水机场)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

ARCHIVES = """全省档案工作
10月12日

档案资源。截至2021年底，全省各级综合档案馆馆藏档案达到1150万卷（件）；录音录像档案1.6万盘。全省开放档案达到350万卷（件），比2012年增加1.8倍。

信息化。全省建成数字档案馆（室）210个，其中国家级示范数字档案馆5个。

设施。全省129个县级综合档案馆中，达到国家标准的有118个，占91.5%。
"""

AIRPORTS = """全省民航工作
10月13日

航线。截至2021年底，全省共开通航线560条，其中国际和地区航线82条。在云南运营的航空公司达到48家，其中基地航空公司8家。

运输。2019年，全省机场完成旅客吞吐量6900万人次。昆明长水国际机场旅客吞吐量连续多年位居全国第六，2019年达到4500万人次。
"""


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("archives"), ARCHIVES, "archives")


@pytest.fixture(scope="module")
def airports(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("airports"), AIRPORTS, "airports")


def test_reels_are_a_measure_word(archives: Engine) -> None:
    assert [(f.text, f.unit) for f in find_figures("录音录像档案1.6万盘。")] == [("1.6万盘", "盘")]
    assert figure(archives, "录音录像档案有多少盘?") == "1.6万盘"


def test_a_character_in_brackets_is_another_reading_and_no_part_of_the_keyword(archives: Engine) -> None:
    by_figure = {f.figure: f for f in archives.kb.facts}
    assert "数字档案馆" in by_figure["210个"].keywords
    assert not any(k.endswith("件") for k in by_figure["1150万卷"].keywords)
    assert figure(archives, "数字档案馆 数量") == "210个"


def test_a_part_said_in_the_clause_after_its_whole(archives: Engine) -> None:
    by_figure = {f.figure: f for f in archives.kb.facts}
    assert any("县级综合档案馆" in k for k in by_figure["118个"].keywords)
    assert figure(archives, "县级综合档案馆达到国家标准的有几个?") == "118个"


def test_whether_a_thing_is_easy_to_do_asks_no_figure(archives: Engine) -> None:
    assert archives.explain("档案学专业好就业吗?").reason.startswith("asks for no figure")
    assert archives.explain("档案馆难进吗").reason.startswith("asks for no figure")
    assert figure(archives, "县级综合档案馆达到国家标准的有几个?") is not None  # (no 吗: a figure)


def test_a_typo_of_increase_asks_the_increase(archives: Engine) -> None:
    assert figure(archives, "全省开放档案比2012年增家了多少?") == "1.8倍"


def test_a_typo_sounding_like_a_word_the_sources_say_through_a_synonym(airports: Engine) -> None:
    # 公司 is read 企业 on both sides; the typo 公思 is heard as the 公司 the sentence says.
    assert figure(airports, "在云南运营的航空公思有多少家?") == "48家"


def test_domestic_asked_of_a_whole_whose_part_is_international(airports: Engine) -> None:
    # (The whole counts both; the sentence says 国际 and never 国内.)
    assert "国际" in ruled_out(airports, "全省国内航线有多少条?", "560条")
    assert figure(airports, "全省共开通航线多少条?") == "560条"


def test_a_yearly_measure_named_before_its_figures_clause_answers_a_year(airports: Engine) -> None:
    # 旅客吞吐量 is yearly by nature; 国际 is inside the airport's name, which 长水机场 says.
    assert figure(airports, "长水机场一年能走多少旅客?") == "4500万人次"
