#!/usr/bin/env bash
# supervise.sh PARENT_PID LOG_FILE -- COMMAND...
# Runs COMMAND and ends it when PARENT_PID is gone, so that a test runner or
# `npm start` killed with SIGKILL never leaves a java or ferretdb process behind.
# SIGTERM/SIGINT to this script stop the command gracefully (then forcefully).
set -u
parent="$1"; log="$2"; shift 3
"$@" >>"$log" 2>&1 &
child=$!

stop_child() {
  kill -TERM "$child" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 "$child" 2>/dev/null || break; sleep 0.25; done
  kill -KILL "$child" 2>/dev/null
  wait "$child" 2>/dev/null
  exit 0
}
kill_child() {
  kill -KILL "$child" 2>/dev/null
  wait "$child" 2>/dev/null
  exit 0
}
trap stop_child TERM INT HUP
# USR1 simulates a crash of the supervised server (chaos tests).
trap kill_child USR1

while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
  sleep 1 & wait $!
done
if kill -0 "$child" 2>/dev/null; then stop_child; fi
wait "$child"
