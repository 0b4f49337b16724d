# Sourced by the scripts: finds a JDK 25 or newer and sets JAVA_HOME and JAVA.
# Order: $JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*. Prints one line and
# returns 1 when none is found, naming what it saw.

threadlab_java_major() { # $1: a JDK home; prints its feature version, or nothing
  # The release file answers without starting a JVM, which keeps the launch fast.
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

threadlab_find_jdk() {
  local seen=() candidates=() home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in /usr/lib/jvm/*; do [ -d "$home" ] && candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(threadlab_java_major "$home")
    seen+=("${home} (${major:-unknown})")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      export JAVA_HOME="$home"
      JAVA="$home/bin/java"
      return 0
    fi
  done
  if [ ${#seen[@]} -eq 0 ]; then
    echo "threadlab: no JDK found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm); install JDK 25 or newer" >&2
  else
    local IFS=','
    echo "threadlab: needs JDK 25 or newer; found only: ${seen[*]}" >&2
  fi
  return 1
}
