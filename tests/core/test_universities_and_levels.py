"""Rules on drafted knowledge met in articles on universities, people's congresses and ports:
measure words of ferries, fish and boats (道, 尾, 艘; 条 for 件 and 艘); a bound that closes the
clause (80%以上) is part of the figure; 大学 is how people say 高校, the regular kind (普通高校)
is what a question without a kind means, and the noun a part shares with its whole names no part;
a verb that opens the figure's clause carries the clause before's subject; the same things at
another level (州市人大代表, 省人大代表), or done by another level, are other things; a name said
in a clause before the one before is not this figure's; another one of a kind (昆阳港, 滨江港) is
another thing; 产量 is no money nor area; of deeds on one thing (制定, 修改, 废止 法规), the one
asked is no other's."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

UNIVERSITIES = """全省高等教育和人大工作
9月1日

办学规模。全省普通高校由2012年的46所增加到2021年的59所，其中本科高校24所。十年来，全省高校共获得国家科技奖励13项，承担国家级科研项目2600余项。高校毕业生留在省内就业的比例保持在70%以上。面向周边国家招收留学生累计达到3.2万人次。云南大学进入国家“双一流”建设高校行列，全省高校博士学位授权点从10个增加到30个，建成国家级一流本科专业建设点150个。

人大工作。十年来，省人大代表共提出议案96件、建议8100件。十年来，省人大常委会共制定地方性法规60件，修改法规120件次，废止法规19件。

卫生。全省建成省级卫生村3600个。

水运。全省累计完成渡口改造350道，放流鱼苗2.1亿尾。全省拥有营运船舶980艘。昆阳港、滨江港等港口完成升级改造，滨江港年吞吐能力达到300万吨。

渔业。全省冷水鱼养殖产量达到2.1万吨。罗非鱼年出口量达到1.8万吨，出口额0.9亿美元。全省稻渔综合种养面积达到120万亩，亩均增收900元。
"""


@pytest.fixture(scope="module")
def universities(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("universities"), UNIVERSITIES, "universities")


def test_measure_words_of_ferries_fish_and_boats(universities: Engine) -> None:
    assert figure(universities, "完成渡口改造多少道?") == "350道"
    assert figure(universities, "放流鱼苗多少尾?") == "2.1亿尾"
    assert figure(universities, "2.1亿尾是什么?") == "2.1亿尾"
    assert figure(universities, "全省营运船舶有多少艘?") == "980艘"


def test_tiao_counts_documents_and_boats(universities: Engine) -> None:
    assert figure(universities, "全省现在有多少条营运船舶?") == "980艘"
    assert figure(universities, "省人大常委会废止了多少条法规?") == "19件"


def test_a_closing_bound_is_part_of_the_figure(universities: Engine) -> None:
    assert figure(universities, "高校毕业生留在省内就业的比例是多少?") == "70%以上"


def test_daxue_is_gaoxiao(universities: Engine) -> None:
    assert figure(universities, "全省一共有几所大学?") == "59所"
    assert figure(universities, "大学承担了多少国家级科研项目?") == "2600余项"
    assert figure(universities, "来读书的外国学生有多少?") == "3.2万人次"
    assert figure(universities, "被废除的法规有多少件?") == "19件"


def test_a_named_university_of_the_home_region_is_no_university_at_large(universities: Engine) -> None:
    assert "云南大学" in ruled_out(universities, "云南大学承担国家级科研项目多少项?", "2600余项")


def test_a_clause_opening_with_a_verb_has_the_clause_befores_subject(universities: Engine) -> None:
    assert figure(universities, "高校承担的国家级科研项目有多少项?") == "2600余项"


def test_the_same_things_at_another_level_are_other_things(universities: Engine) -> None:
    assert figure(universities, "省人大代表提出建议多少件?") == "8100件"
    assert "省人大代表" in ruled_out(universities, "州市人大代表提出建议多少件?", "8100件")
    assert figure(universities, "全省建成省级卫生村多少个?") == "3600个"
    assert "省级卫生村" in ruled_out(universities, "全省建成国家卫生村多少个?", "3600个")


def test_another_level_did_it(universities: Engine) -> None:
    assert figure(universities, "省人大常委会制定了多少件地方性法规?") == "60件"
    assert "州市" in ruled_out(universities, "州市制定了多少件地方性法规?", "60件")


def test_a_name_two_clauses_back_is_not_this_figures(universities: Engine) -> None:
    assert figure(universities, "全省建成国家级一流本科专业建设点多少个?") == "150个"
    assert "云南大学" in ruled_out(universities, "云南大学有多少个国家级一流本科专业建设点?", "150个")


def test_another_one_of_a_kind(universities: Engine) -> None:
    assert figure(universities, "滨江港年吞吐能力是多少?") == "300万吨"
    assert "昆阳港" in ruled_out(universities, "昆阳港年吞吐能力是多少?", "300万吨")
    assert figure(universities, "罗非鱼出口量是多少?") == "1.8万吨"
    assert figure(universities, "罗非鱼出口额是多少?") == "0.9亿美元"  # (the clause before names it)
    assert "冷水鱼" in ruled_out(universities, "冷水鱼出口量是多少?", "1.8万吨")


def test_an_amount_produced_is_no_money_nor_area(universities: Engine) -> None:
    assert figure(universities, "冷水鱼养殖产量是多少?") == "2.1万吨"
    assert "产量" in ruled_out(universities, "稻渔综合种养亩均产量是多少?", "900元")
    assert "产量" in ruled_out(universities, "稻渔综合种养亩均产量是多少?", "120万亩")


def test_another_deed_on_the_same_thing(universities: Engine) -> None:
    assert figure(universities, "十年来制定了多少件法规?") == "60件"
    assert figure(universities, "修改法规多少件次?") == "120件次"
    assert "制定" in ruled_out(universities, "州市制定了多少件地方性法规?", "19件")
