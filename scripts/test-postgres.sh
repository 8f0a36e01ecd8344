#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the network tests, on a free local port, as
# the unprivileged `postgres` user when run as root (PostgreSQL refuses to run as root),
# with TLS by a certificate its own small authority signed ($dir/ca.crt, for
# PASSERELLE_TEST_PG_CA), and prints its folder, then its admin URL on the last line,
# for PASSERELLE_TEST_PG. Installs Debian's postgresql (and openssl) when the machine
# lacks them (not with PASSERELLE_PG_NO_INSTALL set: the tests set it).
# `scripts/test-postgres.sh stop DIR` stops it. PASSERELLE_PG_HOST (an address) and
# PASSERELLE_PG_NETNS (a network namespace) start it listening on that address inside
# that namespace instead (`scripts/test-partition.sh` does).
set -euo pipefail
if [ "${1:-}" = stop ]; then
  dir=$2
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
  runner=(); [ "$(id -u)" = 0 ] && runner=(runuser -u postgres --)
  "${runner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
  rm -rf "$dir"
  exit 0
fi
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  if [ -n "${PASSERELLE_PG_NO_INSTALL:-}" ]; then
    echo "no ${need[*]} here (install Debian's postgresql and openssl)" >&2
    exit 1
  fi
  apt-get update -qq >&2 && apt-get install -y -qq "${need[@]}" >/dev/null
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
dir=$(mktemp -d /tmp/passerelle-ci-pg.XXXXXX)
password=passerelle-ci-admin
echo "$password" > "$dir/pw"
host=${PASSERELLE_PG_HOST:-127.0.0.1}
bash "$(dirname "$0")/test-certificates.sh" "$dir" "${PASSERELLE_PG_HOST:-}"
runner=()
[ -n "${PASSERELLE_PG_NETNS:-}" ] && runner=(ip netns exec "$PASSERELLE_PG_NETNS")
if [ "$(id -u)" = 0 ]; then
  chown -R postgres:postgres "$dir"
  runner+=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${runner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile "$dir/pw" -E UTF8 --no-sync >&2
# Another address than this PC's own: its neighbours may connect too (by password).
if [ "$host" != 127.0.0.1 ]; then
  echo "host all all samenet scram-sha-256" >> "$dir/data/pg_hba.conf"
fi
"${runner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -c listen_addresses=$host -k $dir -c fsync=off -c max_connections=200 \
  -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start >&2
echo "$dir"
echo "postgresql://postgres:$password@$host:$port"
