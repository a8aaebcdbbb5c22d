"""A small article written for the tests of follow-ups, derived figures and scope declines,
drafted by `bot draft` (no hand-written keywords): a before/after pair with years, another in
people, a count in 人次, two levels of one thing, a yearly amount beside a ten-year total, and a
figure beside a year that belongs to another figure."""

from __future__ import annotations

import pytest

from bot.core.draft import draft
from bot.core.draft_files import write
from bot.core.engine import Engine

SPORT = """全省体育事业稳步发展
11月3日

群众体育蓬勃开展。全省健身步道从2012年的320公里增加到2021年的980公里。参加全民健身运动会的群众从12万人增长到30万人,累计服务群众85万人次。

竞技体育成绩突出。培养国家级运动员46名、省级运动员310名。新建体育场馆120个、社区健身中心80个。

加大投入力度。每年投入体育彩票公益金2.5亿元,十年来累计投入资金18.6亿元。

全民参与。全省注册运动员超过5000人,体育人口比例从2012年的28%提高到2021年的37%。
"""


@pytest.fixture(scope="session")
def sport(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    directory = tmp_path_factory.mktemp("sport")
    write(draft(SPORT, "全省体育事业稳步发展", "11月3日"), directory, "sport", "全省体育事业稳步发展", "11月3日")
    return Engine.load(directory, use_cache=False)
