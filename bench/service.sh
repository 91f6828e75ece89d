# shellcheck shell=bash
# Sourced by the benchmarks: builds the service and starts it on $HTTP_PORT against the database
# cadastre_bench with the sample data; returns once the sample data is loaded; stops the service
# when the benchmark exits. The demo applications stay out: the benchmarks place their own areas.
#   start_service <log file> <java options…>

start_service() {
  local log=$1 jar
  shift
  ./mvnw -q -B -DskipTests package
  jar=$(find target -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' | head -1)
  if curl -s -m 5 -o /dev/null "http://localhost:$HTTP_PORT/"; then
    echo "port $HTTP_PORT is taken (another benchmark?); set BENCH_HTTP_PORT"
    exit 1
  fi
  echo "starting the service on port $HTTP_PORT with the sample data"
  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:$BENCH_DB_PORT/cadastre_bench \
    CADASTRE_SAMPLE_DATA=true CADASTRE_SAMPLE_APPLICATIONS=false CADASTRE_DEMO_PASSWORD=bench-password \
    java "$@" -jar "$jar" --server.port="$HTTP_PORT" >"$log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    # The sample loader runs once the service answers; parcels are the last layer it loads.
    curl -sf "http://localhost:$HTTP_PORT/actuator/health" >/dev/null \
      && [[ $(PGPASSWORD=cadastre psql -X -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench \
        -c "SELECT count(*) FROM layer_version WHERE layer_id = 'property_parcels'") -gt 0 ]] && return 0
    kill -0 $service 2>/dev/null || { tail -30 "$log"; exit 1; }
    sleep 1
  done
  echo "the service did not start; see $log"
  exit 1
}
