"""Handlers by concern: asking, browsing, admin, quiz. `bot.tg.app` wires them all."""
