"""A Chinese Telegram bot that answers questions with exact figures from its sources."""
