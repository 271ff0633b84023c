#!/usr/bin/env bash
# The gateway's cost, measured: a cheap authenticated GET straight to a service, through the edukpi
# gateway, and through nginx as a plain reverse proxy to the same service, in one run with wrk.
# Prints requests/s, p99 latency and the ratios (goal: gateway >= 0.85 x nginx's throughput and
# <= 2 ms added p99). Not part of ./mvnw verify.
#
# Needs: the local platform running (./edukpi run, default ports), the packaged gateway
# (gateway/target/quarkus-app), and Debian's wrk and nginx (apt-get install -y wrk nginx).
# Settings (environment): BENCH_SERVICE_URL (http://127.0.0.1:8083), BENCH_PATH (/api/v1/submissions/catalogues:
# a small list read from the database),
# BENCH_KEYCLOAK (http://127.0.0.1:8180), BENCH_DURATION (20s), BENCH_WARMUP (60s per target), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_ROUNDS (3), BENCH_GATEWAY_PORT (18080), BENCH_NGINX_PORT (18090),
# BENCH_GATEWAY_JAR (gateway/target/quarkus-app/quarkus-run.jar: another build to compare with),
# BENCH_GATEWAY_JAVA_OPTS (extra JVM options of the gateway, e.g. a flight recording).
set -euo pipefail

cd "$(dirname "$0")/../.."
SERVICE_URL=${BENCH_SERVICE_URL:-http://127.0.0.1:8083}
BENCH_PATH=${BENCH_PATH:-/api/v1/submissions/catalogues}
KEYCLOAK=${BENCH_KEYCLOAK:-http://127.0.0.1:8180}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-60s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
ROUNDS=${BENCH_ROUNDS:-3}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-18080}
NGINX_PORT=${BENCH_NGINX_PORT:-18090}
GATEWAY_JAR=${BENCH_GATEWAY_JAR:-gateway/target/quarkus-app/quarkus-run.jar}
read -r -a GATEWAY_JAVA_OPTS <<<"${BENCH_GATEWAY_JAVA_OPTS:-}"
SERVICE_HOSTPORT=${SERVICE_URL#http://}

for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk nginx)"; exit 1; }
done
[ -f "$GATEWAY_JAR" ] || { echo "package the gateway first: ./mvnw -pl gateway package -DskipTests"; exit 1; }

work=$(mktemp -d /tmp/edukpi-bench.XXXXXX)
gateway_pid=""
nginx_started=""
cleanup() {
  [ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null && wait "$gateway_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A machine client's token (client credentials), as a dashboard would get it. Tokens live 5 minutes
# and the whole run takes longer: every measurement takes a fresh one.
fresh_token() {
  TOKEN=$(curl -sf -d grant_type=client_credentials -d client_id=dashboard-client \
    -d client_secret=dashboard-client-local-secret \
    "$KEYCLOAK/realms/edukpi/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  [ -n "$TOKEN" ] || { echo "no token from $KEYCLOAK (is ./edukpi run up?)"; exit 1; }
}
fresh_token

# A gateway of its own in front of the one service, with a rate limit that wrk cannot reach (the
# platform's gateway would answer most of this load with 429, which is what it is for).
java -Xms256m -Xmx512m "${GATEWAY_JAVA_OPTS[@]}" -Dquarkus.http.port="$GATEWAY_PORT" \
  -Dedukpi.gateway.upstreams.indicator-service="$SERVICE_URL" \
  -Dedukpi.gateway.upstreams.student-registry-service="$SERVICE_URL" \
  -Dedukpi.gateway.upstreams.submission-service="$SERVICE_URL" \
  -Dedukpi.gateway.upstreams.scoring-service="$SERVICE_URL" \
  -Dedukpi.oidc.url="$KEYCLOAK/realms/edukpi" \
  -Dedukpi.gateway.rate-limit.capacity=1000000000 \
  -Dquarkus.http.access-log.enabled=false \
  -jar "$GATEWAY_JAR" >"$work/gateway.log" 2>&1 &
gateway_pid=$!

# nginx as a plain reverse proxy to the same service: keep-alive upstream, no buffering of bodies.
mkdir -p "$work/logs"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
error_log $work/logs/error.log warn;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  upstream service { server $SERVICE_HOSTPORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_request_buffering off;
    }
  }
}
NGINX
nginx -p "$work" -c "$work/nginx.conf"
nginx_started=yes

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" >/dev/null && break
  sleep 1
done

check() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1$BENCH_PATH")
  [ "$status" = 200 ] || { echo "GET $1$BENCH_PATH answered $status, not 200"; exit 1; }
}
check "$SERVICE_URL"; check "http://127.0.0.1:$GATEWAY_PORT"; check "http://127.0.0.1:$NGINX_PORT"

# CPU time in ms that processes have used so far (all their threads), from /proc.
cpu_ms() {
  local ticks=0 pid
  for pid in "$@"; do ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# The processes of a proxy under test, whose CPU per request is reported (none for direct).
proxy_pids() {
  case $1 in
    gateway) echo "$gateway_pid" ;;
    nginx) local master; master=$(cat "$work/nginx.pid"); echo "$master $(pgrep -P "$master" | tr '\n' ' ')" ;;
  esac
}

