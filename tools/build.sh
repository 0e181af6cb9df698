# Sourced by node4j's scripts: node4j_build_if_stale ROOT builds the classes bin/node4j runs when any
# pom or main source is newer than the last build. Quiet: one line on stderr, the log only on failure.
# A lock keeps two launchers started at once from building over each other.

node4j_build_if_stale() {
  local root=$1 stamp=$1/runtime/target/.node4j-built
  if [ -f "$stamp" ] && [ -z "$(find "$root/pom.xml" "$root/loop/pom.xml" "$root/runtime/pom.xml" \
        "$root/loop/src/main" "$root/runtime/src/main" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  mkdir -p "$root/runtime/target"
  (
    flock 9
    # Another launcher may have finished the build while this one waited.
    if [ -f "$stamp" ] && [ -z "$(find "$root/pom.xml" "$root/loop/pom.xml" "$root/runtime/pom.xml" \
          "$root/loop/src/main" "$root/runtime/src/main" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
      exit 0
    fi
    echo "building node4j…" >&2
    local log
    log=$(mktemp)
    local started
    started=$(date +%s.%N)
    if ! (cd "$root" && mvn -B -q -DskipTests compile >"$log" 2>&1); then
      cat "$log" >&2
      rm -f "$log"
      echo "node4j: build failed" >&2
      exit 1
    fi
    rm -f "$log"
    touch -d "@$started" "$stamp"
  ) 9>"$root/runtime/target/.build-lock"
}
