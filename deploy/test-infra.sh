#!/usr/bin/env bash
# deploy/test-infra.sh: checks deploy/infra.sh end to end on this machine (root; about a minute).
# Uses its own state dir and ports (AMQP 5782, PostgreSQL 55532), so a running default instance is left alone.
# Ends with a line "N passed, N failed"; exit 0 only when nothing failed.
set -euo pipefail

INFRA="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra.sh"
STATE_PARENT="$(mktemp -d /tmp/platform-infra-test.XXXXXX)"
export PLATFORM_INFRA_DIR="$STATE_PARENT/state"
export PLATFORM_RABBITMQ_PORT="${TEST_RABBITMQ_PORT:-5782}"
export PLATFORM_POSTGRES_PORT="${TEST_POSTGRES_PORT:-55532}"
unset PLATFORM_RABBITMQ_MANAGEMENT_PORT PLATFORM_RABBITMQ_DIST_PORT PLATFORM_RABBITMQ_NODENAME PLATFORM_POSTGRES_UNSAFE_FAST
MGMT_PORT=$((PLATFORM_RABBITMQ_PORT + 10000))
passed=0
failed=0

check() { # name command... -> records the outcome
  local name="$1"; shift
  if "$@" >/dev/null 2>&1; then
    passed=$((passed + 1)); printf 'ok   %s\n' "$name"
  else
    failed=$((failed + 1)); printf 'FAIL %s\n' "$name"
  fi
}

cleanup() {
  bash "$INFRA" down >/dev/null 2>&1 || true
  rm -rf -- "$STATE_PARENT"
}
trap cleanup EXIT

up_output="$(bash "$INFRA" up 2>"$STATE_PARENT/up.err")" || { cat "$STATE_PARENT/up.err" >&2; echo "0 passed, 1 failed"; exit 1; }
eval "$up_output"

api() { curl -fsS -o /dev/null --max-time 5 -u "$1:$2" "http://127.0.0.1:$MGMT_PORT/api/$3"; }
sql() { psql -X -w -Atq "$1" -c "$2"; }
only_loopback() { # every listener of the given ports is bound to a loopback address
  local port lines
  for port in "$@"; do
    lines="$(ss -Hltn "sport = :$port")"
    [ -n "$lines" ] || return 1
    if awk '{print $4}' <<<"$lines" | grep -vqE '^(127\.0\.0\.1|\[::1\]):'; then return 1; fi
  done
}
has_no_guest() { ! curl -fsS --max-time 5 -u "platform:$PLATFORM_RABBITMQ_PASSWORD" "http://127.0.0.1:$MGMT_PORT/api/users" | grep -q '"name":"guest"'; }
administrator() { curl -fsS --max-time 5 -u "platform:$PLATFORM_RABBITMQ_PASSWORD" "http://127.0.0.1:$MGMT_PORT/api/whoami" | grep -q administrator; }
can_create_vhost() {
  curl -fsS -o /dev/null --max-time 5 -u "platform:$PLATFORM_RABBITMQ_PASSWORD" -X PUT "http://127.0.0.1:$MGMT_PORT/api/vhosts/infra-test" &&
    api platform "$PLATFORM_RABBITMQ_PASSWORD" "permissions/infra-test/platform" &&
    curl -fsS -o /dev/null --max-time 5 -u "platform:$PLATFORM_RABBITMQ_PASSWORD" -X DELETE "http://127.0.0.1:$MGMT_PORT/api/vhosts/infra-test"
}
amqp_answers() { # AMQP 0-9-1 protocol header -> the broker replies with a Connection.Start frame
  python3 - "$PLATFORM_RABBITMQ_PORT" <<'EOF'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"AMQP\x00\x00\x09\x01")
