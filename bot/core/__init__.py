"""The transport-free core: knowledge, normalisation, matching, answers, quizzes, storage.

Nothing under this package may import `telegram`; tests/core/test_layering.py enforces it.
"""
