"""Rules on drafted knowledge: boxes and piculs are measure words, a field the sentence's subject
names is the field asked, 全省 asks no change and narrows no noun, and a measure said per year by
its verb (年收购)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

TOBACCO = """全省烟草工作
10月18日

烟叶生产。全省烟叶种植面积稳定在560万亩左右，年收购烟叶1700万担左右。

卷烟销售。2021年，全省烟草行业实现工商税利610亿元，比2012年增长19%。2021年全省卷烟销量达到700万箱，出口卷烟11万箱。

行业在乡村振兴中积极作为。十年来，全省烟草行业累计投入帮扶资金40亿元，实施帮扶项目2500个，定点帮扶的6个县全部脱贫摘帽。
"""


@pytest.fixture(scope="module")
def tobacco(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("tobacco"), TOBACCO, "tobacco")


def test_boxes_and_piculs_are_measure_words(tobacco: Engine) -> None:
    assert figure(tobacco, "2021年全省卷烟销量是多少?") == "700万箱"
    assert figure(tobacco, "一年出口卷烟多少箱?") == "11万箱"


def test_a_measure_said_per_year_by_its_verb_answers_every_year(tobacco: Engine) -> None:
    assert figure(tobacco, "每年大概收多少担烟叶?") == "1700万担左右"


def test_the_field_the_sentences_subject_names_is_the_field_asked(tobacco: Engine) -> None:
    # (The paragraph's heading says 行业 alone; the sentence says whose: 全省烟草行业.)
    assert figure(tobacco, "烟草行业做了多少个帮扶项目?") == "2500个"


def test_the_province_asked_is_no_change_asked(tobacco: Engine) -> None:
    # 比2012年增长19% is no level of 2012, and 全省 is no 节省.
    assert figure(tobacco, "2012年全省烟草行业工商税利是多少?") is None
    assert figure(tobacco, "2021年全省烟草行业工商税利比2012年增长了多少?") == "19%"


def test_the_province_is_no_part_of_the_kind_asked(tobacco: Engine) -> None:
    # 全省电子烟 and 全省卷烟 share 全省, no word of the kind: 电子烟 is another kind of 烟.
    assert figure(tobacco, "全省电子烟销量是多少?") is None


def test_a_kind_after_the_province_that_begins_as_a_measure_word_does(tmp_path_factory: pytest.TempPathFactory) -> None:
    # 人民币 begins with 人, a measure word only after a number (多少人).
    article = "全省金融\n9月15日\n\n金融总量。2021年末，全省本外币各项存款余额达到3.6万亿元，是2012年末的2.2倍。\n"
    engine = drafted_engine(tmp_path_factory.mktemp("finance"), article, "finance")
    assert figure(engine, "2021年全省人民币存款余额是多少?") is None
    assert figure(engine, "2021年全省本外币存款余额是多少?") == "3.6万亿元"


POWER = """全省电力
9月22日

电网规模。截至2021年底，全省110千伏及以上变电站达到980座；110千伏及以上输电线路长度达到5.3万公里。

绿电外送。十年来，云南累计外送电量1.3万亿千瓦时，其中送广东电量1.05万亿千瓦时。2021年，全省西电东送电量达到1400亿千瓦时，相当于减少标准煤消耗4100万吨，减排二氧化碳1.05亿吨。

办电。全省低压小微企业办电时间压缩到6个工作日以内，高压用户办电时间压缩至35个工作日以内。全省城市用户年均停电时间由2012年的11.2小时缩短到2021年的3.5小时。
"""


@pytest.fixture(scope="module")
def power(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("power"), POWER, "power")


def test_a_voltage_names_a_class_of_things_and_is_no_figure(power: Engine) -> None:
    assert figure(power, "110千伏及以上输电线路长度") == "5.3万公里"
    assert figure(power, "全省变电站有多少座?") == "980座"
    assert figure(power, "全省220千伏变电站有多少座?") is None  # another class than 110 and above


def test_what_a_weight_asked_is_of_is_no_thing_another_figure_weighs(power: Engine) -> None:
    assert figure(power, "西电东送减排了多少吨二氧化碳?") == "1.05亿吨"
    assert figure(power, "2021年西电东送节约了多少吨标准煤?") == "4100万吨"
    assert figure(power, "省了多少吨煤?") != "1.05亿吨"


def test_an_upper_bound_answers_the_most_asked(power: Engine) -> None:
    assert figure(power, "高压用电报装最多要多少个工作日?") == "35个工作日"
    assert figure(power, "高压用户办电时间压缩到多少天以内?") == "35个工作日"


def test_hours_asked_with_a_measure_word_are_a_duration(power: Engine) -> None:
    assert figure(power, "城里一年停电大概要停几个小时?") == "3.5小时"


def test_a_part_sorted_by_the_place_asked_answers_for_that_place(power: Engine) -> None:
    assert figure(power, "云南这些年往广东送了多少电?") == "1.05万亿千瓦时"
