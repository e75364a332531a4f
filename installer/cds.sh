#!/usr/bin/env bash
# Adds what lets a Linux app-image start sooner: with a JDK 25 runtime an AOT cache (JEP 483/514/515: the classes
# loaded and linked, and the methods' profiles, of a start up to a drawn week), with a JDK 17 runtime a
# class-data-sharing archive (AppCDS: the classes loaded, mapped instead of read and verified from the jars).
#
#   installer/cds.sh target/installer/VisitDesk
#
# Opens the packaged app once on made-up data under Xvfb (needs Xvfb and xdotool).
# JDK 25: the start runs with -XX:AOTCacheOutput up to its first week drawn (the app quits there under
# -Dvisitdesk.bench=true), which writes lib/app/visitdesk.aot; the files' times are first set to a fixed one, which
# lib/app/make-cds.sh sets again where a package installs them, because the cache is used only with the same jars.
# JDK 17: records which classes it loaded as lib/app/visitdesk.classlist and dumps them into lib/app/visitdesk.jsa
# with lib/app/make-cds.sh.
# Either way the launcher (lib/app/VisitDesk.cfg) is told to use it; where it cannot be used (changed jars, another
# JVM) the JVM quietly starts without it.
set -euo pipefail
image=${1:?usage: installer/cds.sh APP_IMAGE_DIR}
launcher=$image/bin/VisitDesk
cfg=$image/lib/app/VisitDesk.cfg
[[ -x $launcher && -f $cfg ]] || { echo "not an app-image: $image" >&2; exit 1; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
  || { echo "AppCDS needs Xvfb and xdotool: sudo apt-get install xvfb xdotool" >&2; exit 3; }

say() { printf '== %s\n' "$*"; }
cp "$cfg" "$cfg.orig"
work=$(mktemp -d)
display=:$((500 + RANDOM % 400))
xvfb=
app=
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  [[ -f $cfg.orig ]] && mv "$cfg.orig" "$cfg"
  rm -rf "$work"
}
trap cleanup EXIT

with_options() { # the cfg with extra java-options lines
  cp "$cfg.orig" "$cfg"
  for o in "$@"; do printf 'java-options=%s\n' "$o" >>"$cfg"; done
}

"$launcher" --data-dir "$work/data" sample-data --visits 120 >/dev/null
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

runtime_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if (( ${runtime_version:-0} >= 25 )); then
  say "AOT cache: a start up to its first week, recorded (JDK $runtime_version)"
  rm -f "$image/lib/app/visitdesk.aot"
  "$image/lib/app/make-cds.sh" --times
  with_options "-XX:AOTCacheOutput=\$APPDIR/visitdesk.aot" "-Xlog:aot=warning,cds=warning:stderr"
  # the app quits once its week is drawn; the JVM then writes the cache (a second JVM, a few seconds)
  DISPLAY=$display JAVA_TOOL_OPTIONS=-Dvisitdesk.bench=true timeout 300 "$launcher" --data-dir "$work/data" \
    >"$work/log" 2>&1 || { echo "the recording start failed:" >&2; tail -20 "$work/log" >&2; exit 1; }
  [[ -s $image/lib/app/visitdesk.aot ]] || { echo "no AOT cache was written:" >&2; tail -20 "$work/log" >&2; exit 1; }
  with_options "-XX:AOTCache=\$APPDIR/visitdesk.aot" "-Xlog:aot=off" "-Xlog:cds=off"
  rm "$cfg.orig"
  ls -l "$image/lib/app/visitdesk.aot"
  exit 0
fi

say "AppCDS: recording the classes a start loads"
with_options "-XX:DumpLoadedClassList=\$APPDIR/visitdesk.classlist"
DISPLAY=$display "$launcher" --data-dir "$work/data" >"$work/log" 2>&1 &
app=$!
for _ in $(seq 1 300); do
  DISPLAY=$display xdotool search --onlyvisible --name VisitDesk >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { echo "the app ended early:" >&2; tail -20 "$work/log" >&2; exit 1; }
  sleep 0.1
done
sleep 4 # the records open and the calendar draws: record those classes too
kill "$app"; wait "$app" 2>/dev/null || true
app=

say "AppCDS: dumping lib/app/visitdesk.jsa"
cp "$cfg.orig" "$cfg"
"$image/lib/app/make-cds.sh"
[[ -s $image/lib/app/visitdesk.jsa ]] || { echo "no archive was written" >&2; exit 1; }

with_options "-XX:SharedArchiveFile=\$APPDIR/visitdesk.jsa" "-Xshare:auto" "-Xlog:cds=off"
rm "$cfg.orig"
ls -l "$image/lib/app/visitdesk.jsa"
