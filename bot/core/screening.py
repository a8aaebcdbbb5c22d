"""Turn away input that is no question before it reaches the matcher, with a reason to show."""

from __future__ import annotations

import unicodedata

MAX_QUESTION_CHARS = 1000  # a question longer than this is a paste, not a question

TOO_LONG = f"消息太长了（超过 {MAX_QUESTION_CHARS} 字）。请只发问题本身，比如：职工驿站建了多少个？"
UNREADABLE = "这条消息里大多是无法识别的字符，请用文字提问。"


def screen_question(text: str) -> str | None:
    """The reply for input that cannot be a question, or None when it may be one."""
    if len(text) > MAX_QUESTION_CHARS:
        return TOO_LONG
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return None  # empty: the renderer's hint answers it
    control = sum(1 for ch in visible if unicodedata.category(ch)[0] == "C")
    if control * 2 >= len(visible):
        return UNREADABLE
    return None
