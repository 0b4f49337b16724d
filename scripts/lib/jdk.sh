# Sourced by the scripts: finds a JDK 25 or newer and sets JAVA_HOME and JAVA.
# Order: $JAVA_HOME, then `java` on PATH, then /usr/lib/jvm/*. Prints one line and
# returns 1 when none is found, naming what it saw. Written with few subshells:
# it runs on every start of the shell.

threadlab_java_major() { # $1: a JDK home; sets REPLY to its feature version, or empty
  REPLY=
  local line
  if [ -f "$1/release" ]; then
    # The release file answers without starting a JVM.
    while IFS= read -r line; do
      case "$line" in
        JAVA_VERSION=*) line=${line#JAVA_VERSION=\"}; REPLY=${line%%[.\"+-]*}; return ;;
      esac
    done < "$1/release"
  else
    line=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | grep 'java.specification.version')
    line=${line##*= }
    REPLY=${line%%.*}
  fi
}

threadlab_find_jdk() {
  local seen=() candidates=() home java_on_path
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java_on_path=$(command -v java); then
    java_on_path=$(readlink -f "$java_on_path")
    candidates+=("${java_on_path%/bin/java}")
  fi
  for home in /usr/lib/jvm/*; do [ -d "$home" ] && candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    threadlab_java_major "$home"
    seen+=("${home} (${REPLY:-unknown})")
    if [[ "$REPLY" =~ ^[0-9]+$ ]] && [ "$REPLY" -ge 25 ]; then
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