# wrk's report in numbers: requests/s, p99 in ms and the proxy's CPU ms per request; non-2xx answers
# fail the run.
measure() {
  local out="$work/wrk.out" pids cpu_before cpu_after
  read -r -a pids <<<"$(proxy_pids "$4")"
  fresh_token
  cpu_before=$([ ${#pids[@]} -gt 0 ] && cpu_ms "${pids[@]}" || echo 0)
  wrk -t"$2" -c"$3" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$1$BENCH_PATH" >"$out"
  cpu_after=$([ ${#pids[@]} -gt 0 ] && cpu_ms "${pids[@]}" || echo 0)
  if grep -q "Non-2xx" "$out"; then cat "$out" >&2; echo "non-2xx answers from $1" >&2; return 1; fi
  awk -v cpu=$((cpu_after - cpu_before)) '/requests in/ {requests=$1}
       /^Requests\/sec/ {rps=$2}
       $1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
       END {print rps, p99, (requests > 0 ? cpu / requests : 0)}' "$out"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Long enough for the JVMs' compilers to finish: after 10 s, and even 30 s, the gateway's first round still used
# up to twice the CPU per request of its later ones.
echo "warming up (JIT) ..."
for target in "$SERVICE_URL" "http://127.0.0.1:$GATEWAY_PORT" "http://127.0.0.1:$NGINX_PORT"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$target$BENCH_PATH" >/dev/null
done

# The three targets take turns, ROUNDS times, so a change in the machine's load hits all of them;
# the medians are reported. Throughput under CONNECTIONS concurrent connections; latency (p99) with
# one connection, where it is what each hop adds rather than time spent queueing for the CPUs.
: >"$work/results"
for round in $(seq 1 "$ROUNDS"); do
  for target in direct gateway nginx; do
    case $target in
      direct) url=$SERVICE_URL ;;
      gateway) url=http://127.0.0.1:$GATEWAY_PORT ;;
      nginx) url=http://127.0.0.1:$NGINX_PORT ;;
    esac
    read -r rps loaded_p99 cpu < <(measure "$url" "$THREADS" "$CONNECTIONS" "$target")
    read -r _ p99 _ < <(measure "$url" 1 1 "$target")
    [ -n "$rps" ] && [ -n "$p99" ] || { echo "no figures for $target"; exit 1; }
    echo "round $round $target: $rps req/s (p99 $loaded_p99 ms at $CONNECTIONS connections, $cpu ms CPU per request in the proxy), p99 $p99 ms at 1 connection"
    echo "$target $rps $p99 $loaded_p99 $cpu" >>"$work/results"
  done
done
figure() { awk -v t="$1" -v c="$2" '$1==t {print $c}' "$work/results" | median; }
direct_rps=$(figure direct 2); direct_p99=$(figure direct 3); direct_loaded=$(figure direct 4)
gateway_rps=$(figure gateway 2); gateway_p99=$(figure gateway 3); gateway_loaded=$(figure gateway 4)
nginx_rps=$(figure nginx 2); nginx_p99=$(figure nginx 3); nginx_loaded=$(figure nginx 4)
gateway_cpu=$(figure gateway 5); nginx_cpu=$(figure nginx 5)

echo
echo "GET $BENCH_PATH, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, median of $ROUNDS rounds, load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
printf '%-10s %12s %18s %22s\n' "target" "requests/s" "p99 ms (1 conn)" "p99 ms ($CONNECTIONS conns)"
printf '%-10s %12.0f %18.2f %22.2f\n' direct "$direct_rps" "$direct_p99" "$direct_loaded"
printf '%-10s %12.0f %18.2f %22.2f\n' gateway "$gateway_rps" "$gateway_p99" "$gateway_loaded"
printf '%-10s %12.0f %18.2f %22.2f\n' nginx "$nginx_rps" "$nginx_p99" "$nginx_loaded"
awk -v g="$gateway_rps" -v n="$nginx_rps" -v d="$direct_rps" -v gp="$gateway_p99" -v np="$nginx_p99" -v dp="$direct_p99" \
    -v gc="$gateway_cpu" -v nc="$nginx_cpu" 'BEGIN {
  printf "gateway/nginx throughput   %.2f (goal >= 0.85)\n", g / n
  printf "gateway/direct throughput  %.2f   nginx/direct %.2f\n", g / d, n / d
  printf "gateway added p99 (1 conn) %.2f ms vs direct, %.2f ms vs nginx (goal <= 2 ms)\n", gp - dp, gp - np
  printf "CPU per request (%d conns)  gateway %.3f ms, nginx %.3f ms\n", '"$CONNECTIONS"', gc, nc
}'
