#!/usr/bin/env bash
# `npm run db:up`: installs (when missing) and starts a local PostgreSQL for development and tests,
# with a `tandem` role (password `tandem`, allowed to create databases) and a `tandem` database.
# Idempotent: run it as often as you like. Needs root (or sudo) the first time, to install.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  as_root pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  as_root pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done

as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='tandem'\"" | grep -q 1 ||
  as_postgres "psql -p $port -qc \"CREATE ROLE tandem LOGIN PASSWORD 'tandem' CREATEDB\""
as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='tandem'\"" | grep -q 1 ||
  as_postgres "psql -p $port -qc \"CREATE DATABASE tandem OWNER tandem\""

echo "PostgreSQL $version is running on port $port."
echo "DATABASE_URL=postgresql://tandem:tandem@127.0.0.1:$port/tandem"
