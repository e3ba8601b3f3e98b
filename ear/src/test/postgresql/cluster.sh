#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the integration tests, with Debian's postgresql package (./cryopath test
# installs it). The build starts it before the integration tests and stops it after them; the tests that restart
# PostgreSQL under a running CryoPath call "down" and "up".
#   cluster.sh start <data dir> <port>   a fresh cluster: initdb, start, the cryopath login and its databases
#   cluster.sh down  <data dir>          stop it (fast shutdown: sessions are cut, committed work is kept)
#   cluster.sh up    <data dir>          start it again, data as it was
#   cluster.sh stop  <data dir>          stop it if it runs (also a cluster left over by a killed build)
# The cluster listens on 127.0.0.1:<port> only, with its socket in the data dir. Logins over TCP need a password
# (scram-sha-256): user cryopath, password cryopath, databases cryopath (the test server's) and cryopath_schema (the
# schema comparison's). The superuser postgres signs in only through the socket. PostgreSQL refuses to run as root,
# so as root the cluster belongs to the postgres user the package created.
set -euo pipefail

command=${1:?usage: cluster.sh start|down|up|stop <data dir> [port]}
data=${2:?the data directory}
port=${3:-}

fail() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }

bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  fail "PostgreSQL is not installed: run ./cryopath test (it installs Debian's postgresql), or apt-get install -y postgresql, or skip these tests with -Dit.postgresql.skip=true"
}

BIN=$(bindir)

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { [ -f "$data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; }

stop() {
  if running; then
    as_owner "$BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
  fi
}

up() {
  running && return 0
  as_owner "$BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null \
    || fail "PostgreSQL did not start; see $data/server.log"
}

sql() {
  as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$data" -p "$port" -U postgres -d postgres -c "$1" >/dev/null
}

start() {
  [ -n "$port" ] || fail "start needs a port"
  stop
  rm -rf "$data"
  mkdir -p "$data"
  [ ${#data} -lt 90 ] || fail "the data directory's path is too long for PostgreSQL's socket: $data"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "no postgres user: install Debian's postgresql package"
    chown postgres:postgres "$data"
    runuser -u postgres -- test -x "$data" || fail "the postgres user cannot reach $data (a parent folder is closed to it)"
  fi
  chmod 700 "$data"
  as_owner "$BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
      --auth-host=scram-sha-256 --no-sync >"$data/../it-postgresql-initdb.log" 2>&1 \
    || fail "initdb failed; see $data/../it-postgresql-initdb.log"
  cat >>"$data/postgresql.conf" <<CONF
# CryoPath's integration tests
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
max_connections = 100
CONF
  up
  sql "CREATE ROLE cryopath LOGIN PASSWORD 'cryopath'"
  # The benchmark asks for a checkpoint before it times anything, as it does on Derby.
  sql "GRANT pg_checkpoint TO cryopath"
  sql "CREATE DATABASE cryopath OWNER cryopath"
  sql "CREATE DATABASE cryopath_schema OWNER cryopath"
  echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') for the integration tests on 127.0.0.1:$port ($data)"
}

case "$command" in
  start) start ;;
  up) up ;;
  down|stop) stop ;;
  *) fail "unknown command $command" ;;
esac
