"""Rules on drafted knowledge: money per head written in its unit (1830元/人) is one figure, asked
as money and as what people pay on average; a head office is no branch, and premiums paid in are
no claims paid out."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.text_figures import find_figures
from tests.core.drafted import drafted_engine, figure, ruled_out

INSURANCE = """全市保险业
11月3日

实力。全市保险密度由2012年的520元/人提高到2021年的1460元/人。全市共有保险公司市级分支机构41家。2021年，全市农业保险保费收入达到6.2亿元。
"""


@pytest.fixture(scope="module")
def insurance(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("insurance"), INSURANCE, "insurance")


def test_money_per_head_in_its_unit(insurance: Engine) -> None:
    figures = find_figures("全市保险密度由2012年的520元/人提高到2021年的1460元/人。")
    assert [(f.text, f.unit) for f in figures if not f.year] == [("520元/人", "元/人"), ("1460元/人", "元/人")]
    assert figure(insurance, "2012年全市保险密度是多少?") == "520元/人"
    assert figure(insurance, "现在全市保险密度是多少?") == "1460元/人"
    # (人均 asked is said by the unit, per head: no restriction the sentence lacks.)
    assert ruled_out(insurance, "现在全市人均保险密度是多少钱?", "1460元/人") == ""
    assert "restricts" in ruled_out(insurance, "现在全市人均农业保险保费收入是多少?", "6.2亿元")


def test_a_head_office_is_no_branch(insurance: Engine) -> None:
    assert figure(insurance, "全市保险公司分支机构有多少家?") == "41家"
    assert figure(insurance, "全市保险公司总公司有多少家?") is None


def test_premiums_are_no_claims(insurance: Engine) -> None:
    assert figure(insurance, "2021年全市农业保险保费收入是多少?") == "6.2亿元"
    assert figure(insurance, "2021年全市农业保险赔款是多少?") is None
    assert ruled_out(insurance, "2021年全市农业保险赔款是多少?", "6.2亿元")
