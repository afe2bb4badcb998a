#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL 15 cluster for tests, on a free port, owned by `postgres`.
# Usage: scripts/pg-throwaway.sh start <dir>   → prints the DATABASE URL on stdout
#        scripts/pg-throwaway.sh stop <dir>
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
cmd=${1:?start|stop}
dir=${2:?directory}
data="$dir/data"; run="$dir/run"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$cmd" = stop ]; then
  [ -d "$data" ] && as_pg "$BIN/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$data" "$run"
if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; chmod 755 "$dir"; fi
chmod 700 "$data"
as_pg "$BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$BIN/pg_ctl" -D "$data" -o "-p $port -k $run -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
  -l "$run/pg.log" -w start >/dev/null
"$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc 'create database pcmt' >/dev/null
echo "postgres://postgres@127.0.0.1:$port/pcmt"
