#!/usr/bin/env bash
# deploy/run-distributed.sh: run the four service hosts locally as separate processes, from prebuilt binaries.
#
#   deploy/run-distributed.sh up [--scale ingest=N] [--scale provenance=N] [--scale extraction=N] [--scale storage=N]
#                                [--publish | --no-publish]
#   deploy/run-distributed.sh down [--infra]     stop every replica it started (--infra: also deploy/infra.sh down)
#   deploy/run-distributed.sh status             list replicas, pids, ports, /health/ready
#
# `up` brings the infrastructure up (deploy/infra.sh up), publishes the hosts with `dotnet publish -c Release`
# (or reuses them when nothing under services/ shared/ changed since; --publish forces, --no-publish requires
# existing binaries), applies migrations (`Platform.Storage.Host migrate`), then starts N replicas of each host
# (default 1) in its own process group and waits until every /health/ready answers 200. Consumers start before
# ingest so that their queues are bound before the first publish.
#
# Environment:
#   PLATFORM_RUN_DIR        pid files and logs (private: mode 700)       default /var/lib/platform-run
#   PLATFORM_PUBLISH_DIR    published hosts (<dir>/<service>/...)        default $PLATFORM_RUN_DIR/publish
#   PLATFORM_INBOX          ingest's inbox folder (Inbox__Path)          default $PLATFORM_RUN_DIR/inbox
#   PLATFORM_READ_API_KEY   key of storage's read API and web view       default generated once into $PLATFORM_RUN_DIR/read-api-key
#   PLATFORM_READY_TIMEOUT  seconds to wait for all replicas of a phase  default 180
#   PLATFORM_MIGRATE_TIMEOUT seconds for the migrate run                 default 300
#   PLATFORM_PUBLISH_TIMEOUT seconds for each dotnet publish             default 900
#   Ports: ingest 8081.., provenance 8181.., extraction 8281.., storage 8381.. (one per replica, loopback only).
set -euo pipefail

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MASSTRANSIT_USAGE_TELEMETRY=false
exec 8>&2 # the caller's stderr, for messages from traps that may fire while a function's output is redirected

