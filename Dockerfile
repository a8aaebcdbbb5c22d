# The bot in a container: slim Python, a non-root user, knowledge and data as volumes.
#   docker build -t yunnan-facts-bot .
#   docker run -d --env-file .env -v facts-data:/data -v "$PWD/knowledge:/knowledge" yunnan-facts-bot
# Settings come from the environment (--env-file); no .env is read inside the image.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BOT_ENV_FILE= \
    KNOWLEDGE_DIR=/knowledge \
    DATA_DIR=/data \
    BOT_CACHE_DIR=/data/cache

RUN useradd --system --uid 10001 --create-home --home-dir /home/bot bot

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && rm -rf /src

# The default knowledge; mount a directory over /knowledge to use (and /reload) your own.
COPY --chown=bot:bot knowledge /knowledge
RUN mkdir -p /data && chown bot:bot /data

USER bot
WORKDIR /home/bot
VOLUME ["/data", "/knowledge"]
# Webhook mode listens here (WEBHOOK_PORT); polling needs no port.
EXPOSE 8443
ENTRYPOINT ["yunnan-facts-bot"]
CMD ["run"]
