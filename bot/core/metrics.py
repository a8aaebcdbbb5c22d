"""A quantity asked with a verb and its object (一年能发多少电, 种了多少茶, 打多少粮食) where the
sources name it as a noun (发电量, 茶叶种植面积, 粮食总产量): the question is rewritten with the
sources' noun, so the words match. Only nouns the sources use are put in."""

from __future__ import annotations

import re

# 发多少电, 种了多少茶, 打了几万吨粮食: a verb of producing or using, then how much of what. (Not
# 运: 中老铁路运了多少货 is said 运输货物, and 货运量 would be the province's.)
_VERB_OBJECT = re.compile(r"([发产用种打收挖采送])[了过]?(?:多少|几)(?:万|亿)?(?:吨|斤|亩|度|方)?"
                          r"([\u4e00-\u9fff]{1,2})")
# For each verb, how the sources name its quantity: {object} stands for what it is of.
_METRICS = {
    "发": ("发{o}量",),
    "用": ("用{o}量",),
    "产": ("{o}产量", "{o}.?产量"),
    "打": ("{o}产量", "{o}.?产量"),
    "收": ("{o}产量", "{o}.?产量"),
    "种": ("{o}.?种植面积",),
    "挖": ("{o}.?产量",),  # 挖了多少煤: 原煤产量
    "采": ("{o}.?产量",),
    "送": ("外?送{o}量",),  # 往外送了多少电: 外送电量
}
# 一年花了多少 (normalised 投入多少): what was spent, which sources that never say 投入 call 支出.
_SPENT = re.compile(r"投入(?=(?:了|是|有|共|一共)*(?:多少|几))")


def with_metric(text: str, corpus: str) -> str:
    """`text` with the first verb-object quantity the sources name as a noun written as that noun
    (一年能发多少电 -> 一年能发电量多少)."""
    for m in _VERB_OBJECT.finditer(text):
        verb, thing = m.groups()
        for pattern in _METRICS[verb]:
            found = re.search(pattern.format(o=re.escape(thing)), corpus)
            if found:
                return text[:m.start()] + found.group() + "多少" + text[m.end():]
    spent = _SPENT.search(text)
    if spent and "投入" not in corpus and (found := re.search(r"总?支出", corpus)):
        return text[:spent.start()] + found.group() + text[spent.end():]
    return text
