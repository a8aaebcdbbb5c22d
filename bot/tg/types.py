"""Type aliases for PTB's generic classes, so signatures stay readable and mypy strict."""

from typing import Any, TypeAlias

from telegram.ext import Application, ContextTypes

App: TypeAlias = Application[Any, Any, Any, Any, Any, Any]
Context: TypeAlias = ContextTypes.DEFAULT_TYPE
