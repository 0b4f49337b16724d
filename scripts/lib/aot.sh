# Sourced by scripts/threadlab after build.sh: the JDK 25 AOT cache (JEP 483/514/515).
# A training run of the real shell records the classes it loads and links; later starts
# map them from target/threadlab.aot. The cache is used only when it is newer than the
# jar; a missing or unusable one only makes the start slower, never breaks it.

THREADLAB_AOT="$THREADLAB_ROOT/target/threadlab.aot"
# Marks a failed training run, so a machine that cannot make the cache does not retry on every start.
THREADLAB_AOT_FAILED="$THREADLAB_ROOT/target/threadlab.aot.failed"
# Flags shared by training and use: the JVM refuses a cache made with other flags.
THREADLAB_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED -XX:-UsePerfData)

threadlab_aot_is_fresh() {
  [ -f "$THREADLAB_AOT" ] && [ ! "$THREADLAB_JAR" -nt "$THREADLAB_AOT" ]
}

# Records one start of the interactive shell in a pseudo-terminal (when `script` is there), as a
# returning learner: open a chapter first, then start, show the prompt and quit. Only what the
# start needs belongs in the cache: every class in it is loaded at each start, so a longer
# training run (experiments, Markdown) made the first prompt slower, not faster.
threadlab_aot_train() {
  local tmp out
  tmp=$(mktemp -d) || return 1
  out="$tmp/threadlab.aot"
  printf 'lesson 1\nquit\n' | "$JAVA" "${THREADLAB_JVM_FLAGS[@]}" -jar "$THREADLAB_JAR" --data-dir "$tmp/data" > /dev/null 2>&1 || true
  printf 'quit\n' > "$tmp/input"
  local java_cmd=("$JAVA" "${THREADLAB_JVM_FLAGS[@]}" -XX:AOTCacheOutput="$out" -Xlog:aot=off -Xlog:cds=off
    -jar "$THREADLAB_JAR" --data-dir "$tmp/data")
  if command -v script >/dev/null 2>&1; then
    TERM=xterm-256color script -qec "$(printf '%q ' "${java_cmd[@]}")" /dev/null < "$tmp/input" > "$tmp/log" 2>&1
  else
    "${java_cmd[@]}" < "$tmp/input" > "$tmp/log" 2>&1
  fi
  local made=1
  if [ -s "$out" ]; then
    mv -f "$out" "$THREADLAB_AOT" && made=0
  fi
  rm -rf "$tmp"
  return "$made"
}

threadlab_aot_prepare() {
  threadlab_aot_is_fresh && return 0
  [ -f "$THREADLAB_AOT_FAILED" ] && [ ! "$THREADLAB_JAR" -nt "$THREADLAB_AOT_FAILED" ] && return 0
  echo "threadlab: preparing the start-up cache (once per build)..." >&2
  if threadlab_aot_train; then
    rm -f "$THREADLAB_AOT_FAILED"
  else
    echo "threadlab: could not make the start-up cache; starting without it (slower)" >&2
    touch "$THREADLAB_AOT_FAILED"
  fi
}

# Sets THREADLAB_AOT_FLAGS to the flags that use the cache, or to nothing.
threadlab_aot_flags() {
  THREADLAB_AOT_FLAGS=()
  if threadlab_aot_is_fresh; then
    THREADLAB_AOT_FLAGS=(-XX:AOTCache="$THREADLAB_AOT" -Xlog:aot=off -Xlog:cds=off)
  fi
}
