#!/usr/bin/env bash
# Adds a class-data-sharing archive (AppCDS) to a Linux app-image, so the JVM maps the classes VisitDesk loads at
# start-up instead of reading and verifying them from the jars: the window appears sooner.
#
#   installer/cds.sh target/installer/VisitDesk
#
# Opens the packaged app once on made-up data under Xvfb (needs Xvfb and xdotool), records which classes it loaded,
# keeps that list as lib/app/visitdesk.classlist, dumps them into lib/app/visitdesk.jsa with lib/app/make-cds.sh and tells the launcher (lib/app/VisitDesk.cfg) to use it. If the archive
# cannot be used at run time (moved jars, another JVM) the JVM quietly starts without it.
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

say "AppCDS: recording the classes a start loads"
with_options "-XX:DumpLoadedClassList=\$APPDIR/visitdesk.classlist"
"$launcher" --data-dir "$work/data" sample-data --visits 120 >/dev/null
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
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
