# Sourced by node4j's scripts: node4j_find_jdk prints the home of a JDK 25 or newer.
# JAVA_HOME wins when it is 25+; else the newest /usr/lib/jvm/*25* (or later) that has javac.

node4j_java_major() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  echo "${v%%.*}"
}

node4j_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local major
    major=$(node4j_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 25 ] 2>/dev/null; then
      echo "$JAVA_HOME"
      return 0
    fi
  fi
  local candidate best="" best_major=0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    local major
    major=$(node4j_java_major "$candidate")
    if [ "${major:-0}" -ge 25 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "node4j: needs a JDK 25 or newer: set JAVA_HOME to one, or install one under /usr/lib/jvm (found none)" >&2
    return 1
  fi
  echo "$best"
}
