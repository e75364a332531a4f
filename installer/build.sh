#!/usr/bin/env bash
# Builds VisitDesk's installers with the JDK's jpackage (JDK 17+; no separate Java needed on the user's machine).
#
#   installer/build.sh [app-image|deb|rpm|dmg|pkg]     (default: app-image; on Windows use installer/build.ps1)
#
# 1. ./mvnw package, when target/visitdesk.jar is missing or older than the sources;
# 2. jlink: a small Java runtime of just the JDK modules the app uses (jdeps finds them), in target/installer/runtime;
#    on Linux made from a JDK 25 where one is installed (VISITDESK_RUNTIME_JDK names one; =none: the JDK on PATH),
#    whose AOT cache starts the app sooner than JDK 17's AppCDS; the jar stays Java 17 bytecode either way;
# 3. jpackage: the app-image target/installer/VisitDesk (macOS: VisitDesk.app), with the options in
#    installer/common and installer/<os>;
# 4. Linux: an AOT cache (JDK 25) or a class-data-sharing archive (AppCDS, JDK 17) recorded by opening the window
#    once, so the app starts sooner (skipped with VISITDESK_CDS=0 or when no X display can be had);
# 5. for an installer type: jpackage again, from that app-image, with installer/<os>-package.
# Everything lands in target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."

type=${1:-app-image}
case "$(uname -s)" in
  Linux) os=linux; types="app-image deb rpm" ;;
  Darwin) os=macos; types="app-image dmg pkg" ;;
  *) echo "On Windows run installer\\build.ps1 (PowerShell) instead." >&2; exit 2 ;;
esac
case " $types msi exe dmg pkg deb rpm " in
  *" $type "*) ;;
  *) echo "usage: installer/build.sh [app-image|deb|rpm|msi|exe|dmg|pkg]" >&2; exit 2 ;;
esac
if [[ " $types " != *" $type "* ]]; then
  echo "A $type is built on its own system (msi/exe: Windows, dmg/pkg: macOS, deb/rpm: Linux); this is $os." >&2
  exit 2
fi

say() { printf '== %s\n' "$*"; }
missing() { echo "missing: $1" >&2; echo "  $2" >&2; exit 3; }

for tool in jar jlink jpackage jdeps; do
  command -v "$tool" >/dev/null || missing "$tool" "Install a full JDK 17 or newer (not just a JRE) and put its bin/ on PATH."
done
# the JDK the runtime is made from (its jlink and jpackage): a JDK 25 or newer where there is one, else the one on PATH
feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
runtime_jdk=${VISITDESK_RUNTIME_JDK:-}
if [[ -z $runtime_jdk && $os == linux ]]; then
  runtime_jdk=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ $runtime_jdk == none || ! -x $runtime_jdk/bin/jlink || ! -x $runtime_jdk/bin/jpackage
  || $(feature "$runtime_jdk") -lt 25 ]] 2>/dev/null; then
  [[ -n ${VISITDESK_RUNTIME_JDK:-} && $runtime_jdk != none ]] \
    && echo "VISITDESK_RUNTIME_JDK=$runtime_jdk is not a JDK 25 or newer with jlink and jpackage: using the JDK on PATH" >&2
  runtime_jdk=
fi
if [[ -n $runtime_jdk ]]; then
  jlink=$runtime_jdk/bin/jlink
  jpackage=$runtime_jdk/bin/jpackage
else
  jlink=jlink
  jpackage=jpackage
fi
if [[ $type == deb ]]; then
  command -v dpkg-deb >/dev/null || missing dpkg-deb "sudo apt-get install dpkg-dev fakeroot"
  command -v fakeroot >/dev/null || missing fakeroot "sudo apt-get install fakeroot"
fi
if [[ $type == rpm ]]; then
  command -v rpmbuild >/dev/null || missing rpmbuild "sudo dnf install rpm-build   (or: sudo apt-get install rpm)"
fi
if [[ $os == linux ]]; then
  # jlink --strip-debug calls objcopy
  command -v objcopy >/dev/null || missing objcopy "sudo apt-get install binutils"
fi

# 1. the jar and its libraries
jar=target/visitdesk.jar
if [[ ! -f $jar ]] || [[ -n $(find src pom.xml -newer "$jar" -print -quit) ]]; then
  say "building $jar"
  ./mvnw -B -q package -DskipTests
