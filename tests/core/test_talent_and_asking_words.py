"""Rules on drafted knowledge: a word of asking before the thing asked is no kind of it (请问国家级
博士后科研工作站), those who do something counted by 个 are people (多少个搞研发的), 年轻 is 青年,
and 现在 as the other side of a comparison asks a change since then."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

TALENT = """全省人才工作
9月30日

总量。截至2021年底，全省人才资源总量达到500万人，比2012年增加200万人。每万名劳动力中研发人员达到20人。

平台。全省建成国家级博士后科研工作站30个、省级博士后创新实践基地150个。

计划。共遴选支持各类人才4000名，其中青年人才1500名。
"""


@pytest.fixture(scope="module")
def talent(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("talent"), TALENT, "talent")


def test_a_word_of_asking_is_no_kind_of_the_thing_asked(talent: Engine) -> None:
    question = "听说建了不少博士后工作站，请问国家级博士后科研工作站有多少个?"
    assert ruled_out(talent, question, "30个") == ""
    assert figure(talent, question) == "30个"


def test_those_who_do_something_counted_by_ge_are_people(talent: Engine) -> None:
    assert figure(talent, "每一万个劳动力里有多少个搞研发的?") == "20人"


def test_young_is_youth(talent: Engine) -> None:
    assert figure(talent, "年轻人才支持了多少个?") == "1500名"


def test_now_as_the_other_side_asks_a_change(talent: Engine) -> None:
    assert figure(talent, "2012年的人才资源总量比现在少多少?") == "200万人"
