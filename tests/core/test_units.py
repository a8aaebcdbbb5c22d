"""unit_agreement: whether a figure's measure word can answer the one a question asks for."""

from __future__ import annotations

import pytest

from bot.core.params import DEFAULT_PARAMS
from bot.core.question import asked_unit
from bot.core.units import OTHER_KIND, unit_agreement


def test_the_unit_asked_is_a_nudge_and_another_kind_rules_out() -> None:
    assert unit_agreement("人次", "人次") == DEFAULT_PARAMS.unit_bonus
    assert unit_agreement("家", "人次") == OTHER_KIND
    assert unit_agreement("名", "人") == 0
    assert unit_agreement(None, "吨") == 0  # nothing asked: nothing decided


def test_heads_are_not_visits() -> None:
    # 多少名职工 is no question for a figure in 人次; 多少人 may be.
    assert unit_agreement("名", "人次") == OTHER_KIND
    assert unit_agreement("人", "人次") == 0


@pytest.mark.parametrize("unit", ["项", "人", "家", "所"])
def test_ge_counts_things_and_people(unit: str) -> None:
    assert unit_agreement("个", unit) == 0


@pytest.mark.parametrize("unit", ["公里", "平方公里", "亩", "吨", "千瓦时", "万元", "届", "%"])
def test_ge_counts_no_length_area_weight_energy_money_edition_or_share(unit: str) -> None:
    assert unit_agreement("个", unit) == OTHER_KIND  # 高铁站有多少个 is not 高铁运营里程1212公里


@pytest.mark.parametrize("asked", ["人", "个", "户", "人次"])
def test_a_number_with_no_measure_word_counts_what_follows_it(asked: str) -> None:
    assert unit_agreement(asked, "数") == 0  # 帮助200多万群众
    assert unit_agreement("年", "数") == OTHER_KIND



def test_kuai_and_ke_count_pieces_and_trees() -> None:
    assert unit_agreement("块", "枚") == 0  # 多少块金牌, 12枚
    assert unit_agreement("棵", "株") == 0  # 种了多少棵树, 植树6.8亿株
    assert unit_agreement("棵", "个") == OTHER_KIND


def test_a_number_of_years_is_answered_by_years_counted_never_a_date() -> None:
    assert unit_agreement("年数", "年") > 0  # 连续6年
    assert unit_agreement("年数", "年", is_year=True) == OTHER_KIND  # 2012年
    assert unit_agreement("年数", "个") == OTHER_KIND


def test_volumes_are_counted_by_ben_and_ce_alike() -> None:
    # 配送图书1800万册, asked 送了多少本书: one kind of count, neither rules the other out.
    assert unit_agreement("本", "册") == 0.0
    assert unit_agreement("本", "个") == OTHER_KIND


def test_machines_are_counted_by_tai_and_bu_alike() -> None:
    assert unit_agreement("部", "台") == 0.0  # 有多少部电梯, 电梯14.6万台
    assert unit_agreement("部", "人") == OTHER_KIND


def test_trips_are_asked_by_tang() -> None:
    assert asked_unit("中老铁路发送货物多少趟") == "趟"
    assert unit_agreement("趟", "吨") == OTHER_KIND  # 1120万吨 of goods is no number of trips
