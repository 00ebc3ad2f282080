#!/usr/bin/env bash
# The production topology on one machine, without containers: PostgreSQL, Redis, two instances of the service and nginx
# ending TLS in front of both (a self-signed certificate made here), serving the demo at https://localhost:8443/demo.
#
# Usage: scripts/cluster.sh up | down | status | stop-instance N | start-instance N | restart-redis
#   up              start every piece (publishing the service in Release first, unless FC_CLUSTER_APP names a build)
#   down            stop every piece and remove the cluster's folder
#   status          each piece: running or not; exit 0 when all run, 3 otherwise
#   stop-instance N kill instance N (1 or 2) at once, as a crash would; nginx sends its requests to the other
#   start-instance N start instance N again and wait until it is ready
#   restart-redis   kill Redis at once and start it again, empty (it keeps no data on disk)
#
# Settings (environment variables; `up` records them, the other commands read the record):
#   FC_CLUSTER_DIR        the cluster's folder: data, logs, certificate, keys (default ${TMPDIR:-/tmp}/family-context-cluster)
#   FC_CLUSTER_APP        a folder holding a built FamilyContext.Plugin.dll (default: dotnet publish -c Release into the folder)
#   FC_CLUSTER_HOST       the host name people use (default localhost)
#   FC_CLUSTER_HTTPS_PORT nginx's port (default 8443)
#   FC_CLUSTER_PORTS      the two instances' ports (default "5101 5102")
#   FC_CLUSTER_REDIS_PORT, FC_CLUSTER_POSTGRES_PORT (defaults 6390, 5440)
#
# For trying the topology only: PostgreSQL trusts local connections and Redis has no password. nginx's access log
# (access.log in the folder) names the instance that served each request, without query strings (launch tokens).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${FC_CLUSTER_DIR:-${TMPDIR:-/tmp}/family-context-cluster}
PG_BIN=/usr/lib/postgresql/15/bin
NGINX=/usr/sbin/nginx
REDIS=/usr/bin/redis-server

