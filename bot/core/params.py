"""The numbers that steer scoring and deciding, in one place, so that scripts/tune.py can pick
them again on the development sets and anyone can check them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Params:
    """Every number that steers scoring and deciding. The defaults are what `scripts/tune.py`
    picked on the development question sets (other authors' questions, the tune part only);
    run it again to check or to re-pick them."""

    key_share: float = 0.35  # of the score from the best key phrase; the rest from coverage of the question
    key_saturation: float = 3.0  # idf mass at which a matched key phrase counts half; see _key_phrase_score
    unknown_weight: float = 0.5  # a question term that no fact has, against ~1-4.5 for known ones
    unit_bonus: float = 0.06  # the question asks for exactly this fact's unit
    focus_penalty: float = 0.05  # the fact never mentions the thing counted
    pinyin_discount: float = 0.92  # a pinyin match is a little less sure than a character match
    pinyin_min_key: float = 0.9  # by sound, only a whole key phrase counts: no loose pinyin matches
    char_weight: float = 0.6  # of a single character's rarity, against a bigram's
    side_weight: float = 0.5  # a question word found only in the fact's wider sentence or topic
    time_fit: float = 0.06  # the fact's side of a change (before/after) or year agrees with the question
    counted_bonus: float = 0.08  # the thing the question counts stands right next to this fact's figure
    unasked_penalty: float = 0.1  # a place or level next to the figure that the question does not say
    threshold: float = 0.6  # below it the engine declines ...
    margin: float = 0.02  # ... and the best must lead a fact with another figure by this much;
    # or a weaker best that is the only serious candidate: at least lone_threshold and ahead of
    # every fact with another figure by lone_margin (a paraphrase shares fewer words, but no rival).
    spread_credit: float = 0.85  # how complete a key phrase counts when its characters are spread out
    lone_threshold: float = 0.45
    lone_margin: float = 0.2
    # A question that several facts with other figures explain in full ("投入了多少资金") is
    # ambiguous unless the best fact's key phrase is this much surer than theirs. A product rule,
    # not tuned (see scripts/tune.py): the smallest gap that still offers the candidates.
    ambiguity_gap: float = 0.15


DEFAULT_PARAMS = Params()
