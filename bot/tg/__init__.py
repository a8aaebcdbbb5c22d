"""The Telegram adapter: translates updates to core calls and core results to replies."""
