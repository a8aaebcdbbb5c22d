"""Follow-up questions: rewriting from text alone, then the engine on the drafted test article."""

from __future__ import annotations

import json

import pytest

from bot.core.conversation import Conversations, Turn
from bot.core.corpus import Corpus
from bot.core.engine import Engine, match_json
from bot.core.followup import Vocabulary, read_follow_up
from bot.core.models import Match

VOCAB = Vocabulary({"省里": "省", "省级": "省", "省": "省", "全国": "全国"}, places=("贵州",),
                   times=("去年",), qualifiers=("女职工",))


@pytest.mark.parametrize(("message", "rewrite"), [
    ("那省里的呢", "省劳模推荐了多少名"),  # a level swapped for a level
    ("贵州的呢", "贵州劳模推荐了多少名"),  # a place for a level
    ("2020年呢", "2020年全国劳模推荐了多少名"),  # a year put in front when there is none
    ("女职工呢", "女职工全国劳模推荐了多少名"),  # a sub-group added
    ("技术能手呢", "技术能手推荐了多少"),  # another thing counted, in the subject's place, its measure word gone
])
def test_a_fragment_is_the_previous_question_with_one_element_swapped(message: str, rewrite: str) -> None:
    reading = read_follow_up(message, "全国劳模推荐了多少名", "全国劳模", VOCAB)
    assert reading is not None
    assert reading.binding
    assert reading.rewrites[0] == rewrite


def test_a_level_is_said_as_the_sources_say_it_before_the_same_noun() -> None:
    vocab = Vocabulary(VOCAB.levels, corpus=Corpus("形成1个全国试点、28个省级试点"))
    reading = read_follow_up("省里的呢", "全国试点有几个", "试点", vocab)
    assert reading is not None
    assert reading.rewrites[0] == "省级试点有几个"


def test_a_year_replaces_the_year_of_the_previous_question() -> None:
    reading = read_follow_up("2021年的呢", "2012年有多少个", "", VOCAB)
    assert reading is not None
    assert reading.rewrites == ("2021年有多少个",)


def test_a_question_that_stands_alone_is_no_follow_up() -> None:
    assert read_follow_up("职工驿站有多少个", "全国劳模推荐了多少名", "全国劳模", VOCAB) is None


def test_a_follow_up_with_its_own_question_words_is_tried_alone_first() -> None:
    reading = read_follow_up("那省里推荐了多少呢", "全国劳模推荐了多少名", "全国劳模", VOCAB)
    assert reading is not None
    assert not reading.binding
    assert reading.rewrites[0] == "省劳模推荐了多少名"


def dialogue(engine: Engine, *turns: str) -> Match:
    conversation = Conversations()
    match = engine.ask("")
    for turn in turns:
        match = engine.ask(turn, conversation.last("chat"))
        conversation.remember("chat", match)
    return match


def figure(match: Match) -> str | None:
    value = match_json(match)["figure"]
    return value if isinstance(value, str) else None


@pytest.mark.parametrize(("turns", "expected"), [
    (("国家级运动员培养了多少名?", "那省级的呢?"), "310名"),
    (("新建体育场馆多少个?", "社区健身中心呢?"), "80个"),
    (("参加全民健身运动会的群众现在有多少?", "原来呢?"), "12万人"),
    (("健身步道现在有多长?", "2012年的呢?"), "320公里"),
    (("参加全民健身运动会的群众现在有多少?", "那增长了多少?"), "18万人"),
    (("国家级运动员培养了多少名?", "谢谢", "省级的呢"), "310名"),  # small talk keeps the context
])
def test_a_follow_up_is_answered_in_the_context_of_the_previous_question(
        sport: Engine, turns: tuple[str, ...], expected: str) -> None:
    match = dialogue(sport, *turns)
    assert figure(match) == expected
    assert match.asked_as  # how it was understood, shown to the user


@pytest.mark.parametrize("turns", [
    ("新建体育场馆多少个?", "那贵州的呢?"),  # another province
    ("新建体育场馆多少个?", "2020年呢?"),  # a year the article lacks
    ("国家级运动员培养了多少名?", "那省级的呢?", "女运动员呢?"),  # a sub-group it lacks
])
def test_a_follow_up_the_article_cannot_answer_is_declined(sport: Engine, turns: tuple[str, ...]) -> None:
    assert not dialogue(sport, *turns).answered


def test_a_question_that_stands_alone_is_answered_alone(sport: Engine) -> None:
    match = dialogue(sport, "新建体育场馆多少个?", "社区健身中心有多少个?")
    assert figure(match) == "80个"
    assert not match.asked_as


