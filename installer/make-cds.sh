#!/bin/sh
# Makes lib/app/visitdesk.jsa, VisitDesk's class-data-sharing archive, from lib/app/visitdesk.classlist (recorded
# at build time by installer/cds.sh). Shipped in the app-image as lib/app/make-cds.sh; the .deb runs it after
# installing, because the JVM only uses an archive whose jars are where they were when it was made.
# Without the archive VisitDesk still runs, only starts a little slower.
#
# With a JDK 25 runtime the app-image carries an AOT cache instead (lib/app/visitdesk.aot, made by installer/cds.sh),
# which the JVM uses only while the runtime's and the app's files keep the times they had when it was made; those
# are set to a fixed time before it is made, and again here where they are installed (also: make-cds.sh --times).
set -e
app=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$app")")
if [ -f "$app/visitdesk.aot" ] || [ "${1:-}" = --times ]; then
  find "$root/lib" -type f -exec touch -d @315532800 {} + \
    || echo "VisitDesk: the AOT cache cannot be used (it starts a little slower)" >&2
  exit 0
fi
[ -f "$app/visitdesk.classlist" ] || exit 0
# the class path exactly as the launcher builds it from VisitDesk.cfg
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/VisitDesk.cfg" | paste -sd: -)
rm -f "$app/visitdesk.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/visitdesk.classlist" \
  -XX:SharedArchiveFile="$app/visitdesk.jsa" -Xlog:all=off -cp "$cp" >/dev/null 2>&1 \
  || echo "VisitDesk: no class-data-sharing archive (it starts a little slower)" >&2
exit 0
