"""Rules on drafted knowledge: 全国 inside an event's name (第七次全国人口普查) is no place asked,
a census named by its number (七普), a bound written with 及 (本科及以上), a part named by a list
(其中查处统计造假、弄虚作假案件), a share in tenths (六成), a currency asked (多少美元), a figure of the
province asked of the country, and one item of a list asked alone (学校、医院等公益项目)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure

CENSUS = """全省统计工作
10月9日

普查。第七次全国人口普查数据显示，全省常住人口4500.2万人，与2010年第六次全国人口普查相比增加98.6万人，年平均增长0.21%；全省城镇人口2210.4万人，占常住人口的49.1%。

执法。十年来，全省共开展统计执法检查5200余次，立案查处统计违法案件1180件，其中查处统计造假、弄虚作假案件365件，公开曝光典型案例72个，对215名责任人进行了处理。

服务。十年来，全省统计系统开展专题调研分析9800篇，其中获省领导批示的达1540篇。“全省统计”微信公众号关注人数达到38万人，年发布信息1300余条。2021年，全省统计系统发布统计数据信息2.8万条。

队伍。全省统计系统共有干部职工4600余人，其中具有大学本科及以上学历的占83%。
"""

DIASPORA = """全省侨务工作
10月10日

侨务资源。云南是全国重点侨乡之一，目前全省有归侨侨眷约55万人。

侨资。十年来，全省累计引进侨资项目2100余个，实际利用侨资170亿美元，占全省实际利用外资的六成以上。华侨农场职工人均年收入由2012年的6500元增加到2021年的1.58万元。

公益。十年来，海外侨胞捐建学校、医院等公益项目980余个。
"""


@pytest.fixture(scope="module")
def census(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("census"), CENSUS, "census")


@pytest.fixture(scope="module")
def diaspora(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("diaspora"), DIASPORA, "diaspora")


def test_the_country_inside_an_events_name_is_no_place_asked(census: Engine) -> None:
    assert figure(census, "第七次全国人口普查时全省常住人口是多少?") == "4500.2万人"
    assert figure(census, "全国常住人口是多少?") is None


def test_a_census_named_by_its_number(census: Engine) -> None:
    assert figure(census, "跟六普比，人口多了多少?") == "98.6万人"
    # (A comparison whose side names the home region: 云南人口 is said 全省常住人口.)
    assert figure(census, "跟六普比，云南人口多了多少?") == "98.6万人"
    assert figure(census, "七普的时候全省常住人口多少?") == "4500.2万人"


def test_a_word_the_sentence_opens_with_is_no_level_of_another_figure(census: Engine) -> None:
    # 第七次…普查 opens the sentence, of every figure after it; 城镇 is this figure's own word.
    assert figure(census, "第七次人口普查显示全省城镇人口有多少?") == "2210.4万人"


def test_a_common_typo_of_growth_asks_growth(census: Engine) -> None:
    normalize = census.matcher.normalizer.normalize
    assert normalize("年平均增涨多少") == normalize("年平均增长多少")
    assert figure(census, "全省常住人口年平均增涨多少?") == "0.21%"


def test_a_bound_written_with_ji_is_the_bound_asked(census: Engine) -> None:
    # (以上学历 holds 上学, a synonym of 入学: the bound must stay whole when normalised.)
    assert figure(census, "统计系统本科以上学历的占多少?") == "83%"
    assert figure(census, "搞统计的人里头本科以上的占多少?") == "83%"


def test_a_part_named_by_a_list_is_asked_by_one_of_its_items(census: Engine) -> None:
    assert figure(census, "这些年查处了多少起统计造假的?") == "365件"
    assert figure(census, "十年来全省立案查处统计违法案件多少件?") == "1180件"


def test_what_the_cases_were_about_is_no_kind_of_another_figure(census: Engine) -> None:
    # 统计违法案件 is no kind of 典型案例: 违法 says what the cases exposed were about.
    assert figure(census, "被公开通报的统计违法典型案例有几个?") == "72个"


def test_a_part_asked_by_what_it_did_is_no_whole(census: Engine) -> None:
    assert figure(census, "获省领导批示的调研分析有多少篇?") == "1540篇"


def test_a_release_said_per_year_answers_a_year(census: Engine) -> None:
    assert figure(census, "公众号一年发布多少条信息?") == "1300余条"
    # 数据 is what another sentence's figure counts (of one year, 2021年): no answer to 一年.
    assert figure(census, "统计局一年发多少条数据?") is None


def test_a_share_in_tenths_is_a_figure() -> None:
    found = [(f.text, f.unit) for f in find_figures("实际利用侨资170亿美元，占全省实际利用外资的六成以上。")]
    assert ("六成", "成") in found
    assert [f.text for f in find_figures("近九成的企业已接入")] == ["九成"]
    for words in ("制度一成不变", "建成了九成新的校舍"):
        assert not any(f.unit == "成" for f in find_figures(words)), words


def test_a_share_in_tenths_answers_a_share_asked(diaspora: Engine) -> None:
    assert figure(diaspora, "侨资占全省利用外资的比重有多大?") == "六成以上"


def test_a_currency_asked_is_not_answered_in_yuan(diaspora: Engine) -> None:
    assert figure(diaspora, "2021年华侨农场职工人均年收入是多少美元?") is None
    assert figure(diaspora, "2021年华侨农场职工人均年收入是多少?") == "1.58万元"
    assert figure(diaspora, "十年来实际利用侨资多少钱?") == "170亿美元"


def test_the_country_asked_of_a_figure_of_the_province(diaspora: Engine) -> None:
    # The sentence says 全国 (全国重点侨乡), but the figure's own clause is the province's.
    assert figure(diaspora, "全国归侨侨眷有多少?") is None
    assert figure(diaspora, "全省有多少归侨侨眷?") == "55万人"


def test_one_item_of_a_list_asked_alone(diaspora: Engine) -> None:
    assert figure(diaspora, "海外侨胞捐建了多少所医院?") is None
    # (The first item heads the list: 学校、医院等 is named by 学校.)
    assert figure(diaspora, "海外侨胞捐建了多少个学校?") == "980余个"
    assert figure(diaspora, "侨胞捐建的学校医院等公益项目有多少个?") == "980余个"
