#!/usr/bin/env bash
# deploy/infra.sh: a PRIVATE RabbitMQ node and PostgreSQL cluster for tests, CI and the local distributed run.
#
#   deploy/infra.sh up      install what is missing (Debian/Ubuntu), start both, print `export` lines
#   deploy/infra.sh env     print the `export` lines of the running instance:  eval "$(deploy/infra.sh env)"
#   deploy/infra.sh status  say what runs (exit 0: both run, 3: not both)
#   deploy/infra.sh down [--keep]   stop what `up` started; remove the data unless --keep
#   deploy/infra.sh postgres stop|start   stop (pg_ctl -m fast) or start again only PostgreSQL, data kept: an outage
#   deploy/infra.sh rabbitmq stop|start   rabbitmqctl stop_app / start_app on the node (connections drop, data kept)
#
# Settings (environment):
#   PLATFORM_INFRA_DIR                 state dir (env file, settings, passwords)   default /var/lib/platform-infra
#                                      (mode 700, owned by the caller; files in it that another user owns or may
#                                      write are refused, never sourced)
#   PLATFORM_RABBITMQ_PORT             AMQP port                                   default 5682
#   PLATFORM_RABBITMQ_MANAGEMENT_PORT  management HTTP port                        default AMQP port + 10000
#   PLATFORM_RABBITMQ_DIST_PORT        Erlang distribution port                    default AMQP port + 20000
#   PLATFORM_RABBITMQ_NODENAME         Erlang node name      default platform@localhost (platform-PORT@localhost off 5682)
#   PLATFORM_POSTGRES_PORT             PostgreSQL port                             default 55432
#   PLATFORM_INFRA_TIMEOUT             seconds for each bounded wait               default 120
#   PLATFORM_POSTGRES_UNSAFE_FAST      1: a new cluster runs with fsync, synchronous_commit and
#                                      full_page_writes OFF (faster, not crash-safe)  default 0: all on
# Once `up` has run, the state dir's settings win over the environment until `down`.
#
# Users and roles (README "Security"): RabbitMQ administrator `platform` for setup only, one user per service, `submit`,
# `operator` and `monitor` (deploy/rabbitmq/users); PostgreSQL superuser `platform` for setup only, `platform_owner`
# (migrations), `platform_app` (storage at run time: data only, no DDL), `platform_reader` (read-only).
# Runs as root (installs packages, switches to the rabbitmq and postgres users). stdout carries only the
# export lines (they hold the passwords: capture them, do not log them); every message goes to stderr and never
# names a password.
set -euo pipefail

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec 8>&2 # the caller's stderr, for messages from traps that may fire while a function's output is redirected

log() { printf 'infra: %s\n' "$*" >&2; }
die() { printf 'infra: ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//' >&2
}

