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
    assert figure(tobacco, "每年大概收多少担烟叶?") == "1700万担"


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
