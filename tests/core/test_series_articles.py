"""More articles of the series (courts, supply cooperatives, telecoms, fire rescue, health,
transport, ecology, culture and tourism, agriculture, water, civil affairs, employment and social
security, housing, commerce, science and technology, forestry, energy, sport, public security, rural
revitalisation, ethnic unity, women and children, state-owned enterprises, medical insurance,
emergency management, market regulation, public finance, natural resources, disabled persons,
meteorology, youth league, procuratorate, radio and television, taxation, the economy, foreign
affairs, justice administration, veterans affairs, industry and information technology, grain and
reserves, the science association, earthquake prevention, audit, drug regulation, finance, the
postal service, tobacco, electric power, statistics, overseas Chinese affairs, archives, civil
aviation, customs, the united front, cyberspace, the federation of industry and commerce, petitions,
the Red Cross, literary and art circles, government offices administration, talent work, civil air
defence, ageing, local gazetteers, surveying and mapping, the central bank's branch, railways, the
housing provident fund, drug control, intellectual property, cultural heritage, the open economy,
banking and insurance, the digital economy, tea, flowers, prisons and drug rehabilitation, the nine
plateau lakes, coffee, Chinese medicine, east-west cooperation, government services, vocational
education, border ports, livestock, forest fire prevention, relocation out of poverty, the private
economy, old housing estates, biodiversity, rural roads, fruit, consumption, development zones,
rural e-commerce, volunteering, household income, the people's congress, universities, patriotic
health, waterways, fisheries, sugar, mothers' and children's health, logistics, the business
climate, rural water supply, charities, vegetables, press and publication, city management, border
areas, medicinal herbs, housing security, childcare, mining, farm machinery, city sewage and waste,
disease control, seeds, lotteries, farmland, public culture, the building trade, soil conservation,
trade fairs), each drafted by `bot draft` with no hand edit and asked questions written for it
before the matcher first saw it: the draft-only targets hold on articles other than the seed.

The thresholds sit a little under what the engine reaches today (scripts/probes.py prints it per
article and style, README quotes first contact and now), so a rule that costs one of these
articles several answers, or gives one more wrong figure, fails here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.core.drafted import drafted_engine, figure

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def _questions(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same_figure(expect: str, answered: str | None) -> bool:
    """`expect` is the whole number of the answer (58 is not in 358 nor in 58.6)."""
    return re.search(r"(?<![\d.])" + re.escape(expect) + r"(?![\d.])", answered or "") is not None


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_drafted_article_answers_its_questions(name: str, tmp_path: Path) -> None:
    engine = drafted_engine(tmp_path, (ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), name)
    answerable = _questions(ARTICLES / f"{name}_in.jsonl")
    answers = [(str(e["q"]), e["expect"], figure(engine, str(e["q"]))) for e in answerable]
    right = [q for q, expect, got in answers if any(_same_figure(str(x), got) for x in expect)]  # type: ignore[attr-defined]
    wrong = [(q, got) for q, expect, got in answers if got is not None and q not in right]
    decline = [str(e["q"]) for e in _questions(ARTICLES / f"{name}_out.jsonl")]
    answered = [q for q in decline if figure(engine, q) is not None]
    assert len(answerable) >= 40
    assert len(decline) >= 20
    assert len(right) >= 0.85 * len(answerable), [q for q, _, _ in answers if q not in right]
    assert len(wrong) <= 1, wrong
    assert len(decline) - len(answered) >= 0.9 * len(decline), answered
