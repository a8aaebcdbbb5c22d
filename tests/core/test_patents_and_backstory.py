"""Rules on drafted knowledge: 申请 keeps its 请 (no filler inside a word), a 周期 is a span of
time asked, how long something takes is asked of its average, a backstory's thing pointed back
to (这样的企业), 国家 said of a level without 级, two kinds of one thing counted together
(示范企业和优势企业), and a weak answer about something unasked where a far better fact was ruled
out."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.question import asking_part
from tests.core.drafted import drafted_engine, figure, ruled_out

PATENTS = """全市知识产权工作
9月9日

运用。全市建成国家知识产权示范企业和优势企业37家、市级知识产权优势企业152家。十年来，全市专利权质押融资惠及企业380余家。

服务。全市知识产权服务机构发展到96家，专利申请平均审查周期压缩到15个月。
"""


@pytest.fixture(scope="module")
def patents(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("patents"), PATENTS, "patents")


def test_a_filler_inside_a_word_stays(patents: Engine) -> None:
    normalizer = patents.matcher.normalizer
    assert "申请" in normalizer.content("专利申请审查周期")
    assert "请" not in normalizer.content("请问专利审查周期")


def test_a_period_asked_by_its_name(patents: Engine) -> None:
    assert figure(patents, "专利申请审查周期") == "15个月"


def test_how_long_it_takes_is_asked_of_the_average(patents: Engine) -> None:
    for question in ("专利申请审查要等多久?", "申请专利审查要几个月?"):
        explanation = patents.explain(question)
        assert explanation.match.best is not None
        assert explanation.match.best.figure == "15个月"
        assert "平均" not in explanation.ranked[0].unasked


def test_a_thing_the_backstory_named_and_the_question_points_back_to() -> None:
    assert asking_part("朋友的企业被评上了市级知识产权优势企业，我想问一下全市这样的企业一共有多少家?") \
        == "我想问一下全市市级知识产权优势企业一共有多少家?"
    assert asking_part("我家附近新修了一座小型水库，全省这种水库有几座?") == "全省小型水库有几座?"
    assert asking_part("我们村建了个卫生室，全省这样的卫生室有多少个?") == "全省这样的卫生室有多少个?"


def test_the_backstory_names_what_is_counted(patents: Engine) -> None:
    question = "朋友的企业被评上了市级知识产权优势企业，我想问一下全市这样的企业一共有多少家?"
    assert figure(patents, question) == "152家"


def test_the_national_level_said_without_ji(patents: Engine) -> None:
    assert figure(patents, "国家级知识产权示范和优势企业有几家?") == "37家"


def test_two_kinds_counted_together(patents: Engine) -> None:
    assert "together" in ruled_out(patents, "全市有多少家国家知识产权示范企业?", "37家")
    # (and 市级…优势企业152家, about a level the question does not say, is no answer either)
    assert figure(patents, "全市有多少家国家知识产权示范企业?") is None