log() { printf '%s\n' "$*" >&2; }
die() { log "cluster: $*"; exit 2; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

require() { [ -x "$1" ] || die "$1 is missing: install the Debian package '$2' (scripts/test.sh installs it)."; }

load_settings() {
  [ -f "$DIR/cluster.env" ] || die "no cluster in $DIR: run 'scripts/cluster.sh up' first."
  # shellcheck disable=SC1091
  . "$DIR/cluster.env"
}

save_settings() {
  mkdir -p "$DIR"
  cat >"$DIR/cluster.env" <<EOF
HOST_NAME=${FC_CLUSTER_HOST:-localhost}
HTTPS_PORT=${FC_CLUSTER_HTTPS_PORT:-8443}
INSTANCE_PORTS="${FC_CLUSTER_PORTS:-5101 5102}"
REDIS_PORT=${FC_CLUSTER_REDIS_PORT:-6390}
POSTGRES_PORT=${FC_CLUSTER_POSTGRES_PORT:-5440}
APP=${FC_CLUSTER_APP:-$DIR/app}
EOF
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

instance_port() {
  local ports
  read -r -a ports <<<"$INSTANCE_PORTS"
  [ "$1" = 1 ] || [ "$1" = 2 ] || die "there are two instances: 1 and 2."
  echo "${ports[$(($1 - 1))]}"
}

wait_for() { # wait_for SECONDS WHAT COMMAND...
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq "$((seconds * 5))"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  die "$what did not become ready in ${seconds}s (logs in $DIR)."
}

publish() {
  if [ -n "${FC_CLUSTER_APP:-}" ]; then
    [ -f "$APP/FamilyContext.Plugin.dll" ] || die "FC_CLUSTER_APP=$APP holds no FamilyContext.Plugin.dll."
    return
  fi
  log "Publishing the service (Release) into $APP"
  dotnet publish "$ROOT/FamilyContext.Plugin/FamilyContext.Plugin.csproj" -c Release -o "$APP" --nologo -v:q >&2
}

make_certificate_and_keys() {
  mkdir -p "$DIR/tls"
  if [ ! -f "$DIR/tls/cert.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$HOST_NAME" \
      -addext "subjectAltName=DNS:$HOST_NAME,DNS:localhost,IP:127.0.0.1" \
      -keyout "$DIR/tls/key.pem" -out "$DIR/tls/cert.pem" 2>/dev/null
  fi
  # The demo CMS's signing key, shared by both instances: a link made by one opens on the other.
  [ -f "$DIR/demo-launch-key.pem" ] || openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$DIR/demo-launch-key.pem" 2>/dev/null
}

start_postgres() {
  require "$PG_BIN/initdb" postgresql
  local data=$DIR/postgres/data
  as_postgres test -x "$DIR" || die "the postgres user cannot reach $DIR: choose an FC_CLUSTER_DIR whose parent folders others may enter."
  if [ ! -d "$data" ]; then
    mkdir -p "$DIR/postgres"
    if is_root; then chown postgres:postgres "$DIR/postgres"; fi
    as_postgres "$PG_BIN/initdb" -D "$data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  fi
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$DIR/postgres/server.log" -w -t 60 start \
      -o "-p $POSTGRES_PORT -c listen_addresses=127.0.0.1 -k $DIR/postgres" >/dev/null
  fi
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'familycontext'" | grep -q 1 \
    || as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres familycontext
}

start_redis() {
  require "$REDIS" redis-server
  mkdir -p "$DIR/redis"
  running "$DIR/redis/redis.pid" && return
  # No persistence at all (README, "Redis persistence in production"): a restart forgets every used token id and the
  # start marker with them, so every token made before it is refused. noeviction: an evicted id would be a forgotten use.
  "$REDIS" --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --pidfile "$DIR/redis/redis.pid" \
    --logfile "$DIR/redis/redis.log" --dir "$DIR/redis" --save "" --appendonly no --maxmemory-policy noeviction </dev/null >/dev/null
  wait_for 10 "Redis" bash -c "exec 3<>/dev/tcp/127.0.0.1/$REDIS_PORT"
}

start_instance() {
  local number=$1 port
  port=$(instance_port "$number")
  running "$DIR/instance-$number.pid" && return
  local database="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres;Database=familycontext"
  (
    cd "$APP"
    export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" AllowedHosts="$HOST_NAME"
    export FamilyContext__Hosting__KnownProxies__0=127.0.0.1
    export FamilyContext__Store__Provider=PostgreSql FamilyContext__Store__ConnectionString="$database"
    export FamilyContext__Audit__Provider=PostgreSql FamilyContext__Audit__ConnectionString="$database"
    export FamilyContext__Access__Provider=PostgreSql FamilyContext__Access__ConnectionString="$database"
    export FamilyContext__MatchReview__Provider=PostgreSql FamilyContext__MatchReview__ConnectionString="$database"
    export FamilyContext__Cache__Redis="127.0.0.1:$REDIS_PORT"
    export FamilyContext__Demo__LaunchKeyFile="$DIR/demo-launch-key.pem"
    export FamilyContext__Demo__CmsConnectionString="Data Source=$DIR/demo-cms.db"
    # Its own session: stopping the script (or the test that runs it) does not stop the instance.
    setsid dotnet "$APP/FamilyContext.Plugin.dll" >>"$DIR/instance-$number.log" 2>&1 </dev/null &
    echo $! >"$DIR/instance-$number.pid"
  )
  wait_for 180 "instance $number (port $port)" curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready"
  log "instance $number ready on 127.0.0.1:$port"
}

stop_instance() {
  local pid_file=$DIR/instance-$1.pid
  if running "$pid_file"; then
    kill -KILL "$(cat "$pid_file")"
    while running "$pid_file"; do sleep 0.1; done
  fi
  rm -f "$pid_file"
}

start_nginx() {
  require "$NGINX" nginx
  running "$DIR/nginx/nginx.pid" && return
  mkdir -p "$DIR/nginx"
  local upstreams="" port
  for port in $INSTANCE_PORTS; do upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
  cat >"$DIR/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/error.log;
$(is_root && echo "user root;")
events { worker_connections 256; }
http {
  log_format upstream '\$msec \$request_method \$uri \$status \$upstream_addr';
  access_log $DIR/access.log upstream;
  client_body_temp_path $DIR/nginx/body;
  proxy_temp_path $DIR/nginx/proxy;
  fastcgi_temp_path $DIR/nginx/fastcgi;
  uwsgi_temp_path $DIR/nginx/uwsgi;
  scgi_temp_path $DIR/nginx/scgi;
  upstream family_context {
$upstreams  }
  server {
    listen 127.0.0.1:$HTTPS_PORT ssl;
    server_name $HOST_NAME;
    ssl_certificate $DIR/tls/cert.pem;
    ssl_certificate_key $DIR/tls/key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    location / {
      proxy_pass http://family_context;
      proxy_connect_timeout 2s;
      # A request an instance cannot take (killed, not listening) goes to the other; the service's own answers are passed on.
      proxy_next_upstream error timeout http_502;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
  "$NGINX" -t -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
  "$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" </dev/null >/dev/null 2>>"$DIR/nginx/error.log"
  wait_for 10 "nginx" bash -c "exec 3<>/dev/tcp/127.0.0.1/$HTTPS_PORT"
}

stop_pid() {
  if running "$1"; then
    kill "$(cat "$1")"
    for _ in $(seq 50); do running "$1" || break; sleep 0.1; done
    if running "$1"; then kill -KILL "$(cat "$1")"; fi
  fi
  rm -f "$1"
}

up() {
  save_settings
  load_settings
  publish
  make_certificate_and_keys
  start_postgres
  start_redis
  # One after the other: the first creates the databases' tables and the demo council, the second finds them made.
  start_instance 1
  start_instance 2
  start_nginx
  log "Family Context is at https://$HOST_NAME:$HTTPS_PORT/demo (a self-signed certificate: $DIR/tls/cert.pem)"
}

down() {
  [ -f "$DIR/cluster.env" ] || { log "no cluster in $DIR"; return 0; }
  load_settings
  stop_pid "$DIR/nginx/nginx.pid"
  stop_pid "$DIR/instance-1.pid"
  stop_pid "$DIR/instance-2.pid"
  stop_pid "$DIR/redis/redis.pid"
  if [ -d "$DIR/postgres/data" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$DIR/postgres/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  log "stopped; $DIR removed"
}

restart_redis() {
  if running "$DIR/redis/redis.pid"; then
    kill -KILL "$(cat "$DIR/redis/redis.pid")"
    while running "$DIR/redis/redis.pid"; do sleep 0.1; done
  fi
  rm -f "$DIR/redis/redis.pid"
  start_redis
}

postgres_running() { as_postgres "$PG_BIN/pg_ctl" -D "$DIR/postgres/data" status >/dev/null 2>&1; }

instance_ready() { curl -fsS -o /dev/null "http://127.0.0.1:$(instance_port "$1")/health/ready"; }

status() {
  load_settings
  local all=0 number
  line() { # line NAME ADDRESS COMMAND...
    local name=$1 address=$2
    shift 2
    if "$@"; then printf '%-11s running  %s\n' "$name" "$address"; else printf '%-11s stopped  %s\n' "$name" "$address"; all=3; fi
  }
  line postgresql "127.0.0.1:$POSTGRES_PORT" postgres_running
  line redis "127.0.0.1:$REDIS_PORT" running "$DIR/redis/redis.pid"
  for number in 1 2; do
    line "instance-$number" "http://127.0.0.1:$(instance_port "$number") (ready)" instance_ready "$number"
  done
  line nginx "https://$HOST_NAME:$HTTPS_PORT/" running "$DIR/nginx/nginx.pid"
  return "$all"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  stop-instance) load_settings; stop_instance "${2:?which instance: 1 or 2}"; log "instance $2 killed" ;;
  start-instance) load_settings; instance_port "${2:?which instance: 1 or 2}" >/dev/null; start_instance "$2" ;;
  restart-redis) load_settings; restart_redis; log "Redis restarted, empty" ;;
  *) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