frame = s.recv(4096)
sys.exit(0 if frame[:1] == b"\x01" and b"PLAIN" in frame else 1)
EOF
}
durable_by_default() {
  [ "$(sql "$PLATFORM_POSTGRES_URL" "select string_agg(name || '=' || setting, ',' order by name) from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")" = "fsync=on,full_page_writes=on,synchronous_commit=on" ]
}
postgres_outage_and_back() {
  sql "$PLATFORM_POSTGRES_URL" 'create table if not exists infra_test_outage (n int); insert into infra_test_outage values (7)' &&
    bash "$INFRA" postgres stop && ! PGCONNECT_TIMEOUT=3 sql "$PLATFORM_POSTGRES_URL" 'select 1' &&
    bash "$INFRA" postgres start && [ "$(sql "$PLATFORM_POSTGRES_URL" 'select n from infra_test_outage')" = 7 ] &&
    sql "$PLATFORM_POSTGRES_URL" 'drop table infra_test_outage'
}
broker_restart_and_back() { # stop_app closes the AMQP listener; start_app opens it again with the vhost and user kept
  bash "$INFRA" rabbitmq stop && ! amqp_answers && bash "$INFRA" rabbitmq start && amqp_answers &&
    api platform "$PLATFORM_RABBITMQ_PASSWORD" "permissions/platform/platform"
}
passwords() { # every generated password, one a line: the password files of the state dir (written without a newline)
  local f
  for f in "$PLATFORM_INFRA_DIR"/*.password; do cat "$f"; echo; done
}
no_password_in() { # files... -> none of them holds a generated password
  local pw
  [ "$(passwords | wc -l)" -ge 12 ] || return 1 # administrator + 7 RabbitMQ users, superuser + 3 roles
  while IFS= read -r pw; do
    [ -n "$pw" ] || return 1
    if grep -qF -- "$pw" "$@"; then return 1; fi
  done < <(passwords)
}
messages_hold_no_password() { # what up, status, a second up and env write to stderr, and status to stdout: never a password
  bash "$INFRA" status >"$STATE_PARENT/status.out" 2>"$STATE_PARENT/status.err" &&
    bash "$INFRA" up >/dev/null 2>"$STATE_PARENT/up2.err" &&
    bash "$INFRA" env >/dev/null 2>"$STATE_PARENT/env.err" &&
    no_password_in "$STATE_PARENT/up.err" "$STATE_PARENT/status.out" "$STATE_PARENT/status.err" "$STATE_PARENT/up2.err" "$STATE_PARENT/env.err"
}
state_is_private() { # the state dir is 700 and every file in it 600, all owned by the caller
  [ "$(stat -c '%a %u' "$PLATFORM_INFRA_DIR")" = "700 $(id -u)" ] &&
    ! find "$PLATFORM_INFRA_DIR" -mindepth 1 \( ! -perm 600 -o ! -uid "$(id -u)" \) -print | grep -q .
}
refuses_planted_state() { # a state dir another user may write is refused, and its settings file is never sourced
  local planted="$STATE_PARENT/planted"
  mkdir -m 777 "$planted" && printf 'touch %q\n' "$STATE_PARENT/sourced" >"$planted/settings" && chmod 666 "$planted/settings" &&
    ! PLATFORM_INFRA_DIR="$planted" bash "$INFRA" env 2>"$STATE_PARENT/planted.err" && grep -q refusing "$STATE_PARENT/planted.err" &&
    chmod 700 "$planted" && ! PLATFORM_INFRA_DIR="$planted" bash "$INFRA" status &&
    chmod 600 "$planted/settings" && chown nobody "$planted/settings" && ! PLATFORM_INFRA_DIR="$planted" bash "$INFRA" status &&
    [ ! -e "$STATE_PARENT/sourced" ] &&
    rm -rf -- "$planted"
}
user_may() { # user password -> the management API's permissions of that user on vhost platform (JSON)
  curl -fsS --max-time 5 -u "$1:$2" "http://127.0.0.1:$MGMT_PORT/api/whoami" >/dev/null
}
service_users_exist() { # every user of deploy/rabbitmq/users logs in with its printed password (monitor: management API)
  local name upper user_var pw_var
  for name in $(awk '!/^[[:space:]]*(#|$)/ {print $1}' "$(dirname "$INFRA")/rabbitmq/users"); do
    upper="$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')"
    user_var="PLATFORM_RABBITMQ_${upper}_USER"; pw_var="PLATFORM_RABBITMQ_${upper}_PASSWORD"
    [ "${!user_var:-}" = "$name" ] && [ -n "${!pw_var:-}" ] || return 1
    curl -fsS -o /dev/null --max-time 5 -u "platform:$PLATFORM_RABBITMQ_PASSWORD" "http://127.0.0.1:$MGMT_PORT/api/permissions/platform/$name" || return 1
  done
  # monitor (tag monitoring) and submit (tag management, for the dashboard's publish form) may log in to the management API,
  # a service user may not; none of them is an administrator
  user_may monitor "$PLATFORM_RABBITMQ_MONITOR_PASSWORD" && user_may submit "$PLATFORM_RABBITMQ_SUBMIT_PASSWORD" &&
    ! user_may storage "$PLATFORM_RABBITMQ_STORAGE_PASSWORD" &&
    ! curl -fsS --max-time 5 -u "monitor:$PLATFORM_RABBITMQ_MONITOR_PASSWORD" "http://127.0.0.1:$MGMT_PORT/api/whoami" | grep -q administrator
}
roles_connect() {
  local pw; pw="$(printf '%s' "$PLATFORM_POSTGRES_APP_CONNECTION" | sed -E 's/.*;Password=([^;]*);.*/\1/')"
  sql "host=127.0.0.1 port=$PLATFORM_POSTGRES_PORT user=platform_app password=$pw dbname=platform" 'select current_user' &&
    [ "$(sql "$PLATFORM_POSTGRES_URL" "select pg_get_userbyid(datdba) from pg_database where datname = 'platform'")" = platform_owner ]
}
env_file_matches() { [ "$(cat "$PLATFORM_INFRA_DIR/env")" = "$up_output" ]; }
same_output() { [ "$(bash "$INFRA" "$1" 2>/dev/null)" = "$up_output" ]; }
nothing_left() { [ ! -e "$PLATFORM_INFRA_DIR" ] && ! ss -Hltn | grep -qE ":($PLATFORM_RABBITMQ_PORT|$MGMT_PORT|$PLATFORM_POSTGRES_PORT) "; }

