"""Rules on drafted knowledge: a proper name the source says only of other figures (滇池) makes
the question about that one; a word inside the question's noun phrase that the source never says
(宣传 of 森林防火宣传资金) narrows it to something the figure is not."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure, ruled_out

LAKES = """全市湖泊
9月1日

治理成效明显。全市建成湖滨生态带面积1.8万亩。滇池全湖水质由劣Ⅴ类提升到Ⅳ类。全市共聘用湖泊保洁员2600名。

防火。十年来，全市累计投入森林草原防火资金9.8亿元。

其他。全市执业药师注册人数达到3100人。全市5800户企业建立集体协商制度。
"""


@pytest.fixture(scope="module")
def lakes(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("names"), LAKES, "lakes")


def test_a_name_said_of_other_figures_only(lakes: Engine) -> None:
    assert figure(lakes, "全市建成湖滨生态带面积多少亩?") == "1.8万亩"
    assert "滇池" in ruled_out(lakes, "滇池的面积有多大?", "1.8万亩")
    assert figure(lakes, "滇池的面积有多大?") is None


def test_a_name_in_the_backstory_asks_nothing(lakes: Engine) -> None:
    assert figure(lakes, "我去滇池玩的时候看到很多保洁员，想知道全市一共聘用了多少名湖泊保洁员?") == "2600名"


def test_a_word_the_source_never_says_narrows_the_noun(lakes: Engine) -> None:
    assert figure(lakes, "十年来全市累计投入森林草原防火资金多少?") == "9.8亿元"
    assert "宣传" in ruled_out(lakes, "十年来全市累计投入森林防火宣传资金多少?", "9.8亿元")


def test_a_typo_or_a_word_before_another_noun_narrows_nothing(lakes: Engine) -> None:
    # (药帅 of 药师, a typo by shape; 工资 of 工资集体协商, said before 集体, not before what is counted.)
    assert figure(lakes, "执业药帅注册人数是多少?") == "3100人"
    assert figure(lakes, "建立工资集体协商制度的企业有多少户?") == "5800户"
