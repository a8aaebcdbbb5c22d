"""The one answer renderer of every front end, in plain text (console) and HTML (Telegram).

Both forms come from the same code; only the markup differs, so they cannot drift apart.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.core.knowledge import KnowledgeBase
from bot.core.models import Fact, Match

EMPTY_HINT = "请发一个问题，比如：{example}"
NOT_FOUND = "抱歉，这个问题我在资料里没有找到答案。"
NUMBER_NOT_FOUND = "抱歉，资料里没有这个数字。"
ASK_ME = "可以问我{titles}里的数据，比如：{example}"
GREETING = "你好！我可以回答{titles}里的数据问题，会给出原文出处。比如：{example}"
THANKS = "不客气！还有别的想问的，直接发给我就好。"
GOODBYE = "再见！有问题随时来问。"
# Small talk gets a human reply instead of "not found" (general Chinese, not about any article).
DERIVED_HEAD = "根据资料计算：{figure}（{label}）"
FORMULA = "计算：{formula}"
UNDERSTOOD_AS = "（理解为：{question}）"
NOT_GIVEN = "资料里没有{missing}的数字。资料给出的是："
CANNOT_COMBINE = "这几个数字不能放在一起算：{reason}。各自的原文如下："
_GREETINGS = re.compile(r"^(?:你好|您好|哈喽|嗨|hi|hello|hey|在吗|在不在|早上好|晚上好|下午好|大家好)"
                        r"[呀啊哦吗!！。.~～]*$")
_THANKS = re.compile(r"^(?:谢谢|多谢|感谢|谢了|谢啦|thanks|thank you|thx|辛苦了)[你您呀啊哦!！。.~～]*$")
_GOODBYES = re.compile(r"^(?:再见|拜拜|bye|回头见|下次见)[呀啊哦!！。.~～]*$")


def is_small_talk(text: str) -> bool:
    said = text.strip().lower()
    return any(p.match(said) for p in (_GREETINGS, _THANKS, _GOODBYES))


@dataclass(frozen=True, slots=True)
class _Markup:
    esc: Callable[[str], str]
    bold: str  # format with {} for the text
    mark: str  # the figure inside the quoted sentence
    quote: str


PLAIN = _Markup(str, "{}", "【{}】", "“{}”")
HTML = _Markup(lambda s: html.escape(s, quote=False), "<b>{}</b>", "<b><u>{}</u></b>",
               "<blockquote>{}</blockquote>")


def _fact(fact: Fact, kb: KnowledgeBase, m: _Markup) -> str:
    source = kb.sources.get(fact.source)
    head = f"{m.esc(fact.label)}：{m.bold.format(m.esc(fact.figure))}"
    before, _, after = fact.sentence.partition(fact.figure)
    quoted = m.quote.format(m.esc(before) + m.mark.format(m.esc(fact.figure)) + m.esc(after))
    where = f"——《{m.esc(source.title)}》，{m.esc(source.date)}" if source else ""
    return "\n".join(part for part in (head, quoted, where) if part)


def _labels(facts: Sequence[Fact], m: _Markup) -> str:
    return "、".join(m.esc(f.label) for f in facts)


def _quoted(facts: Sequence[Fact], kb: KnowledgeBase, m: _Markup) -> str:
    """Each sentence once, with every one of `facts`' figures in it marked, and its source."""
    blocks = []
    for sentence in dict.fromkeys(f.sentence for f in facts):
        figures = sorted({f.figure for f in facts if f.sentence == sentence}, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, figures)))
        pieces, at = [], 0
        for hit in pattern.finditer(sentence):
            pieces += [m.esc(sentence[at:hit.start()]), m.mark.format(m.esc(hit.group()))]
            at = hit.end()
        pieces.append(m.esc(sentence[at:]))
        source = kb.sources.get(next(f.source for f in facts if f.sentence == sentence))
        where = f"——《{m.esc(source.title)}》，{m.esc(source.date)}" if source else ""
        blocks.append("\n".join(part for part in (m.quote.format("".join(pieces)), where) if part))
    return "\n".join(blocks)


def _render(match: Match, kb: KnowledgeBase, m: _Markup) -> str:
    note = ("\n" + UNDERSTOOD_AS.format(question=m.esc(match.asked_as))) if match.asked_as else ""
    if match.answered and match.derived is not None:
        d = match.derived
        head = DERIVED_HEAD.format(figure=m.bold.format(m.esc(d.figure)), label=m.esc(d.label))
        return "\n".join((head, FORMULA.format(formula=m.esc(d.formula)), _quoted(match.facts, kb, m))) + note
    if match.answered:
        blocks = [_fact(f, kb, m) for f in match.facts]
        if match.reverse and len(blocks) > 1:
            blocks.insert(0, f"资料里有 {len(blocks)} 处是这个数字：")
        return "\n\n".join(blocks) + note
    if match.refusal:
        return CANNOT_COMBINE.format(reason=m.esc(match.refusal)) + "\n" + _quoted(match.facts, kb, m)
    if match.nearest is not None:
        missing = "、".join(m.esc(w) for w in match.nearest.missing)
        return NOT_GIVEN.format(missing=missing) + "\n" + _fact(match.nearest.fact, kb, m) + note
    example = m.esc(kb.facts[0].question) if kb.facts else ""
    titles = "、".join(f"《{m.esc(s.title)}》" for s in list(kb.sources.values())[:3]) or "资料"
    said = match.question.strip().lower()
    if not said:
        return EMPTY_HINT.format(example=example)
    if _GREETINGS.match(said):
        return GREETING.format(titles=titles, example=example)
    if _THANKS.match(said):
        return THANKS
    if _GOODBYES.match(said):
        return GOODBYE
    line = NUMBER_NOT_FOUND if match.reverse else NOT_FOUND
    if match.alternatives:
        return line + f"你是不是想问：{_labels([c.fact for c in match.alternatives], m)}？"
    return line + ASK_ME.format(titles=titles, example=example)


def render_text(match: Match, kb: KnowledgeBase) -> str:
    return _render(match, kb, PLAIN)


def render_html(match: Match, kb: KnowledgeBase) -> str:
    return _render(match, kb, HTML)


def fact_text(fact: Fact, kb: KnowledgeBase) -> str:
    return _fact(fact, kb, PLAIN)


def fact_html(fact: Fact, kb: KnowledgeBase) -> str:
    return _fact(fact, kb, HTML)


def sources_text(kb: KnowledgeBase, html_form: bool = False) -> str:
    m = HTML if html_form else PLAIN
    lines = [f"《{m.esc(s.title)}》，{m.esc(s.date)}" + (f"，{m.esc(s.authors)}" if s.authors else "")
             for s in kb.sources.values()]
    return "资料来源：\n" + "\n".join(lines)