# shellcheck disable=SC2016 # expanded by the inner bash
check "up prints every setting the hosts read" bash -c 'for v in PLATFORM_RABBITMQ_HOST PLATFORM_RABBITMQ_PORT PLATFORM_RABBITMQ_MANAGEMENT_PORT PLATFORM_RABBITMQ_VHOST PLATFORM_RABBITMQ_USER PLATFORM_RABBITMQ_PASSWORD PLATFORM_POSTGRES_HOST PLATFORM_POSTGRES_PORT PLATFORM_POSTGRES_USER PLATFORM_POSTGRES_PASSWORD PLATFORM_POSTGRES_DATABASE PLATFORM_POSTGRES_CONNECTION PLATFORM_RABBITMQ_SUBMIT_PASSWORD PLATFORM_RABBITMQ_STORAGE_PASSWORD PLATFORM_POSTGRES_OWNER_CONNECTION PLATFORM_POSTGRES_APP_CONNECTION PLATFORM_POSTGRES_READONLY_CONNECTION RabbitMq__Host RabbitMq__Port RabbitMq__VirtualHost RabbitMq__Username RabbitMq__Password RabbitMq__ManagementPort ConnectionStrings__Platform; do [ -n "${!v:-}" ] || exit 1; done'
check "env file holds the printed settings" env_file_matches
check "management API accepts the platform user" api platform "$PLATFORM_RABBITMQ_PASSWORD" overview
check "management API refuses a wrong password" bash -c "! curl -fsS -o /dev/null --max-time 5 -u platform:wrong http://127.0.0.1:$MGMT_PORT/api/overview"
check "platform user may use vhost platform" api platform "$PLATFORM_RABBITMQ_PASSWORD" "permissions/platform/platform"
check "platform user is an administrator" administrator
check "platform user can create vhosts, use them and delete them" can_create_vhost
check "no guest user" has_no_guest
check "AMQP port answers the protocol header" amqp_answers
check "PostgreSQL accepts the password over TCP" sql "$PLATFORM_POSTGRES_URL" 'select 1'
check "PostgreSQL refuses a wrong password" bash -c "! psql -X -w 'postgresql://platform:wrong@127.0.0.1:$PLATFORM_POSTGRES_PORT/platform' -c 'select 1'"
check "PostgreSQL database platform belongs to a superuser" bash -c "[ \"\$(psql -X -w -Atq '$PLATFORM_POSTGRES_URL' -c 'select rolsuper from pg_roles where rolname = current_user')\" = t ]"
# shellcheck disable=SC2016 # expanded by the inner bash
check "connection string names host, port, user, password, database" bash -c '[ "$PLATFORM_POSTGRES_CONNECTION" = "Host=127.0.0.1;Port=$PLATFORM_POSTGRES_PORT;Username=platform;Password=$PLATFORM_POSTGRES_PASSWORD;Database=platform" ]'
check "every RabbitMQ user of deploy/rabbitmq/users exists with its printed password; monitor and submit may use the management API, services not" service_users_exist
check "PostgreSQL role platform_app connects; database platform belongs to platform_owner" roles_connect
check "state dir is mode 700 and its files 600, owned by the caller" state_is_private
check "up, status and env write no password to stderr, status none to stdout" messages_hold_no_password
check "a state dir or settings file that another user may write is refused and never sourced" refuses_planted_state
check "PostgreSQL is durable by default (fsync, synchronous_commit, full_page_writes on)" durable_by_default
check "postgres stop makes the database unreachable, postgres start brings it back with its data" postgres_outage_and_back
check "rabbitmq stop closes the AMQP port, rabbitmq start brings the broker back with its vhost and user" broker_restart_and_back
check "listeners are loopback only" only_loopback "$PLATFORM_RABBITMQ_PORT" "$MGMT_PORT" "$PLATFORM_POSTGRES_PORT"
check "second up prints the same settings" same_output up
check "env prints the same settings" same_output env
check "status exits 0 while both run" bash "$INFRA" status
check "down stops both and removes the state" bash "$INFRA" down
check "nothing listens and no state is left after down" nothing_left
check "env fails when nothing runs" bash -c "! bash '$INFRA' env"
check "status exits 3 when nothing runs" bash -c "bash '$INFRA' status; [ \$? -eq 3 ]"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
