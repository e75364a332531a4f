#!/usr/bin/env bash
# Checks the Linux app-image that installer/build.sh made (target/installer/VisitDesk), the way a user meets it:
#   - the launcher prints the version of the pom;
#   - `sample-data`, then `conflicts` (when this build has that command), run through it on a temporary data folder;
#   - with no arguments it opens its window under Xvfb within WINDOW_SECONDS (default 20; it takes 1-4 s);
#   - the .deb, when there is one, holds the launcher, the desktop entry (menu category Office), the icon and, when
#     the app-image has one, the AOT cache.
# Needs xvfb and xdotool for the window check.  Usage: installer/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

image=target/installer/VisitDesk
launcher=$image/bin/VisitDesk
[[ -x $launcher ]] || { echo "no $launcher: run installer/build.sh first" >&2; exit 1; }
ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*" >&2; exit 1; }
work=$(mktemp -d)
xvfb=
app=
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the version
want=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
got=$("$launcher" --version 2>&1) || fail "--version exited with $?: $got"
[[ $got == *"$want"* ]] || fail "--version printed '$got', not $want"
ok "--version: $got"

# commands on a temporary data folder (never the user's own)
data=$work/data
out=$("$launcher" --data-dir "$data" sample-data 2>&1) || fail "sample-data exited with $?: $out"
[[ -f $data/visitdesk.mv.db ]] || fail "sample-data made no database in $data: $out"
ok "sample-data: $out"
if "$launcher" --help 2>&1 | grep -qE '^ +conflicts\b'; then
  out=$("$launcher" --data-dir "$data" conflicts 2>&1) || {
    rc=$?
    # a conflicts command may exit 1 to say it found conflicts; anything else is a failure
    [[ $rc == 1 && -n $out ]] || fail "conflicts exited with $rc: $out"
  }
  ok "conflicts: $(printf '%s\n' "$out" | wc -l) lines"
else
  echo "skip conflicts: this build has no conflicts command"
fi
# wrong usage is exit status 2
set +e; "$launcher" --no-such-option >/dev/null 2>&1; rc=$?; set -e
[[ $rc == 2 ]] || fail "wrong usage exited with $rc, not 2"
ok "wrong usage: exit 2"

# the window
command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
  || fail "the window check needs Xvfb and xdotool: sudo apt-get install xvfb xdotool"
display=:$((100 + RANDOM % 400))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
start=$(date +%s.%N)
DISPLAY=$display "$launcher" --data-dir "$data" >"$work/log" 2>&1 &
app=$!
limit=${WINDOW_SECONDS:-20}
found=
deadline=$(( $(date +%s) + limit ))
while (( $(date +%s) < deadline )); do
  if DISPLAY=$display xdotool search --onlyvisible --name VisitDesk >/dev/null 2>&1; then
    found=$(date +%s.%N); break
  fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
[[ -n $found ]] || { tail -n 30 "$work/log" >&2; fail "no VisitDesk window within ${limit}s"; }
ok "window after $(awk -v a="$start" -v b="$found" 'BEGIN { printf "%.2f", b - a }') s"
sleep 2
kill -0 "$app" 2>/dev/null || { tail -n 30 "$work/log" >&2; fail "the app ended after opening its window"; }
# an uncaught exception or a logged error (JavaFX's CSS WARNINGs, which quote exceptions inside, are not)
if grep -qE '^Exception in |^([A-Za-z0-9_$]+\.)+[A-Za-z0-9_$]*(Exception|Error)(: |$)|^SEVERE|\bERROR\b' "$work/log"; then
  tail -n 30 "$work/log" >&2; fail "the app printed an error"
fi
ok "still running 2 s later, no errors printed"
# a JDK 25 runtime warns about JavaFX's native access and sun.misc.Unsafe unless the launcher allows them
if grep -qE 'Restricted methods will be blocked|sun\.misc\.Unsafe::' "$work/log"; then
  tail -n 30 "$work/log" >&2; fail "the runtime warned about JavaFX (native access, sun.misc.Unsafe)"
fi

# the .deb
shopt -s nullglob
debs=(target/installer/*.deb)
if ((${#debs[@]})); then
  deb=${debs[0]}
  list=$(dpkg-deb -c "$deb")
  grep -q ' ./opt/visitdesk/bin/VisitDesk$' <<<"$list" || fail "$deb has no /opt/visitdesk/bin/VisitDesk"
  grep -q ' ./opt/visitdesk/lib/app/make-cds.sh$' <<<"$list" || fail "$deb has no make-cds.sh"
  if [[ -f $image/lib/app/visitdesk.aot ]]; then
    grep -q ' ./opt/visitdesk/lib/app/visitdesk.aot$' <<<"$list" || fail "$deb has no AOT cache"
  fi
  rm -rf "$work/deb" && dpkg-deb -x "$deb" "$work/deb"
  desktop=$(find "$work/deb" -type f -name '*.desktop' | head -n 1)
  [[ -n $desktop ]] || fail "$deb has no desktop entry"
  grep -q '^Categories=.*Office' "$desktop" || fail "desktop entry not in the Office menu: $(cat "$desktop")"
  grep -q '^Exec=/opt/visitdesk/bin/VisitDesk' "$desktop" || fail "desktop entry does not start the launcher"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [[ -f $work/deb$icon ]] || fail "desktop entry's icon $icon is not in the package"
  ok "$(basename "$deb"): $(du -h "$deb" | cut -f1), launcher, desktop entry (Office), icon"
fi
echo "all installer checks passed"
