#!/usr/bin/env bash
# A local Dateline cluster in the production shape, on loopback only:
# Varnish in front, two granian application servers, PostgreSQL and Redis.
#
#   deploy/cluster.sh up      start it (installs Debian's varnish if missing, as root)
#   deploy/cluster.sh down    stop what `up` started
#   deploy/cluster.sh status
#
# Environment: CLUSTER_DIR (state, default var/cluster), CLUSTER_DB (database,
# default dateline_cluster), CLUSTER_VARNISH_PORT (6081), CLUSTER_APP_PORTS
# ("8001 8002"), CLUSTER_DEMO (1: load the demo content), PYTHON_BIN (.venv/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR=${CLUSTER_DIR:-$ROOT/var/cluster}
DB=${CLUSTER_DB:-dateline_cluster}
VARNISH_PORT=${CLUSTER_VARNISH_PORT:-6081}
APP_PORTS=${CLUSTER_APP_PORTS:-"8001 8002"}
BIN=${PYTHON_BIN:-$ROOT/.venv/bin}
PG_URL=${CLUSTER_PG_URL:-postgres://postgres@127.0.0.1:5432}

say() { echo "cluster: $*"; }

environment() {
  mkdir -p "$DIR"
  [ -s "$DIR/secret" ] || "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))' > "$DIR/secret"
  chmod 600 "$DIR/secret"
  export DJANGO_SETTINGS_MODULE=dateline.settings.production
  export SECRET_KEY="$(cat "$DIR/secret")"
  export DATABASE_URL="$PG_URL/$DB"
  export REDIS_URL=${CLUSTER_REDIS_URL:-redis://127.0.0.1:6379/3}
  export ALLOWED_HOSTS=127.0.0.1,localhost
  export SECURE_COOKIES=0
  export DATELINE_SITE_URL="http://127.0.0.1:$VARNISH_PORT"
  export DATELINE_PURGERS="varnish:http://127.0.0.1:$VARNISH_PORT"
  export DATELINE_DATA_DIR="$DIR"
  export STATIC_ROOT="$DIR/static"
}

need_varnish() {
  if command -v varnishd >/dev/null && [ -e /usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so -o -n "$(find /usr/lib -name libvmod_xkey.so 2>/dev/null | head -n1)" ]; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's varnish and varnish-modules"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null
  else
    echo "The cluster needs Debian's packages varnish and varnish-modules (sudo apt-get install varnish varnish-modules)." >&2
    exit 1
  fi
}

need_services() {
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    say "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
  if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    say "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  fi
  psql "$PG_URL/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
    || psql "$PG_URL/postgres" -qc "CREATE DATABASE \"$DB\""
}

wait_for() {
  for _ in $(seq 1 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "cluster: $1 did not answer" >&2
  return 1
}

up() {
  need_varnish
  need_services
  environment
  # Nothing is cached yet while the database is set up: no purges.
  DATELINE_PURGERS= "$BIN/dateline" migrate --noinput -v0
  if [ "${CLUSTER_DEMO:-1}" = 1 ]; then
    DATELINE_PURGERS= "$BIN/dateline" load-demo >/dev/null
    DATELINE_PURGERS= "$BIN/dateline" demo-staff > "$DIR/accounts.txt"
    DATELINE_PURGERS= "$BIN/dateline" reindex >/dev/null
  fi
  "$BIN/dateline" collectstatic --noinput -v0
  backends=""
  adds=""
  n=0
  for port in $APP_PORTS; do
    n=$((n + 1))
    if [ ! -s "$DIR/app$n.pid" ] || ! kill -0 "$(cat "$DIR/app$n.pid")" 2>/dev/null; then
      "$BIN/granian" --interface wsgi --workers 1 --blocking-threads 4 --host 127.0.0.1 --port "$port" \
        --no-ws dateline.wsgi:application > "$DIR/app$n.log" 2>&1 &
      echo $! > "$DIR/app$n.pid"
    fi
    backends+="backend app$n { .host = \"127.0.0.1\"; .port = \"$port\"; .probe = { .url = \"/robots.txt\"; .interval = 2s; .timeout = 2s; .window = 3; .threshold = 2; } }"$'\n'
    adds+="    apps.add_backend(app$n);"$'\n'
  done
  for port in $APP_PORTS; do wait_for "http://127.0.0.1:$port/robots.txt"; done
  cp deploy/varnish/dateline.vcl "$DIR/dateline.vcl"
  printf '%s\nsub dateline_backends {\n%s}\n' "$backends" "$adds" > "$DIR/dateline-backends.vcl"
  if [ ! -s "$DIR/varnish.pid" ] || ! kill -0 "$(cat "$DIR/varnish.pid")" 2>/dev/null; then
    varnishd -j none -n "$DIR/varnish" -a "127.0.0.1:$VARNISH_PORT" -T 127.0.0.1:0 -P "$DIR/varnish.pid" \
      -p vcl_path="$DIR" -f "$DIR/dateline.vcl" -s malloc,256m
  fi
  wait_for "http://127.0.0.1:$VARNISH_PORT/robots.txt"
  say "Varnish http://127.0.0.1:$VARNISH_PORT/ in front of granian on ports $APP_PORTS, PostgreSQL database $DB, Redis"
  [ -s "$DIR/accounts.txt" ] && cat "$DIR/accounts.txt"
  say "stop it with: make cluster-stop"
}

down() {
  for pidfile in "$DIR"/app*.pid "$DIR/varnish.pid"; do
    [ -s "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  say "stopped (PostgreSQL and Redis keep running)"
}

status() {
  for pidfile in "$DIR"/app*.pid "$DIR/varnish.pid"; do
    [ -s "$pidfile" ] || continue
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then say "$(basename "$pidfile" .pid) running"; else say "$(basename "$pidfile" .pid) stopped"; fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: deploy/cluster.sh up|down|status" >&2; exit 2 ;;
esac
