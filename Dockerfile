# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml setup.py README.md ./
COPY digests ./digests
COPY bot ./bot
# A C compiler for the build only: setup.py compiles the analysis modules with mypyc (without one
# they run as pure Python); the runtime image below takes the built venv, not the compiler.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 newsdigest && mkdir /data && chown newsdigest /data
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    NEWSDIGEST_DATABASE_URL=sqlite+aiosqlite:////data/newsdigest.sqlite3
USER newsdigest
WORKDIR /data
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 \
  CMD ["newsdigest", "health"]
ENTRYPOINT ["newsdigest"]
CMD ["run"]
