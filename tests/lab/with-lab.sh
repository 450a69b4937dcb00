#!/usr/bin/env bash
# Runs a command inside the test lab: a private D-Bus session with an unlocked gnome-keyring Secret
# Service, a throw-away HOME, and SOFTPHONE_LAB=1. Exits with the command's exit code.
#   bash tests/lab/with-lab.sh npx vitest run --project integration
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-lab.sh: $tool is missing (apt-get install dbus dbus-x11 gnome-keyring)" >&2
    exit 127
  fi
done

orig_home="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
lab_home="$(mktemp -d "${TMPDIR:-/tmp}/softphone-lab-home.XXXXXX")"
cleanup() {
  rm -rf -- "$lab_home"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -m 700 -- "$lab_home/run"

# npm and npx inside keep the real cache and ~/.npmrc (registry, nodedir), not the throw-away HOME's
export npm_config_cache="${npm_config_cache:-$orig_home/.npm}"
if [ -z "${npm_config_userconfig:-}" ] && [ -f "$orig_home/.npmrc" ]; then
  export npm_config_userconfig="$orig_home/.npmrc"
fi
export HOME="$lab_home"
export XDG_RUNTIME_DIR="$lab_home/run"
export XDG_DATA_HOME="$lab_home/.local/share"
export XDG_CONFIG_HOME="$lab_home/.config"
export XDG_CACHE_HOME="$lab_home/.cache"
export SOFTPHONE_LAB=1
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
# The inner script is a fixed string; the command travels as "$@", never through eval. It waits until the
# daemon owns org.freedesktop.secrets (so tests never race its start-up) and stops that PID afterwards,
# because a daemon that has not yet noticed the bus going away would outlive the session.
dbus-run-session -- sh -c '
  printf %s lab-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
    echo "with-lab.sh: gnome-keyring-daemon failed to start" >&2
    exit 125
  }
  keyring_pid=
  tries=0
  while [ -z "$keyring_pid" ] && [ "$tries" -lt 100 ]; do
    keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk "{ print \$2 }")
    [ -n "$keyring_pid" ] || sleep 0.05
    tries=$((tries + 1))
  done
  if [ -z "$keyring_pid" ]; then
    echo "with-lab.sh: the Secret Service (org.freedesktop.secrets) did not appear on the session bus" >&2
    exit 125
  fi
  rc=0
  "$@" || rc=$?
  kill "$keyring_pid" 2>/dev/null || true
  exit "$rc"
' with-lab "$@" || status=$?
exit "$status"
