# Sourced by the scripts after jdk.sh: builds target/threadlab.jar when it is
# missing or older than anything it is built from.

THREADLAB_ROOT=${BASH_SOURCE[0]%/*}/../..
THREADLAB_ROOT=$(cd "$THREADLAB_ROOT" && pwd)
THREADLAB_JAR="$THREADLAB_ROOT/target/threadlab.jar"

threadlab_jar_is_stale() {
  [ -f "$THREADLAB_JAR" ] || return 0
  [ -n "$(find "$THREADLAB_ROOT/src/main" "$THREADLAB_ROOT/lessons" "$THREADLAB_ROOT/pom.xml" \
           -newer "$THREADLAB_JAR" -print -quit 2>/dev/null)" ]
}

threadlab_mvn() {
  # Maven on PATH if there is one; else the wrapper, which fetches Maven from Maven
  # Central once (into ~/.m2/wrapper), so that building from source needs only a JDK.
  local mvn=mvn
  if ! command -v mvn >/dev/null 2>&1; then
    mvn="$THREADLAB_ROOT/mvnw"
  fi
  # The allow flag keeps Maven's own libraries from printing Unsafe warnings on JDK 24+.
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    "$mvn" -B -q -Dstyle.color=never -f "$THREADLAB_ROOT/pom.xml" "$@"
}

threadlab_build_if_needed() {
  threadlab_jar_is_stale || return 0
  echo "threadlab: building the jar (first run, or the sources changed)..." >&2
  # Maven copies resources but never deletes them: a renamed lesson would stay in the jar twice.
  rm -rf "$THREADLAB_ROOT/target/classes/lessons"
  # Maven 3.8 colours even quiet output; strip the escape codes so the screen stays clean.
  threadlab_mvn -DskipTests package 2>&1 | sed $'s/\x1b\\[[0-9;]*m//g' >&2
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "threadlab: the build failed (see above)" >&2; return 1; }
}