STATE_DIR="${PLATFORM_INFRA_DIR:-/var/lib/platform-infra}"
case "$STATE_DIR" in /*) ;; *) STATE_DIR="$PWD/$STATE_DIR" ;; esac
STATE_DIR="${STATE_DIR%/}"
[ -n "$STATE_DIR" ] || die "PLATFORM_INFRA_DIR must not be /"
SETTINGS="$STATE_DIR/settings"
ENV_FILE="$STATE_DIR/env"
DOTENV_FILE="$STATE_DIR/dotenv"
RMQ_PASSWORD_FILE="$STATE_DIR/rabbitmq.password"
PG_PASSWORD_FILE="$STATE_DIR/postgres.password"
# the lock lives inside the private state dir: a fixed path in the shared /tmp could be planted by another user
LOCK_FILE="$STATE_DIR/.lock"
USERS_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/rabbitmq/users"
TIMEOUT="${PLATFORM_INFRA_TIMEOUT:-120}"
case "$TIMEOUT" in '' | *[!0-9]*) die "PLATFORM_INFRA_TIMEOUT must be a number of seconds" ;; esac
UNSAFE_FAST="${PLATFORM_POSTGRES_UNSAFE_FAST:-0}"
case "$UNSAFE_FAST" in 0 | 1) ;; *) die "PLATFORM_POSTGRES_UNSAFE_FAST must be 0 or 1" ;; esac

PLATFORM_VHOST=platform
PLATFORM_USER=platform
PLATFORM_DATABASE=platform
PG_OWNER_ROLE=platform_owner   # owns the schema, runs migrations
PG_APP_ROLE=platform_app       # storage at run time: select/insert/update/delete, no DDL
PG_READER_ROLE=platform_reader # query commands: select only

# ---------------------------------------------------------------------------------------------- helpers

is_root() { [ "$(id -u)" = 0 ]; }

require_root() {
  is_root || die "run as root (it installs packages and runs RabbitMQ/PostgreSQL as their own users); try: sudo $0 $*"
}

port_is_open() { # port -> 0 when something accepts TCP connections on 127.0.0.1:port
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

read_pid() { # file -> first line when it is a number
  local pid=""
  [ -r "$1" ] && pid="$(head -n 1 "$1" 2>/dev/null | tr -dc '0-9')"
  printf '%s' "$pid"
}

new_password() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

# ---------------------------------------------------------------------------------------------- private state

is_private() { # path -> 0 when the caller owns it and no other user may write it (a dir: nor enter it; a file: nor read it)
  local owner mode
  owner="$(stat -c %u -- "$1" 2>/dev/null)" && mode="$(stat -c %a -- "$1" 2>/dev/null)" || return 1
  [ "$owner" = "$(id -u)" ] && [ $((8#$mode & 8#077)) -eq 0 ] && [ ! -L "$1" ]
}

require_private() { # path: refuse state that infra.sh did not create (another owner, open mode, a symlink)
  [ -e "$1" ] || [ -L "$1" ] || return 0
  is_private "$1" || die "refusing $1: not created by infra.sh as uid $(id -u) (owner $(stat -c %u -- "$1" 2>/dev/null), mode $(stat -c %a -- "$1" 2>/dev/null)); remove it if you do not know it"
}

ensure_state_dir() { # the private state dir: created mode 700, or checked when it exists
  if [ ! -e "$STATE_DIR" ] && [ ! -L "$STATE_DIR" ]; then
    mkdir -p -- "$(dirname -- "$STATE_DIR")"
    mkdir -m 700 -- "$STATE_DIR" || die "cannot create $STATE_DIR"
  fi
  require_private "$STATE_DIR"
}

take_lock() { # serialise up/down of one state dir (tests may call `up` concurrently)
  ensure_state_dir
  [ -e "$LOCK_FILE" ] || [ -L "$LOCK_FILE" ] || (umask 077 && : >"$LOCK_FILE")
  require_private "$LOCK_FILE"
  exec 9>>"$LOCK_FILE"
  flock -w "$TIMEOUT" 9 || die "another infra.sh holds $LOCK_FILE for more than ${TIMEOUT}s"
}

is_our_tmp_dir() { # only ever delete the data dirs that `up` made
  case "${1:-}" in /*/platform-rabbitmq.* | /*/platform-postgres.*) [ -d "$1" ] ;; *) return 1 ;; esac
}

deadline_after() { echo $(($(date +%s) + $1)); }
seconds_left() { local left=$(($1 - $(date +%s))); [ "$left" -gt 0 ] && echo "$left" || echo 0; }

# ---------------------------------------------------------------------------------------------- settings

load_settings() {
  if [ -e "$STATE_DIR" ] || [ -L "$STATE_DIR" ]; then require_private "$STATE_DIR"; fi
  if [ -f "$SETTINGS" ]; then
    require_private "$SETTINGS"
    # shellcheck source=/dev/null
    . "$SETTINGS"
    warn_if_env_differs PLATFORM_RABBITMQ_PORT "$RMQ_PORT"
    warn_if_env_differs PLATFORM_RABBITMQ_MANAGEMENT_PORT "$RMQ_MGMT_PORT"
    warn_if_env_differs PLATFORM_POSTGRES_PORT "$PG_PORT"
    return 0
  fi
  RMQ_PORT="${PLATFORM_RABBITMQ_PORT:-5682}"
  case "$RMQ_PORT" in '' | *[!0-9]*) die "PLATFORM_RABBITMQ_PORT='$RMQ_PORT' is not a port number" ;; esac
  RMQ_MGMT_PORT="${PLATFORM_RABBITMQ_MANAGEMENT_PORT:-$((RMQ_PORT + 10000))}"
  RMQ_DIST_PORT="${PLATFORM_RABBITMQ_DIST_PORT:-$((RMQ_PORT + 20000))}"
  if [ "$RMQ_PORT" = 5682 ]; then RMQ_NODE="${PLATFORM_RABBITMQ_NODENAME:-platform@localhost}"
  else RMQ_NODE="${PLATFORM_RABBITMQ_NODENAME:-platform-$RMQ_PORT@localhost}"; fi
  PG_PORT="${PLATFORM_POSTGRES_PORT:-55432}"
  RMQ_DIR=""
  PG_DIR=""
  PG_BINDIR=""
  EPMD_STARTED=0
  local p
  for p in "$RMQ_PORT" "$RMQ_MGMT_PORT" "$RMQ_DIST_PORT" "$PG_PORT"; do
    case "$p" in '' | *[!0-9]*) die "port '$p' is not a number" ;; esac
  done
}

warn_if_env_differs() { # name saved-value
  local current="${!1:-}"
  if [ -n "$current" ] && [ "$current" != "$2" ]; then
    log "note: $1=$current in the environment, but $STATE_DIR was set up with $2; using $2 (run 'down' first to change)"
  fi
}

save_settings() {
  ensure_state_dir
  local tmp="$SETTINGS.tmp.$$"
  (umask 077 && : >"$tmp")
  {
    printf '# written by deploy/infra.sh up; read by status/env/down\n'
    printf 'RMQ_NODE=%q\nRMQ_PORT=%q\nRMQ_MGMT_PORT=%q\nRMQ_DIST_PORT=%q\n' "$RMQ_NODE" "$RMQ_PORT" "$RMQ_MGMT_PORT" "$RMQ_DIST_PORT"
    printf 'RMQ_DIR=%q\nPG_PORT=%q\nPG_DIR=%q\nPG_BINDIR=%q\nEPMD_STARTED=%q\n' "$RMQ_DIR" "$PG_PORT" "$PG_DIR" "$PG_BINDIR" "$EPMD_STARTED"
  } >"$tmp"
  mv -f "$tmp" "$SETTINGS"
}

password_from() { # file -> password, generated once and kept (mode 600 in the private state dir)
  ensure_state_dir
  require_private "$1"
  if [ ! -s "$1" ]; then
    (umask 077 && new_password >"$1")
  fi
  cat "$1"
}

rabbit_password_file() { printf '%s/rabbitmq-%s.password' "$STATE_DIR" "$1"; }
pg_password_file() { printf '%s/postgres-%s.password' "$STATE_DIR" "$1"; }

rabbit_users() { # the user names of deploy/rabbitmq/users
  awk '!/^[[:space:]]*(#|$)/ {print $1}' "$USERS_FILE"
}

# ---------------------------------------------------------------------------------------------- packages

find_pg_bindir() {
  local dir=""
  if command -v pg_config >/dev/null 2>&1; then dir="$(pg_config --bindir 2>/dev/null || true)"; fi
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then printf '%s' "$dir"; return 0; fi
  # pg_config may be the client's; prefer 15, else the newest server installed
  local newest_first
  newest_first="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -n -r)"
  for dir in /usr/lib/postgresql/15/bin $newest_first; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then printf '%s' "$dir"; return 0; fi
  done
  return 1
}

package_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

ensure_packages() {
  local missing=()
  package_installed rabbitmq-server || missing+=(rabbitmq-server)
  if ! command -v pg_config >/dev/null 2>&1 || ! find_pg_bindir >/dev/null; then missing+=(postgresql); fi
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install them yourself"
  log "installing ${missing[*]} (apt-get update; apt-get install -y ...)"
  export DEBIAN_FRONTEND=noninteractive
  timeout 900 apt-get -o DPkg::Lock::Timeout=300 update -q >&2 || die "apt-get update failed"
  timeout 1800 apt-get -o DPkg::Lock::Timeout=300 install -y -q "${missing[@]}" >&2 \
    || die "apt-get install ${missing[*]} failed"
}

# ---------------------------------------------------------------------------------------------- RabbitMQ

# Every RabbitMQ tool goes through the /usr/sbin wrappers, which switch to the rabbitmq user (and its cookie)
# and keep the environment, so the node's private settings travel with each call.
# rmq SECONDS TOOL ARGS...: run a RabbitMQ tool for this node, bounded by SECONDS.
rmq() {
  local seconds="$1" tool="$2"; shift 2
  (
    cd /
    export RABBITMQ_NODENAME="$RMQ_NODE"
    export RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
    export RABBITMQ_LOG_BASE="$RMQ_DIR/log"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
    export RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
    export RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
    export RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf"
    export RABBITMQ_PID_FILE="$RMQ_DIR/rabbitmq.pid"
    export RABBITMQ_DIST_PORT="$RMQ_DIST_PORT"
    export RABBITMQ_CTL_DIST_PORT_MIN="$((RMQ_DIST_PORT + 10000))"
    export RABBITMQ_CTL_DIST_PORT_MAX="$((RMQ_DIST_PORT + 10010))"
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export ERL_EPMD_ADDRESS=127.0.0.1
    exec timeout -k 5 "$seconds" "/usr/sbin/$tool" "$@" 8>&- 9>&- # daemons must not inherit the lock
  )
}

rmq_pid() { # from the pid file; before the node writes it, find our beam by its RABBITMQ_MNESIA_BASE
  local pid p
  pid="$(read_pid "$RMQ_DIR/rabbitmq.pid")"
  if [ -z "$pid" ] && [ -n "$RMQ_DIR" ]; then
    for p in $(pgrep -u rabbitmq -x beam.smp 2>/dev/null || true); do
      if tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qxF "RABBITMQ_MNESIA_BASE=$RMQ_DIR/mnesia"; then pid="$p"; break; fi
    done
  fi
  printf '%s' "$pid"
}

rabbit_process_running() { [ -n "$RMQ_DIR" ] && pid_alive "$(rmq_pid)"; }

curl_config_quote() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; } # a value inside "..." of a curl config file

rmq_api() { # METHOD PATH [JSON]: the management API as the administrator; password and body go through stdin, never argv
  local method="$1" path="$2" body="${3:-}" pw
  pw="$(cat "$RMQ_PASSWORD_FILE" 2>/dev/null)" || return 1
  {
    printf 'user = "%s:%s"\nrequest = "%s"\nurl = "http://127.0.0.1:%s/api/%s"\n' "$PLATFORM_USER" "$pw" "$method" "$RMQ_MGMT_PORT" "$path"
    printf 'header = "content-type: application/json"\nmax-time = 10\n'
    if [ -n "$body" ]; then printf 'data-binary = "%s"\n' "$(printf '%s' "$body" | curl_config_quote)"; fi
  } | curl -fsS -o /dev/null -K - 2>/dev/null
}

rabbit_api_answers() { # management API accepts the platform user and it may use vhost platform
  rmq_api GET "permissions/$PLATFORM_VHOST/$PLATFORM_USER"
}

json_string() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }

ensure_rabbit_service_users() { # users of deploy/rabbitmq/users with their permissions on vhost platform; the submit path
  [ -r "$USERS_FILE" ] || die "missing $USERS_FILE"
  local name tags configure write read rest pw
  while read -r name tags configure write read rest; do
    case "$name" in '' | '#'*) continue ;; esac
    [ -n "$read" ] && [ -z "$rest" ] || die "$USERS_FILE: line of $name needs NAME TAGS CONFIGURE WRITE READ"
    [ "$tags" = - ] && tags=""
    pw="$(password_from "$(rabbit_password_file "$name")")"
    rmq_api PUT "users/$name" "{\"password\":$(json_string "$pw"),\"tags\":$(json_string "$tags")}" \
      || die "cannot create RabbitMQ user $name"
    rmq_api PUT "permissions/$PLATFORM_VHOST/$name" \
      "{\"configure\":$(json_string "$configure"),\"write\":$(json_string "$write"),\"read\":$(json_string "$read")}" \
      || die "cannot set the permissions of RabbitMQ user $name"
  done <"$USERS_FILE"
  # The submit path: exchange `ingest` bound to the quorum queue `ingest` (ingest's listener declares the same), and the
  # outcome exchanges `submit --wait` binds to, declared before any service runs so a first submit finds them.
  rmq_api PUT "exchanges/$PLATFORM_VHOST/ingest" '{"type":"fanout","durable":true,"auto_delete":false}' || die "cannot declare exchange ingest"
  rmq_api PUT "queues/$PLATFORM_VHOST/ingest" '{"durable":true,"auto_delete":false,"arguments":{"x-queue-type":"quorum"}}' \
    || die "cannot declare queue ingest"
  rmq_api POST "bindings/$PLATFORM_VHOST/e/ingest/q/ingest" '{"routing_key":""}' || die "cannot bind exchange ingest to queue ingest"
  local outcome
  for outcome in ArticleStored ArticleRejectionRecorded; do
    rmq_api PUT "exchanges/$PLATFORM_VHOST/Platform.Contracts%3A$outcome" '{"type":"fanout","durable":true,"auto_delete":false}' \
      || die "cannot declare exchange Platform.Contracts:$outcome"
  done
  log "RabbitMQ users $(rabbit_users | tr '\n' ' ')set up on vhost $PLATFORM_VHOST (deploy/rabbitmq/users)"
}

epmd_running() { pgrep -x epmd >/dev/null 2>&1; }

epmd_bin() {
  local candidate
  command -v epmd 2>/dev/null && return 0
  for candidate in /usr/lib/erlang/erts-*/bin/epmd /usr/lib/erlang/bin/epmd; do
    [ -x "$candidate" ] && { printf '%s\n' "$candidate"; return 0; }
  done
  return 1
}

