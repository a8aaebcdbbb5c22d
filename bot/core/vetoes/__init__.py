"""The rules that rule a fact out for a question, one module per concern.

Each rule is a method `_veto_…(i, analysis) -> str` of a class over bot.core.readings.Readings
(what is known of every fact): the reason fact i cannot be meant, or ''. bot.core.matching.Matcher
inherits them all and applies them in one place, `Matcher._veto`, first reason first.
"""