log() { printf 'run-distributed: %s\n' "$*" >&2; }
die() { printf 'run-distributed: ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//' >&2; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"
INFRA="$SCRIPT_DIR/infra.sh"

RUN_DIR="${PLATFORM_RUN_DIR:-/var/lib/platform-run}"
case "$RUN_DIR" in /*) ;; *) RUN_DIR="$PWD/$RUN_DIR" ;; esac
RUN_DIR="${RUN_DIR%/}"
PUBLISH_DIR="${PLATFORM_PUBLISH_DIR:-$RUN_DIR/publish}"
case "$PUBLISH_DIR" in /*) ;; *) PUBLISH_DIR="$PWD/$PUBLISH_DIR" ;; esac
INBOX="${PLATFORM_INBOX:-$RUN_DIR/inbox}"
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
READY_TIMEOUT="${PLATFORM_READY_TIMEOUT:-180}"
MIGRATE_TIMEOUT="${PLATFORM_MIGRATE_TIMEOUT:-300}"
PUBLISH_TIMEOUT="${PLATFORM_PUBLISH_TIMEOUT:-900}"
for n in "$READY_TIMEOUT" "$MIGRATE_TIMEOUT" "$PUBLISH_TIMEOUT"; do
  case "$n" in '' | *[!0-9]*) die "timeouts must be whole seconds (got '$n')" ;; esac
done

SERVICES=(ingest provenance extraction storage)
START_ORDER_CONSUMERS=(storage extraction provenance) # bind their queues first
START_ORDER_PRODUCERS=(ingest)

host_name() { # service -> assembly / executable name
  case "$1" in
    ingest) echo Platform.Ingest.Host ;;
    provenance) echo Platform.Provenance.Host ;;
    extraction) echo Platform.Extraction.Host ;;
    storage) echo Platform.Storage.Host ;;
    *) return 1 ;;
  esac
}

project_path() { echo "services/$1/$(host_name "$1")/$(host_name "$1").csproj"; }

base_port() {
  case "$1" in
    ingest) echo 8081 ;;
    provenance) echo 8181 ;;
    extraction) echo 8281 ;;
    storage) echo 8381 ;;
  esac
}

# The run dir holds pid files this script signals and the read API key: a private directory (mode 700, owned by the caller),
# never a fixed path another user could have planted. One that another user owns or may write is refused.
ensure_run_dir() {
  if [ ! -e "$RUN_DIR" ] && [ ! -L "$RUN_DIR" ]; then
    mkdir -p -- "$(dirname -- "$RUN_DIR")" && mkdir -m 700 -- "$RUN_DIR" || die "cannot create $RUN_DIR"
  fi
  local owner mode
  owner="$(stat -c %u -- "$RUN_DIR")"; mode="$(stat -c %a -- "$RUN_DIR")"
  [ ! -L "$RUN_DIR" ] && [ "$owner" = "$(id -u)" ] && [ $((8#$mode & 8#077)) -eq 0 ] \
    || die "refusing $RUN_DIR: not private to uid $(id -u) (owner $owner, mode $mode); remove it or set PLATFORM_RUN_DIR"
}

port_is_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# ---------------------------------------------------------------------------------------------- publish

host_command() { # service -> command words to run the published host
  local dir="$PUBLISH_DIR/$1" name; name="$(host_name "$1")"
  if [ -x "$dir/$name" ] && [ ! -d "$dir/$name" ]; then
    printf '%s\n' "$dir/$name"
  elif [ -f "$dir/$name.dll" ]; then
    printf '%s\n' dotnet "$dir/$name.dll"
  else
    return 1
  fi
}

sources_newer_than() { # file -> 0 when a source file is newer than it
  local marker="$1"
  [ -n "$(find "$REPO_DIR/services" "$REPO_DIR/shared" "$REPO_DIR"/Directory.*.props "$REPO_DIR/global.json" \
    -newer "$marker" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) \
    -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]
}

publish_hosts() { # mode: auto | always | never
  local mode="$1" svc marker
  for svc in "${SERVICES[@]}"; do
    [ "${SCALE[$svc]}" -gt 0 ] || [ "$svc" = storage ] || continue # storage is needed for `migrate`
    marker="$PUBLISH_DIR/$svc/.published"
    if [ "$mode" = never ]; then
      host_command "$svc" >/dev/null || die "no published $svc host in $PUBLISH_DIR/$svc (drop --no-publish to build it)"
      continue
    fi
    if [ "$mode" = auto ] && host_command "$svc" >/dev/null && [ -f "$marker" ] && ! sources_newer_than "$marker"; then
      log "reusing $PUBLISH_DIR/$svc"
      continue
    fi
    [ -f "$REPO_DIR/$(project_path "$svc")" ] || die "project $(project_path "$svc") not found in $REPO_DIR"
    command -v dotnet >/dev/null 2>&1 || die "dotnet not found on PATH"
    log "publishing $svc: dotnet publish $(project_path "$svc") -c Release -o $PUBLISH_DIR/$svc"
    mkdir -p "$LOG_DIR"
    local started; started="$(date +%s)"
    if ! timeout -k 10 "$PUBLISH_TIMEOUT" dotnet publish "$REPO_DIR/$(project_path "$svc")" -c Release \
      -o "$PUBLISH_DIR/$svc" --nologo </dev/null >"$LOG_DIR/publish-$svc.log" 2>&1; then
      tail -n 30 "$LOG_DIR/publish-$svc.log" >&2
      die "dotnet publish of $svc failed (log $LOG_DIR/publish-$svc.log)"
    fi
    touch "$marker"
    log "published $svc in $(($(date +%s) - started)) s"
  done
}

# ---------------------------------------------------------------------------------------------- replicas

replica_env() { # service index port -> VAR=value words for env(1)
  local svc="$1" index="$2" port="$3"
  printf '%s\n' "ASPNETCORE_URLS=http://127.0.0.1:$port" "Bus__Transport=RabbitMq" "PLATFORM_RUN_DIR=$RUN_DIR" "PLATFORM_REPLICA=$svc-$index"
  service_credentials "$svc"
  [ "$svc" = ingest ] && printf '%s\n' "Inbox__Path=$INBOX"
  [ "$svc" = storage ] && printf '%s\n' "Read__ApiKey=$(read_api_key)"
  return 0
}

# Each service connects as its own RabbitMQ user (deploy/rabbitmq/users: its own queues and exchanges only), never as the
# administrator; storage writes PostgreSQL as platform_app (no DDL). The values come from `deploy/infra.sh up`'s exports.
service_credentials() { # service -> RabbitMq__Username/Password (and storage's connection string) lines
  local upper user_var pw_var
  upper="$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')"
  user_var="PLATFORM_RABBITMQ_${upper}_USER"; pw_var="PLATFORM_RABBITMQ_${upper}_PASSWORD"
  [ -n "${!user_var:-}" ] && [ -n "${!pw_var:-}" ] || die "deploy/infra.sh printed no $user_var/$pw_var (an older infra state: run '$INFRA up' again)"
  printf '%s\n' "RabbitMq__Username=${!user_var}" "RabbitMq__Password=${!pw_var}"
  if [ "$1" = storage ]; then
    [ -n "${PLATFORM_POSTGRES_APP_CONNECTION:-}" ] || die "deploy/infra.sh printed no PLATFORM_POSTGRES_APP_CONNECTION"
    printf '%s\n' "ConnectionStrings__Platform=$PLATFORM_POSTGRES_APP_CONNECTION"
  fi
}

# The key of storage's read API and web view: PLATFORM_READ_API_KEY, else one generated on first use and kept (mode 600)
# in $RUN_DIR/read-api-key, so the dashboard link and scripts keep working across restarts. `up` makes sure it exists
# before any replica starts (a failure here stops `up`, not just a command substitution).
ensure_read_api_key() {
  [ -n "${PLATFORM_READ_API_KEY:-}" ] && return 0
  local file="$RUN_DIR/read-api-key"
  if [ ! -s "$file" ]; then
    (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file") || die "cannot write the read API key to $file"
  fi
  [ -s "$file" ] || die "the read API key file $file is empty"
}

read_api_key() {
  if [ -n "${PLATFORM_READ_API_KEY:-}" ]; then printf '%s' "$PLATFORM_READ_API_KEY"; else cat "$RUN_DIR/read-api-key"; fi
}

pid_of_replica_file() { head -n 1 "$1" 2>/dev/null | tr -dc '0-9'; }

is_our_process() { # pid -> it still runs and was started by this run dir (guards against recycled pids)
  local pid="$1"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "PLATFORM_RUN_DIR=$RUN_DIR"
}

start_replica() { # service index
  local svc="$1" index="$2" port cmd=() envs=()
  port=$(($(base_port "$svc") + index - 1))
  port_is_open "$port" && die "port $port (for $svc-$index) is taken by another process"
  mapfile -t cmd < <(host_command "$svc") || true
  [ "${#cmd[@]}" -gt 0 ] || die "no published $svc host in $PUBLISH_DIR/$svc"
  mapfile -t envs < <(replica_env "$svc" "$index" "$port")
  local logf="$LOG_DIR/$svc-$index.log"
  : >"$logf"
  # setsid: own session and process group (pgid == pid), so `down` can end the replica and all its children.
  (cd "$PUBLISH_DIR/$svc" && exec env "${envs[@]}" setsid "${cmd[@]}" </dev/null >>"$logf" 2>&1 8>&- 9>&-) &
  local pid=$!
  printf '%s\n' "$pid" >"$PID_DIR/$svc-$index.pid"
  printf '%s\n' "$port" >"$PID_DIR/$svc-$index.port"
  STARTED_NOW+=("$svc-$index")
  log "started $svc-$index: pid $pid, http://127.0.0.1:$port, log $logf"
}

ready_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/health/ready" 2>/dev/null || true; }

wait_ready() { # replica names...
  local deadline=$(($(date +%s) + READY_TIMEOUT)) pending=("$@") still r pid port code
  while [ "${#pending[@]}" -gt 0 ]; do
    still=()
    for r in "${pending[@]}"; do
      pid="$(pid_of_replica_file "$PID_DIR/$r.pid")"
      port="$(cat "$PID_DIR/$r.port")"
      if ! kill -0 "$pid" 2>/dev/null; then
        log "$r (pid $pid) exited before it was ready; last lines of $LOG_DIR/$r.log:"
        tail -n 30 "$LOG_DIR/$r.log" >&2 || true
        return 1
      fi
      code="$(ready_code "$port")"
      if [ "$code" = 200 ]; then log "$r ready on port $port"; else still+=("$r"); fi
    done
    pending=("${still[@]+"${still[@]}"}")
    [ "${#pending[@]}" -gt 0 ] || break
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "not ready after ${READY_TIMEOUT}s: ${pending[*]} (last /health/ready answers: $(for r in "${pending[@]}"; do printf '%s=%s ' "$r" "$(ready_code "$(cat "$PID_DIR/$r.port")")"; done))"
      for r in "${pending[@]}"; do log "last lines of $LOG_DIR/$r.log:"; tail -n 15 "$LOG_DIR/$r.log" >&2 || true; done
      return 1
    fi
    sleep 1
  done
}

group_alive() { # pgid -> 0 while a process of the group runs (zombies waiting for their reaper do not count)
  ps -eo pgid=,stat= 2>/dev/null | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

stop_replicas() { # names... -> TERM every process group, wait up to 45 s for all (hosts drain within 25 s), then KILL what is left
  local r pid pids=() names=()
  for r in "$@"; do
    pid="$(pid_of_replica_file "$PID_DIR/$r.pid")"
    if is_our_process "$pid"; then
      # setsid made pid the process-group id; fall back to the single process if it has no group of its own
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid"); names+=("$r")
    fi
  done
  local deadline=$(($(date +%s) + 45)) left i
  while :; do
    left=()
    for i in "${!pids[@]}"; do group_alive "${pids[$i]}" && left+=("$i"); done
    [ "${#left[@]}" -gt 0 ] || break
    if [ "$(date +%s)" -ge "$deadline" ]; then
      for i in "${left[@]}"; do
        log "${names[$i]} (pid ${pids[$i]}) still runs 45 s after TERM: sending KILL to its process group"
        kill -KILL -- "-${pids[$i]}" 2>/dev/null || kill -KILL "${pids[$i]}" 2>/dev/null || true
      done
      break
    fi
    sleep 0.5
  done
  for i in "${!pids[@]}"; do log "stopped ${names[$i]} (pid ${pids[$i]})"; done
  for r in "$@"; do rm -f "$PID_DIR/$r.pid" "$PID_DIR/$r.port"; done
}

running_replicas() { # names of replicas whose pid file points at a live process of ours
  local f r
  for f in "$PID_DIR"/*.pid; do
    [ -e "$f" ] || continue
    r="$(basename "$f" .pid)"
    is_our_process "$(pid_of_replica_file "$f")" && printf '%s\n' "$r"
  done
  return 0
}

# ---------------------------------------------------------------------------------------------- commands

declare -A SCALE=([ingest]=1 [provenance]=1 [extraction]=1 [storage]=1)
STARTED_NOW=()

on_up_exit() { # a failed `up` stops the replicas it started (the infrastructure stays up)
  local rc=$?
  exec 1>&8 2>&8
  if [ "$rc" -ne 0 ] && [ "${#STARTED_NOW[@]}" -gt 0 ]; then
    log "up failed: stopping the replicas it started (logs stay in $LOG_DIR)"
    stop_replicas "${STARTED_NOW[@]}"
  fi
  exit "$rc"
}

cmd_up() {
  local publish=auto arg svc n
  while [ $# -gt 0 ]; do
    arg="$1"; shift
    case "$arg" in
      --scale) [ $# -gt 0 ] || die "--scale needs SERVICE=N"; arg="--scale=$1"; shift ;;
    esac
    case "$arg" in
      --scale=*=*)
        svc="${arg#--scale=}"; n="${svc#*=}"; svc="${svc%%=*}"
        host_name "$svc" >/dev/null || die "unknown service '$svc' (ingest, provenance, extraction, storage)"
        case "$n" in '' | *[!0-9]*) die "--scale $svc=$n: N must be a whole number" ;; esac
        [ "$n" -le 99 ] || die "--scale $svc=$n: at most 99 replicas (one port each)"
        SCALE[$svc]=$((10#$n))
        ;;
      --publish) publish=always ;;
      --no-publish) publish=never ;;
      *) die "up: unknown option '$arg'" ;;
    esac
  done
  command -v curl >/dev/null 2>&1 || die "curl not found (deploy/infra.sh up installs it)"
  ensure_run_dir
  mkdir -p "$PID_DIR" "$LOG_DIR" "$INBOX"
  ensure_read_api_key
  exec 9>"$RUN_DIR/.lock"
  flock -w 60 9 || die "another run-distributed.sh holds $RUN_DIR/.lock"
  local already; already="$(running_replicas | tr '\n' ' ')"
  [ -z "$already" ] || die "already running: $already; run '$0 down' first"

  log "infrastructure: $INFRA up"
  local exports
  exports="$(bash "$INFRA" up 8>&- 9>&-)" || die "deploy/infra.sh up failed"
  eval "$exports"

  publish_hosts "$publish"

  trap on_up_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  log "migrations: $(host_name storage) migrate"
  local mcmd=()
  mapfile -t mcmd < <(host_command storage)
  # migrations run as the schema owner; the replicas then run as platform_app, which cannot change the schema
  [ -n "${PLATFORM_POSTGRES_OWNER_CONNECTION:-}" ] || die "deploy/infra.sh printed no PLATFORM_POSTGRES_OWNER_CONNECTION"
  if ! (cd "$PUBLISH_DIR/storage" && exec timeout -k 10 "$MIGRATE_TIMEOUT" env ASPNETCORE_URLS=http://127.0.0.1:0 \
    ConnectionStrings__Platform="$PLATFORM_POSTGRES_OWNER_CONNECTION" PLATFORM_RUN_DIR="$RUN_DIR" "${mcmd[@]}" migrate </dev/null >"$LOG_DIR/migrate.log" 2>&1 8>&- 9>&-); then
    tail -n 30 "$LOG_DIR/migrate.log" >&2 || true
    die "migrations failed or took more than ${MIGRATE_TIMEOUT}s (log $LOG_DIR/migrate.log)"
  fi
  log "migrations applied"

  local phase i names=()
  for phase in consumers producers; do
    names=()
    if [ "$phase" = consumers ]; then set -- "${START_ORDER_CONSUMERS[@]}"; else set -- "${START_ORDER_PRODUCERS[@]}"; fi
    for svc in "$@"; do
      for ((i = 1; i <= SCALE[$svc]; i++)); do
        start_replica "$svc" "$i"
        names+=("$svc-$i")
      done
    done
    [ "${#names[@]}" -gt 0 ] || continue
    log "waiting (at most ${READY_TIMEOUT}s) for /health/ready of: ${names[*]}"
    wait_ready "${names[@]}" || die "replicas did not become ready"
  done
  trap - EXIT INT TERM
  log "all replicas ready (ingest inbox: $INBOX; logs: $LOG_DIR; stop with: $0 down)"
  [ "${SCALE[storage]}" -gt 0 ] && log "read API and web view: http://127.0.0.1:$(base_port storage)/?key=<key> (key: PLATFORM_READ_API_KEY or the file $RUN_DIR/read-api-key; send it as X-Api-Key to /api)"
  cmd_status
}

cmd_down() {
  local with_infra=0 arg
  for arg in "$@"; do
    case "$arg" in
      --infra) with_infra=1 ;;
      *) die "down: unknown option '$arg' (only --infra)" ;;
    esac
  done
  local f names=()
  [ -e "$RUN_DIR" ] && ensure_run_dir
  for f in "$PID_DIR"/*.pid; do
    [ -e "$f" ] && names+=("$(basename "$f" .pid)")
  done
  [ "${#names[@]}" -eq 0 ] || stop_replicas "${names[@]}"
  log "all replicas stopped (logs kept in $LOG_DIR)"
  if [ "$with_infra" = 1 ]; then bash "$INFRA" down; fi
}

cmd_status() {
  local f r pid port code any=0
  [ -e "$RUN_DIR" ] && ensure_run_dir
  for f in "$PID_DIR"/*.pid; do
    [ -e "$f" ] || continue
    any=1
    r="$(basename "$f" .pid)"
    pid="$(pid_of_replica_file "$f")"
    port="$(cat "$PID_DIR/$r.port" 2>/dev/null || echo '?')"
    if is_our_process "$pid"; then
      code="$(ready_code "$port")"
      printf '%-14s pid %-7s http://127.0.0.1:%-5s /health/ready %s\n' "$r" "$pid" "$port" "${code:-no answer}"
    else
      printf '%-14s pid %-7s not running (stale pid file)\n' "$r" "$pid"
    fi
  done
  [ "$any" = 1 ] || echo "no replicas started from $RUN_DIR"
  return 0
}

main() {
  local command="${1:-}"
  [ $# -gt 0 ] && shift
  case "$command" in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) [ $# -eq 0 ] || die "status takes no options"; cmd_status ;;
    -h | --help | help) usage ;;
    *) usage; exit 2 ;;
  esac
}

main "$@"