prepare_rabbit_dir() {
  local pw="$1"
  if [ -n "$RMQ_DIR" ] && [ -d "$RMQ_DIR/mnesia" ]; then return 0; fi # kept data (down --keep)
  RMQ_DIR="$(mktemp -d /tmp/platform-rabbitmq.XXXXXX)"
  mkdir -p "$RMQ_DIR/mnesia" "$RMQ_DIR/log"
  printf '[rabbitmq_management].\n' >"$RMQ_DIR/enabled_plugins"
  : >"$RMQ_DIR/rabbitmq-env.conf" # keeps /etc/rabbitmq/rabbitmq-env.conf out of this node
  # default_* create vhost, user, tag and permissions on the first boot of an empty node; no guest user.
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
# private node written by deploy/infra.sh; loopback only
listeners.tcp.default = 127.0.0.1:$RMQ_PORT
management.tcp.port = $RMQ_MGMT_PORT
management.tcp.ip = 127.0.0.1
default_vhost = $PLATFORM_VHOST
default_user = $PLATFORM_USER
default_pass = $pw
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
log.console = false
log.file.level = info
EOF
  chown -R rabbitmq:rabbitmq "$RMQ_DIR"
  chmod 750 "$RMQ_DIR"
  chmod 600 "$RMQ_DIR/rabbitmq.conf"
}

