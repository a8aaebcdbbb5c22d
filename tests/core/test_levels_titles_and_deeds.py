"""Rules on drafted knowledge: levels written with their units in brackets, a national title
asked as the whole country, what things counted did after a noun joined by 和, a part said by 是,
a span asked by its unit, and questions of choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

LEGAL_SERVICES = """全省司法行政
9月27日

公共法律服务。全省建成县级公共法律服务中心129个、乡镇（街道）公共法律服务工作站1440个、村（社区）公共法律服务工作室1.4万个。全省共有执业律师1.2万人；律师事务所1080家。

法治创建。全省创建全国民主法治示范村136个，省级民主法治示范村1265个。

优抚保障。为8.3万户退役军人和其他优抚对象家庭悬挂光荣牌。成品粮油储备满足城市居民15天以上的消费需求。全省累计建成5G基站4.6万个。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("legal"), LEGAL_SERVICES, "legal")


def test_a_level_written_with_its_units_in_brackets_is_the_level_asked(engine: Engine) -> None:
    assert figure(engine, "村级公共法律服务工作室 数量") == "1.4万个"  # 村（社区）
    assert figure(engine, "乡镇级的公共法律服务工作站有多少个?") == "1440个"  # 乡镇（街道）
    assert figure(engine, "县级公共法律服务中心有多少个?") == "129个"


def test_the_whole_country_asked_is_no_national_title(engine: Engine) -> None:
    assert figure(engine, "全国一共有多少个民主法治示范村?") is None
    assert figure(engine, "全省有多少个全国民主法治示范村?") == "136个"


def test_what_things_joined_by_he_did_keys_their_figure(engine: Engine) -> None:
    assert figure(engine, "给多少户人家挂了光荣牌?") == "8.3万户"


def test_a_span_asked_by_its_unit_is_the_bound_said(engine: Engine) -> None:
    assert figure(engine, "储备的成品粮油够吃几天?") == "15天"


def test_a_question_of_which_is_better_asks_no_figure(engine: Engine) -> None:
    assert figure(engine, "5G基站哪个牌子好?") is None
    assert figure(engine, "建5G基站用哪家好?") is None
    assert figure(engine, "全省建成5G基站多少个?") == "4.6万个"


def test_the_people_said_to_be_something_are_a_part(tmp_path: Path) -> None:
    article = ("退役军人\n9月21日\n\n安置。2018年以来，全省共接收安置退役军人6.8万人，其中安排工作的3200人，"
               "安置率达100%。\n")
    engine = drafted_engine(tmp_path, article, "veterans")
    assert figure(engine, "安置的退役军人里有多少是给安排了工作的?") == "3200人"
    assert figure(engine, "2018年以来接收安置退伍军人多少人?") == "6.8万人"


EARTHQUAKES = """全省防震减灾
9月22日

监测预警。全省地震监测台站达到1260个，地震自动速报时间缩短至2分钟以内。

科普宣传。全省建成国家级防震减灾科普教育基地12个、省级科普教育基地86个，建成地震安全示范社区420个。十年来，全省建成院士专家工作站620个，引进院士260名。为8.3万户退役军人家庭悬挂光荣牌。
"""


@pytest.fixture(scope="module")
def quakes(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("quakes"), EARTHQUAKES, "quakes")


def test_a_list_item_that_swaps_the_level_means_the_words_it_leaves_out(quakes: Engine) -> None:
    assert figure(quakes, "省级防震减灾科普教育基地有多少个?") == "86个"
    assert figure(quakes, "国家级防震减灾科普教育基地有多少个?") == "12个"


def test_time_taken_asks_a_duration(quakes: Engine) -> None:
    assert figure(quakes, "地震速报用时压缩到多少?") == "2分钟"


def test_a_thing_counted_before_the_question_word_that_the_sentence_never_names(quakes: Engine) -> None:
    assert figure(quakes, "全省建成地震安全示范社区多少个?") == "420个"
    assert figure(quakes, "全省建成地震安全示范村多少个?") is None  # 示范, never 示范村
    assert figure(quakes, "全省有多少座光荣院?") is None  # tagged as a name, still a thing


def test_people_brought_in_are_not_all_there_are(quakes: Engine) -> None:
    assert figure(quakes, "引进院士多少名?") == "260名"
    assert figure(quakes, "全省有多少名两院院士?") is None
    assert figure(quakes, "全省有多少名院士?") is None  # those brought in are some of them


AUDIT = """全省审计工作
10月10日

审计监督。十年来，全省各级审计机关共审计单位3.6万个，查出主要问题金额4800亿元，促进增收节支和挽回损失1260亿元。全省累计对1.1万名领导干部开展经济责任审计，其中厅级领导干部420名。

民生资金审计。十年来，全省审计扶贫资金1850亿元，推动整改问题资金96亿元；审计社会保障资金3200亿元，追回违规发放资金4.3亿元。
"""


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("audit"), AUDIT, "audit")


def test_an_amount_asked_is_how_the_thing_is_measured_no_thing_of_another_figure(audit: Engine) -> None:
    assert figure(audit, "促进增收节支和挽回损失金额是多少?") == "1260亿元"  # not 问题金额's


def test_a_kind_shortened_to_the_first_characters_of_its_words_is_no_other_kind(audit: Engine) -> None:
    assert figure(audit, "审计的社保资金有多少?") == "3200亿元"  # 社会保障


def test_a_rank_of_officials_asked_is_a_part_the_figure_does_not_give(audit: Engine) -> None:
    assert figure(audit, "全省厅级领导干部经济责任审计多少名?") == "420名"
    assert figure(audit, "全省处级领导干部经济责任审计多少名?") is None


def test_an_item_the_sentence_lists_is_not_measured_by_another_items_figure(tmp_path: Path) -> None:
    article = ("全省药品监管\n10月19日\n\n监管能力。十年来，全省累计抽检药品、医疗器械、化妆品样品9.8万批次，"
               "药品抽检合格率稳定在98%以上。\n\n中药材。全省中药材种植面积达到900万亩，三七、灯盏花等中药材产量"
               "占全国的90%以上。\n")
    engine = drafted_engine(tmp_path, article, "drugs")
    assert figure(engine, "药品抽检合格率是多少?") == "98%以上"
    assert figure(engine, "医疗器械抽检合格率是多少?") is None
    assert figure(engine, "全省中药材种植面积有多少亩?") == "900万亩"
    assert figure(engine, "全省三七种植面积有多少亩?") is None


def test_listed_abroad_is_the_opposite_of_listed_at_home(tmp_path: Path) -> None:
    article = "全省金融工作\n9月28日\n\n资本市场。全省境内上市公司由2012年的28家增加到2021年的41家。\n"
    engine = drafted_engine(tmp_path, article, "finance")
    assert figure(engine, "2021年全省境内上市公司有多少家?") == "41家"
    assert figure(engine, "全省境外上市公司有多少家?") is None


def test_international_or_same_city_parcels_are_some_of_them(tmp_path: Path) -> None:
    article = "全省邮政业\n10月12日\n\n行业规模。全省快递业务量由2012年的0.3亿件增长到2021年的6.5亿件。\n"
    engine = drafted_engine(tmp_path, article, "post")
    assert figure(engine, "2021年全省快递业务量是多少?") == "6.5亿件"
    assert figure(engine, "全省国际快递业务量是多少?") is None
    assert figure(engine, "2021年全省同城快递业务量是多少?") is None
