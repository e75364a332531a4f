#!/bin/sh
# Makes lib/app/visitdesk.jsa, VisitDesk's class-data-sharing archive, from lib/app/visitdesk.classlist (recorded
# at build time by installer/cds.sh). Shipped in the app-image as lib/app/make-cds.sh; the .deb runs it after
# installing, because the JVM only uses an archive whose jars are where they were when it was made.
# Without the archive VisitDesk still runs, only starts a little slower.
set -e
app=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$app")")
[ -f "$app/visitdesk.classlist" ] || exit 0
# the class path exactly as the launcher builds it from VisitDesk.cfg
cp=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/VisitDesk.cfg" | paste -sd: -)
rm -f "$app/visitdesk.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/visitdesk.classlist" \
  -XX:SharedArchiveFile="$app/visitdesk.jsa" -Xlog:all=off -cp "$cp" >/dev/null 2>&1 \
  || echo "VisitDesk: no class-data-sharing archive (it starts a little slower)" >&2
exit 0