start_rabbit() {
  local pw; pw="$(password_from "$RMQ_PASSWORD_FILE")"
  prepare_rabbit_dir "$pw"
  if epmd_running; then EPMD_STARTED=0; else EPMD_STARTED=1; fi
  save_settings
  log "starting RabbitMQ node $RMQ_NODE (amqp 127.0.0.1:$RMQ_PORT, management 127.0.0.1:$RMQ_MGMT_PORT, data $RMQ_DIR)"
  rm -f "$RMQ_DIR/rabbitmq.pid"
  rmq 60 rabbitmq-server -detached </dev/null >>"$RMQ_DIR/start.log" 2>&1 || { tail -n 20 "$RMQ_DIR/start.log" >&2; die "rabbitmq-server -detached failed"; }
}

wait_for_rabbit() {
  local deadline; deadline="$(deadline_after "$TIMEOUT")"
  local left
  while :; do
    left="$(seconds_left "$deadline")"
    [ "$left" -gt 0 ] || { rabbit_failure_details; die "RabbitMQ node $RMQ_NODE did not start within ${TIMEOUT}s"; }
    if rmq "$left" rabbitmqctl -n "$RMQ_NODE" -q await_startup --timeout "$left" </dev/null >>"$RMQ_DIR/start.log" 2>&1; then
      break
    fi
    local pid; pid="$(rmq_pid)"
    if [ -n "$pid" ] && ! pid_alive "$pid"; then rabbit_failure_details; die "RabbitMQ node $RMQ_NODE exited during boot"; fi
    sleep 1
  done
  while ! rabbit_api_answers; do
    if ! curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$RMQ_MGMT_PORT/" 2>/dev/null; then
      [ "$(seconds_left "$deadline")" -gt 0 ] || die "RabbitMQ management API on port $RMQ_MGMT_PORT did not answer within ${TIMEOUT}s"
      sleep 1
      continue
    fi
    # the API is up but refuses the platform user (e.g. kept data from an older setup): (re)create it
    ensure_rabbit_user
    rabbit_api_answers || die "RabbitMQ management API refuses user $PLATFORM_USER on vhost $PLATFORM_VHOST"
  done
  log "RabbitMQ node $RMQ_NODE is up (pid $(rmq_pid))"
}

rabbitmqctl_for_node() { rmq 60 rabbitmqctl -n "$RMQ_NODE" -q "$@" </dev/null; }

