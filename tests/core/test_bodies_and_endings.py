"""Rules on drafted knowledge met in articles on mothers' health and the business climate: a body
the sources never name (儿童医院, tagged as an organisation) before what it counts is another
body than the figure's; a question about things ended (注销, 关闭) is not answered by a count of
those there are, while a sentence that ends things (关闭退出) answers it however said (关掉); what
a business waits for (获得电力) is said as owners say it (通上电)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.core.drafted import drafted_engine, figure

ARTICLE = """全省妇幼健康和市场主体
11月17日

服务体系。全省5岁以下儿童死亡率下降到6.8‰。全省妇幼保健机构床位数达到1.2万张，卫生技术人员达到1.9万人。

市场主体。全省市场主体达到400万户，其中企业80万户、个体工商户310万户。

矿山治理。全省累计关闭退出矿山2800多个。

审批服务。全省企业获得电力平均时间压缩到12个工作日，获得用水用气时间均压缩到4个工作日以内。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return drafted_engine(tmp_path_factory.mktemp("bodies"), ARTICLE, "bodies")


def test_a_body_the_sources_never_name_is_another(engine: Engine) -> None:
    assert figure(engine, "全省妇幼保健机构床位数是多少?") == "1.2万张"
    assert figure(engine, "全省儿童医院床位数达到多少张?") is None


def test_things_ended_are_not_those_there_are(engine: Engine) -> None:
    assert figure(engine, "全省企业有多少户?") == "80万户"
    assert figure(engine, "全省注销了多少户企业?") is None
    assert figure(engine, "全省关掉了多少个矿山?") == "2800多个"


def test_what_a_business_waits_for_as_owners_say_it(engine: Engine) -> None:
    assert figure(engine, "企业通上电要等多少天?") == "12个工作日"
    assert figure(engine, "企业接自来水要多久?") == "4个工作日"
