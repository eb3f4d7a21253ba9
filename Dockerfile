# season2bot in one container: `python -m bot run`, as the README's Deployment section runs it.
#   docker build -t season2bot .
#   docker run --env-file .env -e DATABASE_PATH=/data/season2bot.db -e METRICS_PORT=8080
#       -v season2bot-data:/data season2bot              (SQLite in the volume; `... season2bot seed`
#                                                         runs another subcommand)
# The -e options win over the DATABASE_PATH and METRICS_PORT lines of a .env copied from .env.example.
# compose.yaml runs it beside PostgreSQL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A user of its own, no shell, no home; it owns only the data volume.
RUN groupadd --system --gid 10001 season2bot \
    && useradd --system --uid 10001 --gid season2bot --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin season2bot \
    && mkdir /data && chown season2bot:season2bot /data

WORKDIR /app
COPY . /app
# The project and its runtime dependencies, without the dev extra. The bot reads data/shows.json and
# data/feeds.json beside its package, so /app (this source tree) comes first on the path, for
# `python -m bot` and the `season2bot` script alike.
RUN pip install /app && rm -rf /app/build /app/*.egg-info
ENV PYTHONPATH=/app

# The SQLite store (unless DATABASE_URL names a PostgreSQL one). /data exists, owned by the bot's
# user, before VOLUME: a new named volume starts with that owner.
VOLUME /data
ENV DATABASE_PATH=/data/season2bot.db \
    METRICS_PORT=8080
EXPOSE 8080
# The season2bot user, by number: Kubernetes' runAsNonRoot can only check a numeric one.
USER 10001:10001

# /healthz: gateway connected and store answering. The first start seeds the store and syncs the
# commands before the gateway connects, hence the start period. No curl in the slim image: Python.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot.healthcheck"]

# SIGTERM lets running commands finish (up to 10 s): stop with `docker stop -t 15` (compose.yaml
# sets stop_grace_period).
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