ensure_rabbit_user() {
  local pw; pw="$(cat "$RMQ_PASSWORD_FILE")"
  log "creating vhost $PLATFORM_VHOST and user $PLATFORM_USER with rabbitmqctl"
  rabbitmqctl_for_node list_vhosts --no-table-headers 2>/dev/null | grep -qx "$PLATFORM_VHOST" || rabbitmqctl_for_node add_vhost "$PLATFORM_VHOST" >&2
  # the password goes through stdin, not the command line (which every local user can read in ps)
  if rabbitmqctl_for_node list_users --no-table-headers 2>/dev/null | awk '{print $1}' | grep -qx "$PLATFORM_USER"; then
    printf '%s\n' "$pw" | rmq 60 rabbitmqctl -n "$RMQ_NODE" -q change_password "$PLATFORM_USER" >&2
  else
    printf '%s\n' "$pw" | rmq 60 rabbitmqctl -n "$RMQ_NODE" -q add_user "$PLATFORM_USER" >&2
  fi
  rabbitmqctl_for_node set_user_tags "$PLATFORM_USER" administrator >&2
  rabbitmqctl_for_node set_permissions -p "$PLATFORM_VHOST" "$PLATFORM_USER" '.*' '.*' '.*' >&2
  if rabbitmqctl_for_node list_users --no-table-headers 2>/dev/null | awk '{print $1}' | grep -qx guest; then rabbitmqctl_for_node delete_user guest >&2; fi
}