def test_a_chain_of_follow_ups_builds_on_the_understood_question(sport: Engine) -> None:
    conversation = Conversations()
    first = sport.ask("国家级运动员培养了多少名?")
    conversation.remember("c", first)
    second = sport.ask("那省级的呢?", conversation.last("c"))
    conversation.remember("c", second)
    turn = conversation.last("c")
    assert second.best is not None
    assert turn == Turn(second.asked_as, second.best.id, first.best.id if first.best else None, second.best.id)


def test_a_conversation_forgets_after_its_time_and_beyond_its_capacity() -> None:
    now = [0.0]
    conversations = Conversations(ttl=60, capacity=2, clock=lambda: now[0])
    match = Match("职工驿站有多少个", False, (), 0.0, ())
    conversations.remember("a", match)
    now[0] = 59
    assert conversations.last("a") == Turn("职工驿站有多少个", None)
    now[0] = 121
    assert conversations.last("a") is None
    for key in ("a", "b", "c"):
        conversations.remember(key, match)
    assert conversations.last("a") is None
    assert conversations.last("c") is not None


def test_the_dialogue_contract_reads_turns_and_answers_the_last(sport: Engine, tmp_path: object) -> None:
    from io import StringIO

    from bot.cli import _ask_dialogues

    out = StringIO()
    dialogues = (["国家级运动员培养了多少名?", "那省级的呢?"], [{"q": "新建体育场馆多少个?"}, {"q": "社区健身中心呢?"}])
    lines = "\n".join(json.dumps(t, ensure_ascii=False) for t in dialogues)
    _ask_dialogues(sport, ["-"], True, StringIO(lines + "\n"), out)
    assert [json.loads(line)["figure"] for line in out.getvalue().splitlines()] == ["310名", "80个"]


@pytest.mark.parametrize(("turns", "expected"), [
    (("国家级运动员培养了多少名?", "那省级的呢?", "两个加起来一共多少?"), "356名"),
    (("国家级运动员培养了多少名?", "那省级的呢?", "它们相差多少?"), "264名"),
])
def test_the_last_two_answers_can_be_combined(sport: Engine, turns: tuple[str, ...], expected: str) -> None:
    match = dialogue(sport, *turns)
    assert match.derived is not None
    assert figure(match) == expected


def test_the_last_two_answers_of_different_units_are_not_combined(sport: Engine) -> None:
    match = dialogue(sport, "参加全民健身运动会的群众现在有多少?", "累计服务群众多少人次?", "两个加起来一共多少?")
    assert not match.answered
    assert "单位不同" in match.refusal


def test_one_answer_is_not_two(sport: Engine) -> None:
    assert not dialogue(sport, "国家级运动员培养了多少名?", "两个加起来一共多少?").answered


@pytest.mark.parametrize(("question", "expected"), [
    # A change with no year of its own, in an article whose changes run from 2012 to 2021.
    ("2012年参加全民健身运动会的群众有多少", "12万人"),
    ("2021年参加全民健身运动会的群众有多少", "30万人"),
    # 2012年 is the year of 28%, not of the 5000 athletes beside it.
    ("2012年全省注册运动员有多少", None),
    ("全省注册运动员有多少", "5000人"),
])
def test_years_belong_to_their_figures(sport: Engine, question: str, expected: str | None) -> None:
    match = sport.ask(question)
    assert (match.best.figure if match.answered and match.best else None) == expected


@pytest.mark.parametrize(("turns", "expected"), [
    # After a decline for a year the article lacks, the whole period: what the decline offered.
    (("2020年新建了多少体育场馆?", "那十年来一共呢?"), "120个"),
    (("2020年新建了多少体育场馆?", "这十年呢"), "120个"),
])
def test_a_follow_up_swaps_a_year_for_the_whole_period(sport: Engine, turns: tuple[str, ...], expected: str) -> None:
    assert figure(dialogue(sport, *turns)) == expected


def test_a_follow_up_swaps_the_whole_period_for_a_year_the_article_lacks(sport: Engine) -> None:
    match = dialogue(sport, "十年来新建了多少体育场馆?", "那2020年呢?")
    assert not match.answered
    assert match.nearest is not None


@pytest.mark.parametrize(("turns", "expected"), [
    (("健身步道现在有多长?", "比2012年增加了多少?"), "660公里"),
    (("健身步道现在有多长?", "翻了几倍?"), "约3.06倍"),
])
def test_a_follow_up_asks_how_the_previous_subject_changed(
        sport: Engine, turns: tuple[str, ...], expected: str) -> None:
    match = dialogue(sport, *turns)
    assert match.derived is not None
    assert figure(match) == expected


def test_the_two_sides_of_one_change_are_never_added(sport: Engine) -> None:
    match = dialogue(sport, "参加全民健身运动会的群众现在有多少?", "原来呢?", "两个加起来一共多少?")
    assert not match.answered
    assert "前后两个时间" in match.refusal
