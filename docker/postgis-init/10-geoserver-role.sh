#!/bin/bash
# GeoServer's own database login, which may only read the publish views: the migrations and
# each publication grant it SELECT on them. Runs once, when the PostGIS volume is first
# initialised (docker-entrypoint-initdb.d); roles belong to the cluster and need a superuser.
set -euo pipefail
: "${CADASTRE_GEOSERVER_DB_PASSWORD:?set CADASTRE_GEOSERVER_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="$CADASTRE_GEOSERVER_DB_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE cadastre_geoserver' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadastre_geoserver') \gexec
ALTER ROLE cadastre_geoserver LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'password';
SQL