rabbit_failure_details() {
  log "last lines of the RabbitMQ logs in $RMQ_DIR:"
  tail -n 15 "$RMQ_DIR/start.log" >&2 2>/dev/null || true
  tail -n 25 "$RMQ_DIR"/log/*.log >&2 2>/dev/null || true
}

stop_rabbit() {
  [ -n "$RMQ_DIR" ] || return 0
  local pid; pid="$(rmq_pid)"
  if pid_alive "$pid"; then
    log "stopping RabbitMQ node $RMQ_NODE (pid $pid)"
    if [ -f "$RMQ_DIR/rabbitmq.pid" ]; then
      rabbitmqctl_for_node stop "$RMQ_DIR/rabbitmq.pid" >&2 || log "rabbitmqctl stop failed; terminating pid $pid"
    else # still booting: the Erlang VM shuts down cleanly on TERM
      kill -TERM "$pid" 2>/dev/null || true
    fi
    kill_and_wait "$pid" "RabbitMQ"
  fi
  if [ "${EPMD_STARTED:-0}" = 1 ] && epmd_running; then
    local epmd; epmd="$(epmd_bin)"
    # epmd is shared by every Erlang node: stop it only if our node brought it up and no node uses it now
    if [ -n "$epmd" ] && ! "$epmd" -names 2>/dev/null | grep -q '^name '; then
      "$epmd" -kill >/dev/null 2>&1 || true
    fi
  fi
}

kill_and_wait() { # pid label: wait up to 30 s for a clean exit, then TERM, then KILL
  local pid="$1" label="$2"
  for _ in $(seq 1 30); do pid_alive "$pid" || return 0; sleep 1; done
  log "$label (pid $pid) still runs after 30 s: sending TERM"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 10); do pid_alive "$pid" || return 0; sleep 1; done
  log "$label (pid $pid) ignores TERM: sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------- PostgreSQL

# postgres cannot traverse root's home: cd / first; daemons must not inherit the lock (fd 9)
as_postgres() { (cd / && runuser -u postgres -- "$@" 8>&- 9>&-); }

pg_pid() { read_pid "$PG_DIR/data/postmaster.pid"; }

pg_process_running() { [ -n "$PG_DIR" ] && pid_alive "$(pg_pid)"; }

pg_answers() {
  [ -n "$PG_BINDIR" ] || return 1
  local pw; pw="$(cat "$PG_PASSWORD_FILE" 2>/dev/null)" || return 1
  PGPASSWORD="$pw" PGCONNECT_TIMEOUT=3 "$PG_BINDIR/psql" -X -q -A -t -w \
    "host=127.0.0.1 port=$PG_PORT user=$PLATFORM_USER dbname=$PLATFORM_DATABASE" -c 'select 1' >/dev/null 2>&1
}

prepare_pg_dir() {
  local pw="$1"
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/PG_VERSION" ]; then return 0; fi # kept data (down --keep)
  id postgres >/dev/null 2>&1 || die "no postgres user: is the postgresql package installed?"
  PG_DIR="$(mktemp -d /tmp/platform-postgres.XXXXXX)"
  mkdir -p "$PG_DIR/socket"
  (umask 077 && printf '%s\n' "$pw" >"$PG_DIR/pwfile")
  chown -R postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR"
  log "initdb $PG_DIR/data (superuser $PLATFORM_USER, scram-sha-256 over TCP)"
  as_postgres "$PG_BINDIR/initdb" -D "$PG_DIR/data" -U "$PLATFORM_USER" --pwfile="$PG_DIR/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
    || { tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
  rm -f "$PG_DIR/pwfile"
  # Local sockets live in a directory only postgres (and root) can enter. Durable by default: fsync, synchronous_commit
  # and full_page_writes are on; PLATFORM_POSTGRES_UNSAFE_FAST=1 turns them off (faster, but a crash of the machine may
  # lose or corrupt committed data: for throwaway test data only).
  cat >>"$PG_DIR/data/postgresql.conf" <<EOF

# deploy/infra.sh: private, loopback-only cluster
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR/socket'
password_encryption = scram-sha-256
max_connections = 200
fsync = on
synchronous_commit = on
full_page_writes = on
EOF
  if [ "$UNSAFE_FAST" = 1 ]; then
    log "PLATFORM_POSTGRES_UNSAFE_FAST=1: fsync, synchronous_commit and full_page_writes are OFF (not crash-safe)"
    cat >>"$PG_DIR/data/postgresql.conf" <<EOF
# PLATFORM_POSTGRES_UNSAFE_FAST=1: not crash-safe
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
}

start_pg() {
  local pw; pw="$(password_from "$PG_PASSWORD_FILE")"
  PG_BINDIR="$(find_pg_bindir)" || die "PostgreSQL server binaries not found (pg_config --bindir)"
  prepare_pg_dir "$pw"
  save_settings
  log "starting PostgreSQL ($("$PG_BINDIR/postgres" --version | awk '{print $3}')) on 127.0.0.1:$PG_PORT, data $PG_DIR/data"
  as_postgres "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t "$TIMEOUT" start </dev/null >&2 \
    || { tail -n 20 "$PG_DIR/postgres.log" >&2 2>/dev/null || true; die "pg_ctl start failed"; }
  local exists
  exists="$(as_postgres "$PG_BINDIR/psql" -X -q -A -t -h "$PG_DIR/socket" -p "$PG_PORT" -U "$PLATFORM_USER" -d postgres \
    -c "select 1 from pg_database where datname = '$PLATFORM_DATABASE'")" || die "cannot query PostgreSQL over its socket"
  local sql="alter role $PLATFORM_USER with password '$pw';" # the state dir's password wins (kept data, lost file)
  [ "$exists" = 1 ] || sql="$sql create database $PLATFORM_DATABASE;"
  printf '%s\n' "$sql" | as_postgres "$PG_BINDIR/psql" -X -q -h "$PG_DIR/socket" -p "$PG_PORT" -U "$PLATFORM_USER" -d postgres \
    -v ON_ERROR_STOP=1 >&2 || die "setting up role and database $PLATFORM_DATABASE failed"
  ensure_pg_roles
}

ensure_pg_roles() { # owner (migrations), app (storage at run time, no DDL), reader (select only); passwords via stdin
  local owner app reader
  owner="$(password_from "$(pg_password_file owner)")"
  app="$(password_from "$(pg_password_file app)")"
  reader="$(password_from "$(pg_password_file reader)")"
  as_postgres "$PG_BINDIR/psql" -X -q -h "$PG_DIR/socket" -p "$PG_PORT" -U "$PLATFORM_USER" -d "$PLATFORM_DATABASE" -v ON_ERROR_STOP=1 \
    >&2 <<EOF || die "setting up the roles of database $PLATFORM_DATABASE failed"
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$PG_OWNER_ROLE') then create role $PG_OWNER_ROLE login; end if;
  if not exists (select from pg_roles where rolname = '$PG_APP_ROLE') then create role $PG_APP_ROLE login; end if;
  if not exists (select from pg_roles where rolname = '$PG_READER_ROLE') then create role $PG_READER_ROLE login; end if;
end \$\$;
alter role $PG_OWNER_ROLE with login nosuperuser nocreatedb nocreaterole password '$owner';
alter role $PG_APP_ROLE with login nosuperuser nocreatedb nocreaterole password '$app';
alter role $PG_READER_ROLE with login nosuperuser nocreatedb nocreaterole password '$reader';
alter database $PLATFORM_DATABASE owner to $PG_OWNER_ROLE;
alter schema public owner to $PG_OWNER_ROLE;
revoke all on database $PLATFORM_DATABASE from public;
grant connect on database $PLATFORM_DATABASE to $PG_APP_ROLE, $PG_READER_ROLE;
revoke create on schema public from public;
grant usage on schema public to $PG_APP_ROLE, $PG_READER_ROLE;
grant select, insert, update, delete on all tables in schema public to $PG_APP_ROLE;
grant usage, select, update on all sequences in schema public to $PG_APP_ROLE;
grant select on all tables in schema public to $PG_READER_ROLE;
alter default privileges for role $PG_OWNER_ROLE in schema public grant select, insert, update, delete on tables to $PG_APP_ROLE;
alter default privileges for role $PG_OWNER_ROLE in schema public grant usage, select, update on sequences to $PG_APP_ROLE;
alter default privileges for role $PG_OWNER_ROLE in schema public grant select on tables to $PG_READER_ROLE;
EOF
}

wait_for_pg() {
  local deadline; deadline="$(deadline_after "$TIMEOUT")"
  until "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 3 && pg_answers; do
    [ "$(seconds_left "$deadline")" -gt 0 ] || { tail -n 20 "$PG_DIR/postgres.log" >&2 2>/dev/null || true; die "PostgreSQL on port $PG_PORT does not accept user $PLATFORM_USER within ${TIMEOUT}s"; }
    sleep 1
  done
  log "PostgreSQL is up (pid $(pg_pid))"
}

stop_pg() {
  [ -n "$PG_DIR" ] && [ -n "$PG_BINDIR" ] || return 0
  local pid; pid="$(pg_pid)"
  pid_alive "$pid" || return 0
  log "stopping PostgreSQL (pid $pid)"
  as_postgres "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop </dev/null >&2 \
    || as_postgres "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop </dev/null >&2 \
    || log "pg_ctl stop failed"
  kill_and_wait "$pid" "PostgreSQL"
}

# ---------------------------------------------------------------------------------------------- env file

pg_connection() { # role password -> Npgsql connection string to the platform database
  printf 'Host=127.0.0.1;Port=%s;Username=%s;Password=%s;Database=%s' "$PG_PORT" "$1" "$2" "$PLATFORM_DATABASE"
}

role_env_lines() { # per-service RabbitMQ users and the PostgreSQL roles: PLATFORM_RABBITMQ_<NAME>_USER/_PASSWORD, ...
  local name upper
  for name in $(rabbit_users); do
    upper="$(printf '%s' "$name" | tr '[:lower:]-' '[:upper:]_')"
    printf 'PLATFORM_RABBITMQ_%s_USER=%s\nPLATFORM_RABBITMQ_%s_PASSWORD=%s\n' "$upper" "$name" "$upper" "$(cat "$(rabbit_password_file "$name")")"
  done
  printf 'PLATFORM_POSTGRES_OWNER_CONNECTION=%s\n' "$(pg_connection "$PG_OWNER_ROLE" "$(cat "$(pg_password_file owner)")")"
  printf 'PLATFORM_POSTGRES_APP_CONNECTION=%s\n' "$(pg_connection "$PG_APP_ROLE" "$(cat "$(pg_password_file app)")")"
  printf 'PLATFORM_POSTGRES_READONLY_CONNECTION=%s\n' "$(pg_connection "$PG_READER_ROLE" "$(cat "$(pg_password_file reader)")")"
}

print_env_lines() { # export lines; values never contain quotes, $ or backslashes
  local rpw ppw conn
  rpw="$(cat "$RMQ_PASSWORD_FILE")"
  ppw="$(cat "$PG_PASSWORD_FILE")"
  conn="$(pg_connection "$PLATFORM_USER" "$ppw")"
  local line
  while IFS= read -r line; do printf 'export %s="%s"\n' "${line%%=*}" "${line#*=}"; done <<EOF
PLATFORM_INFRA_DIR=$STATE_DIR
PLATFORM_RABBITMQ_HOST=127.0.0.1
PLATFORM_RABBITMQ_PORT=$RMQ_PORT
PLATFORM_RABBITMQ_MANAGEMENT_PORT=$RMQ_MGMT_PORT
PLATFORM_RABBITMQ_VHOST=$PLATFORM_VHOST
PLATFORM_RABBITMQ_USER=$PLATFORM_USER
PLATFORM_RABBITMQ_PASSWORD=$rpw
PLATFORM_POSTGRES_HOST=127.0.0.1
PLATFORM_POSTGRES_PORT=$PG_PORT
PLATFORM_POSTGRES_USER=$PLATFORM_USER
PLATFORM_POSTGRES_PASSWORD=$ppw
PLATFORM_POSTGRES_DATABASE=$PLATFORM_DATABASE
PLATFORM_POSTGRES_CONNECTION=$conn
PLATFORM_POSTGRES_URL=postgresql://$PLATFORM_USER:$ppw@127.0.0.1:$PG_PORT/$PLATFORM_DATABASE
RabbitMq__Host=127.0.0.1
RabbitMq__Port=$RMQ_PORT
RabbitMq__VirtualHost=$PLATFORM_VHOST
RabbitMq__Username=submit
RabbitMq__Password=$(cat "$(rabbit_password_file submit)")
RabbitMq__ManagementPort=$RMQ_MGMT_PORT
ConnectionStrings__Platform=$conn
MASSTRANSIT_USAGE_TELEMETRY=false
DOTNET_CLI_TELEMETRY_OPTOUT=1
$(role_env_lines)
EOF
}

write_env_files() {
  local tmp="$ENV_FILE.tmp.$$"
  (umask 077 && print_env_lines >"$tmp")
  mv -f "$tmp" "$ENV_FILE"
  # the same settings as plain KEY=value lines (docker --env-file, dotenv readers)
  tmp="$DOTENV_FILE.tmp.$$"
  (umask 077 && sed -e 's/^export //' -e 's/="\(.*\)"$/=\1/' "$ENV_FILE" >"$tmp")
  mv -f "$tmp" "$DOTENV_FILE"
}

# ---------------------------------------------------------------------------------------------- commands

cmd_up() {
  require_root up
  take_lock # before apt-get too: concurrent first calls install once
  ensure_packages
  load_settings
  local rabbit_up=0 pg_up=0 rabbit_proc=0 pg_proc=0
  PG_BINDIR="${PG_BINDIR:-$(find_pg_bindir || true)}"
  rabbit_process_running && rabbit_proc=1 && rabbit_api_answers && rabbit_up=1
  pg_process_running && pg_proc=1 && pg_answers && pg_up=1
  if [ "$rabbit_up" = 1 ] && [ "$pg_up" = 1 ]; then
    log "already running (state $STATE_DIR)"
    require_private "$ENV_FILE"
    ensure_rabbit_service_users # (again: deploy/rabbitmq/users may have changed; idempotent)
    ensure_pg_roles
    write_env_files
    cat "$ENV_FILE"
    return 0
  fi
  local p
  if [ "$rabbit_proc" = 0 ]; then
    for p in "$RMQ_PORT" "$RMQ_MGMT_PORT" "$RMQ_DIST_PORT"; do
      port_is_open "$p" && die "port $p is taken by another process; set PLATFORM_RABBITMQ_PORT (management and dist ports follow) or PLATFORM_INFRA_DIR of the instance that runs there"
    done
  fi
  if [ "$pg_proc" = 0 ] && port_is_open "$PG_PORT"; then
    die "port $PG_PORT is taken by another process; set PLATFORM_POSTGRES_PORT to a free port"
  fi
  # a failed `up` stops what it started, so nothing is left running (die exits: an EXIT trap sees it)
  UP_STARTED=""
  trap on_up_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if [ "$rabbit_proc" = 0 ]; then
    UP_STARTED="$UP_STARTED rabbit"
    start_rabbit
  fi
  if [ "$pg_proc" = 0 ]; then
    UP_STARTED="$UP_STARTED pg"
    start_pg # initialises and starts while the RabbitMQ node boots
  fi
  # a process that runs but did not answer yet (still booting) is waited for, bounded, like a new one
  [ "$pg_up" = 1 ] || wait_for_pg
  [ "$rabbit_up" = 1 ] || wait_for_rabbit
  ensure_rabbit_service_users
  [ "$pg_proc" = 0 ] || ensure_pg_roles # (start_pg sets them up on a node it starts)
  save_settings
  write_env_files
  UP_STARTED=""
  trap - EXIT INT TERM
  log "ready; settings in $ENV_FILE (eval \"\$($0 env)\")"
  cat "$ENV_FILE"
}

on_up_exit() {
  local rc=$?
  [ -n "${UP_STARTED:-}" ] || return 0
  exec 1>&8 2>&8
  log "up failed: stopping what it started ($UP_STARTED); logs stay in $RMQ_DIR $PG_DIR"
  case " $UP_STARTED " in *" rabbit "*) stop_rabbit || true ;; esac
  case " $UP_STARTED " in *" pg "*) stop_pg || true ;; esac
  exit "$rc"
}

cmd_env() {
  load_settings_or_fail
  rabbit_process_running || die "RabbitMQ node $RMQ_NODE is not running; run: $0 up"
  pg_process_running || die "PostgreSQL on port $PG_PORT is not running; run: $0 up"
  [ -s "$ENV_FILE" ] || die "no env file $ENV_FILE; run: $0 up"
  require_private "$ENV_FILE"
  cat "$ENV_FILE"
}

load_settings_or_fail() {
  [ -f "$SETTINGS" ] || die "nothing set up in $STATE_DIR; run: $0 up"
  load_settings
}

cmd_status() {
  if [ ! -f "$SETTINGS" ]; then
    echo "infra: nothing set up in $STATE_DIR"
    return 3
  fi
  load_settings
  local rc=0
  if rabbit_process_running; then
    if rabbit_api_answers; then
      echo "rabbitmq: running, node $RMQ_NODE pid $(rmq_pid), amqp 127.0.0.1:$RMQ_PORT vhost $PLATFORM_VHOST, management http://127.0.0.1:$RMQ_MGMT_PORT, data $RMQ_DIR"
    else
      echo "rabbitmq: process $(rmq_pid) runs, management API on $RMQ_MGMT_PORT does not answer for user $PLATFORM_USER"; rc=3
    fi
  else
    echo "rabbitmq: not running (node $RMQ_NODE)"; rc=3
  fi
  if pg_process_running; then
    if pg_answers; then
      echo "postgres: running, pid $(pg_pid), 127.0.0.1:$PG_PORT database $PLATFORM_DATABASE, data $PG_DIR/data"
    else
      echo "postgres: process $(pg_pid) runs, 127.0.0.1:$PG_PORT does not accept user $PLATFORM_USER"; rc=3
    fi
  else
    echo "postgres: not running (port $PG_PORT)"; rc=3
  fi
  echo "state: $STATE_DIR (env file $ENV_FILE)"
  return "$rc"
}

cmd_down() {
  local keep=0 arg
  for arg in "$@"; do
    case "$arg" in
      --keep) keep=1 ;;
      *) die "down: unknown option '$arg' (only --keep)" ;;
    esac
  done
  if [ ! -f "$SETTINGS" ]; then
    log "nothing set up in $STATE_DIR"
    return 0
  fi
  require_root down
  take_lock
  load_settings
  stop_rabbit
  stop_pg
  if [ "$keep" = 1 ]; then
    log "stopped; data kept ($RMQ_DIR, $PG_DIR); '$0 up' restarts with it"
    return 0
  fi
  is_our_tmp_dir "$RMQ_DIR" && rm -rf -- "$RMQ_DIR"
  is_our_tmp_dir "$PG_DIR" && rm -rf -- "$PG_DIR"
  rm -f -- "$ENV_FILE" "$DOTENV_FILE" "$RMQ_PASSWORD_FILE" "$PG_PASSWORD_FILE" "$SETTINGS" "$LOCK_FILE" \
    "$STATE_DIR"/rabbitmq-*.password "$STATE_DIR"/postgres-*.password
  rmdir -- "$STATE_DIR" 2>/dev/null || log "left $STATE_DIR in place: it holds files infra.sh did not write"
  log "stopped and removed"
}

cmd_postgres() { # stop|start: only PostgreSQL, keeping its data and settings (the outage test uses this)
  local action="${1:-}"
  case "$action" in stop | start) ;; *) die "postgres: say stop or start" ;; esac
  require_root postgres
  take_lock
  load_settings_or_fail
  if [ "$action" = stop ]; then
    stop_pg
    log "PostgreSQL stopped; '$0 postgres start' starts it again"
    return 0
  fi
  if pg_process_running && pg_answers; then log "PostgreSQL already runs"; return 0; fi
  start_pg
  wait_for_pg
}

cmd_rabbitmq() { # stop|start: the RabbitMQ application only (the Erlang node stays up), data kept: a broker restart
  local action="${1:-}"
  case "$action" in stop | start) ;; *) die "rabbitmq: say stop or start" ;; esac
  require_root rabbitmq
  take_lock
  load_settings_or_fail
  if [ "$action" = stop ]; then
    rabbitmqctl_for_node stop_app >&2
    log "RabbitMQ application stopped on $RMQ_NODE; '$0 rabbitmq start' starts it again"
    return 0
  fi
  rabbitmqctl_for_node start_app >&2
  wait_for_rabbit
}

main() {
  local cmd="${1:-}"
  [ $# -gt 0 ] && shift
  case "$cmd" in
    up) [ $# -eq 0 ] || die "up takes no options"; cmd_up ;;
    down) cmd_down "$@" ;;
    env) cmd_env ;;
    status) cmd_status ;;
    postgres) [ $# -eq 1 ] || die "postgres takes stop or start"; cmd_postgres "$1" ;;
    rabbitmq) [ $# -eq 1 ] || die "rabbitmq takes stop or start"; cmd_rabbitmq "$1" ;;
    -h | --help | help) usage ;;
    *) usage; exit 2 ;;
  esac
}

main "$@"
