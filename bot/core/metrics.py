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
# 被罚了多少钱, 捐了多少钱: money moved by the verb, which the sources name by it and 款 (罚没款,
# 罚款, 捐款, 贷款, 拨款, 赔款).
_MONEY_VERB = re.compile(r"([罚捐贷拨赔])(?:了|过)?(?=(?:多少|几)(?:万|亿)?块?钱)")
# 一年赚多少钱, 一年能挣多少: what was earned, which the sources call 利润 (a business's) or 收入 (a
# person's); 赚 leans to the first, 挣 to the second, and the sources' own word decides.
_EARNED = re.compile(r"(?<![收利])([赚挣])(?:了|到|得)?(?=(?:多少|几))")
_EARNINGS = {"赚": ("利润", "收入"), "挣": ("收入", "利润")}
# 一个法官一年要办多少案子, 每位职工每年能拿多少: a figure per head, asked of one of them before
# what they do (not 我是一个法官, 有一个职工说: someone of the backstory).
# (Normalised text writes 一 as 1; either is read.)
_ONE_OF_THEM = re.compile(r"(?:平均)?(?:每|(?<![是有当做])[1一])(?:个|位|名)([\u4e00-\u9fff]{2,4}?)"
                          r"(?=平均|[1一]年|每年|[1一]个月|每月|每个月|[1一]天|每天|要|能|可以|可|得|[办带拿挣赚收管])")


def with_metric(text: str, corpus: str) -> str:
    """`text` with the first verb-object quantity the sources name as a noun written as that noun
    (一年能发多少电 -> 一年能发电量多少)."""
    for m in _VERB_OBJECT.finditer(text):
        verb, thing = m.groups()
        for pattern in _METRICS[verb]:
            found = re.search(pattern.format(o=re.escape(thing)), corpus)
            if found:
                return text[:m.start()] + found.group() + "多少" + text[m.end():]
    text = _per_head(text, corpus)
    moved = _MONEY_VERB.search(text)
    if moved and (named := re.search(moved.group(1) + r"[没]?款(?:金额|总额)?", corpus)):
        text = text[:moved.start()] + named.group() + text[moved.end():]
    earned = _EARNED.search(text)
    if earned and (word := next((n for n in _EARNINGS[earned.group(1)] if n in corpus), None)):
        text = text[:earned.start()] + word + text[earned.end():]
    spent = _SPENT.search(text)
    if spent and "投入" not in corpus and (found := re.search(r"总?支出", corpus)):
        return text[:spent.start()] + found.group() + text[spent.end():]
    return text


def _per_head(text: str, corpus: str) -> str:
    """`text` with one of them written as the sources say a figure per head (一个法官 -> 法官人均,
    of 法官人均办案数), when they say it so."""
    m = _ONE_OF_THEM.search(text)
    if m and m.group(1) + "人均" in corpus:
        return text[:m.start()] + m.group(1) + "人均" + text[m.end():]
    return text
