"""The hit test in Chinese, for operators in the chat (`/why`): what the engine read from the
question, its best candidates with the parts of their scores, what it ruled out, and why it
answered or not. `Explanation.lines()` is the same in English for the command line; the
matcher's reasons are English, so each is shown here under a Chinese name of its kind."""

from __future__ import annotations

import re

from bot.core.matching import Explanation

# The kinds of the matcher's reasons, by how their English begins (bot/core/matching.py).
_KINDS = (
    ("asks ", "单位"), ("never mentions", "没提到所问之物"), ("is about", "范围更窄"), ("counts", "所数之物一致"),
    ("time:", "时间"),
    ("the question names a period", "问题限定了时段"), ("the question names", "问题限定的地点或年份，原文没有"),
    ("the question restricts to", "问题限定了部分人群或级别，原文没有"),
    ("the question asks about an earlier time", "问的是以前，原文只有现在的数字"),
    ("the question asks about one year", "问的是某一年，原文是累计数"),
    ("the question itself gives this figure", "问题里已经给出了这个数字"),
    ("the figure is for", "原文是几个地方合计的数字"),
    ("is said next to another figure", "这个地点说的是句中另一个数字"),
    ("no fact shares a word", "没有任何数据和问题有共同的词"), ("every candidate was ruled out", "候选都被排除了"),
    ("asks what or which", "问的是“什么/哪个”，不是数量"),
    ("ambiguous", "有几条数据同样符合，需要问得更具体"), ("best ", "分数不够高，也不够领先"),
    ("a figure asked in reverse", "按数字反查"),
    ("asks for no figure", "问的不是数字（谁、哪里、为什么、资料没有的属性）"),
    ("a paste", "消息太长，不像一个问题"), ("no words", "没有说明问什么的词"),
)

TITLE = "命中测试：{question}"
READ_AS = "识别：问{asked}；地点 {places}；年份 {years}；限定 {restricted}"
CANDIDATE = "{rank}. {fact_id} {figure}：总分 {score:.2f}（关键词 {key:.2f}，覆盖 {coverage:.2f}{parts}）"
RULED_OUT = "排除 {fact_id} {figure}（{score:.2f}）：{why}"
ANSWERED = "结论：回答 {figures}"
DECLINED = "结论：不回答——{why}"
BY_SOUND = "（按拼音匹配：文字本身没有找到足够的依据）"
NONE = "无"


def kind_of(reason: str) -> str:
    """The Chinese name of a matcher reason's kind, with its own words after it; a reason of
    several parts ("...; the closest fact, 2131个, was ruled out: ...") part by part."""
    parts = [p.strip() for p in reason.split("; ") if p.strip()]
    return "；".join(_one_kind(p) for p in parts) if parts else reason


_CLOSEST = re.compile(r"the closest fact, (.+?), was ruled out: (.+)")
_OFFERED = re.compile(r"offered for its scope")


def _one_kind(reason: str) -> str:
    closest = _CLOSEST.match(reason)
    if closest:
        return f"最接近的 {closest.group(1)} 被排除：{_one_kind(closest.group(2))}"
    if _OFFERED.match(reason):
        return "改为告诉用户资料给出的范围"
    for start, name in _KINDS:
        if reason.startswith(start):
            detail = "、".join(re.findall(r"[\u4e00-\u9fff%0-9.]+", reason))
            return f"{name}（{detail}）" if detail and start != "best " else name
    return reason


def hit_test_lines(explanation: Explanation, limit: int = 5) -> list[str]:
    a = explanation.analysis
    out = [TITLE.format(question=explanation.question),
           READ_AS.format(asked=a.asked or "数量", places="、".join(a.places) or NONE,
                          years="、".join(a.years) or NONE, restricted="、".join((*a.qualifiers, *a.parts)) or NONE)]
    if explanation.by_sound:
        out.append(BY_SOUND)
    for rank, c in enumerate(explanation.ranked[:limit], 1):
        parts = "".join(f"；{kind_of(why)} {delta:+.2f}" for why, delta in c.adjustments)
        out.append(CANDIDATE.format(rank=rank, fact_id=c.fact.id, figure=c.fact.figure, score=c.score, key=c.key,
                                    coverage=c.coverage, parts=parts))
    for fact, score, why in sorted(explanation.vetoed, key=lambda v: -v[1])[:3]:
        out.append(RULED_OUT.format(fact_id=fact.id, figure=fact.figure, score=score, why=kind_of(why)))
    match = explanation.match
    if match.answered:
        out.append(ANSWERED.format(figures="、".join(f.figure for f in match.facts)))
    else:
        out.append(DECLINED.format(why=kind_of(explanation.reason)))
    return out
