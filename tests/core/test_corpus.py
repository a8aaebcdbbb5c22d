"""Corpus: `in` answers as a plain string's would, quicker for words it does not hold."""

from __future__ import annotations

import pickle
import random

from bot.core.corpus import Corpus

TEXT = "全省建成职工驿站2131个\n培育高技能人才\n"


def test_in_answers_as_the_plain_string_does() -> None:
    corpus = Corpus(TEXT)
    rng = random.Random(3)
    alphabet = "全省建成职工驿站高技能人才培育2131个\n"
    probes = ["", "职", "职工驿站", "驿站2131", "\n培育", "人才\n", "职工人才", "驿站职工"]
    probes += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(500)]
    for word in probes:
        assert (word in corpus) == (word in TEXT), word


def test_it_is_still_a_string_and_survives_pickling() -> None:
    corpus = pickle.loads(pickle.dumps(Corpus(TEXT)))
    assert isinstance(corpus, Corpus)
    assert corpus == TEXT
    assert corpus.find("驿站") == TEXT.find("驿站")
    assert "技能人才" in corpus
    assert "技能人材" not in corpus
