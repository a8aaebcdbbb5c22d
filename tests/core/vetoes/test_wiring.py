"""Every rule of bot.core.vetoes is applied: a rule written but left out of `Matcher._rules`
would pass its own module's review and never rule anything out."""

from __future__ import annotations

import inspect

from bot.core import vetoes
from bot.core.engine import Engine
from bot.core.matching import Matcher


def test_every_veto_is_applied_once(engine: Engine) -> None:
    defined = {name for name, member in inspect.getmembers(Matcher, inspect.isfunction)
               if name.startswith("_veto_") and member.__module__.startswith(vetoes.__name__)}
    applied = [rule.__name__ for rule in engine.matcher._rules()]
    assert len(defined) > 30
    assert sorted(applied) == sorted(defined)


def test_rules_live_in_the_vetoes_package() -> None:
    # The matcher scores and decides; what rules a fact out is one module per concern.
    own = [name for name, member in vars(Matcher).items() if name.startswith("_veto_") and callable(member)]
    assert own == []