fi
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
[[ -n $version ]] || { echo "could not read the version from pom.xml" >&2; exit 1; }
# jpackage wants a plain version: 1.2.3 from 1.2.3-SNAPSHOT
app_version=${version%%-*}

out=target/installer
mkdir -p "$out"

# the staging folder: the jar and just the libraries its manifest names (target/lib keeps old versions after an
# upgrade; jpackage would put every jar it finds on the class path)
rm -rf "$out/input"
mkdir -p "$out/input/lib"
cp "$jar" "$out/input/"
(cd "$out/input" && jar --extract --file visitdesk.jar META-INF/MANIFEST.MF)
classpath=$(tr -d '\r' <"$out/input/META-INF/MANIFEST.MF" \
  | awk '/^ / { line = line substr($0, 2); next } { if (line != "") print line; line = $0 } END { print line }' \
  | sed -n 's/^Class-Path: //p')
[[ -n $classpath ]] || { echo "$jar names no libraries in its manifest" >&2; exit 1; }
rm -rf "$out/input/META-INF"
for entry in $classpath; do
  cp "target/$entry" "$out/input/lib/"
done
[[ $os == linux ]] && cp installer/make-cds.sh "$out/input/"

# 2. the runtime: what jdeps finds, plus what is only loaded by name at run time
#    jdk.localedata: Spanish month and day names (only en and es are kept)
extra_modules=jdk.localedata
say "finding the JDK modules the app uses"
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$out/input/lib/*" "$jar" | tail -n 1)
modules="$modules,$extra_modules"
say "jlink: $modules"
rm -rf "$out/runtime"
if [[ -n $runtime_jdk ]]; then
  # JDK 25: --compress=2 is spelled zip-6 there; the runtime gets the JDK's own class-data archive too, so that it
  # starts as a full JDK does (used where the app's AOT cache is not, e.g. when left out with VISITDESK_CDS=0)
  say "the runtime from $runtime_jdk (JDK $(feature "$runtime_jdk"))"
  jlink_options=(--compress=zip-6 --generate-cds-archive)
  # JavaFX 21 calls native code and sun.misc.Unsafe, which JDK 25 allows with a warning unless told so
  java_options=(--java-options --enable-native-access=ALL-UNNAMED --java-options --sun-misc-unsafe-memory-access=allow)
else
  jlink_options=(--compress=2)
  java_options=()
fi
"$jlink" --add-modules "$modules" --include-locales=en,es \
  --strip-debug --no-header-files --no-man-pages "${jlink_options[@]}" \
  --output "$out/runtime"

# 3. the app-image, from a staging folder that holds just the jar and its libraries
say "jpackage app-image $app_version"
rm -rf "$out/VisitDesk" "$out/VisitDesk.app"
"$jpackage" --type app-image --dest "$out" \
  --input "$out/input" --main-jar visitdesk.jar --main-class org.visitdesk.Main \
  --runtime-image "$out/runtime" --app-version "$app_version" ${java_options[@]+"${java_options[@]}"} \
  @installer/common "@installer/$os"
rm -rf "$out/input"

if [[ $os == linux ]]; then
  image=$out/VisitDesk
  launcher=$image/bin/VisitDesk
else
  image=$out/VisitDesk.app
  launcher=$image/Contents/MacOS/VisitDesk
fi

# 4. AOT cache (JDK 25) or AppCDS (JDK 17), Linux
if [[ $os == linux && ${VISITDESK_CDS:-1} == 1 ]]; then
  installer/cds.sh "$image" || echo "(no AOT cache or AppCDS archive: the app starts without it)" >&2
fi

# 5. the installer
if [[ $type != app-image ]]; then
  say "jpackage $type $app_version (takes a few minutes)"
  rm -f "$out"/*."$type"
  # the AppCDS archive only works where it was made: the package makes its own after installing (an AOT cache
  # goes in the package: it works wherever the files are, as long as they keep their times, which postinst sees to)
  jsa=$image/lib/app/visitdesk.jsa
  [[ -f $jsa ]] && mv "$jsa" "$out/visitdesk.jsa.aside"
  "$jpackage" --type "$type" --dest "$out" --app-image "$image" --app-version "$app_version" \
    @installer/common "@installer/$os-package"
  [[ -f $out/visitdesk.jsa.aside ]] && mv "$out/visitdesk.jsa.aside" "$jsa"
fi

say "done:"
du -sh "$image"
[[ $type == app-image ]] || ls -l "$out"/*."$type"
echo "try: $launcher --version"
