#!/usr/bin/env bash
# Builds Kanbao's installers with jlink + jpackage (JDK 17+), on the OS they are for:
#   Linux:   app-image, .deb, and .rpm when rpmbuild is present
#   Windows: .msi (run from Git Bash; needs WiX Toolset 3 on PATH)
#   macOS:   .dmg
# Usage: packaging/build-installer.sh [--type app-image|deb|rpm|msi|exe|dmg|pkg]... [--skip-build] [--no-cds]
# Output: target/installer/dist/. See docs/packaging.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

types=()
skip_build=false
cds=true
while [ $# -gt 0 ]; do
  case "$1" in
    --type) types+=("$2"); shift 2 ;;
    --skip-build) skip_build=true; shift ;;
    --no-cds) cds=false; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; fx=linux; native_dir=lib; icon=assets/icons/kanbao-256.png ;;
  Darwin) os=macos; fx=mac; [ "$(uname -m)" = arm64 ] && fx=mac-aarch64; native_dir=lib; icon=assets/icons/kanbao.icns ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; fx=win; native_dir=bin; icon=assets/icons/kanbao.ico ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 1 ;;
esac
if [ ${#types[@]} -eq 0 ]; then
  case "$os" in
    linux) types=(app-image deb); command -v rpmbuild >/dev/null && types+=(rpm) ;;
    macos) types=(app-image dmg) ;;
    windows) types=(app-image msi) ;;
  esac
fi

# The JDK whose jlink/jpackage and jmods we use.
if [ -z "${JAVA_HOME:-}" ]; then JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"; fi
for tool in jlink jpackage; do
  [ -x "$JAVA_HOME/bin/$tool" ] || [ -x "$JAVA_HOME/bin/$tool.exe" ] || { echo "no $tool in $JAVA_HOME (need a full JDK 17+)" >&2; exit 1; }
done
[ -d "$JAVA_HOME/jmods" ] || { echo "no jmods in $JAVA_HOME (Debian: apt-get install openjdk-17-jdk)" >&2; exit 1; }

version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
version="${version%-SNAPSHOT}"
fxver="$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml | head -1)"

if ! $skip_build; then
  mvn -q -B ${MVN_OFFLINE--o} package -DskipTests
fi
[ -f target/kanbao.jar ] || { echo "target/kanbao.jar missing: run without --skip-build" >&2; exit 1; }

work=target/installer
rm -rf "$work/runtime" "$work/input" "$work/dist"
mkdir -p "$work/input/lib" "$work/dist"

# 1. A trimmed runtime: the JDK modules the app needs plus JavaFX, taken from the OS's modular JavaFX jars.
fxjars=()
for m in base graphics controls swing; do fxjars+=("target/lib/javafx-$m-$fxver-$fx.jar"); done
modpath="$JAVA_HOME/jmods"
for j in "${fxjars[@]}"; do
  [ -f "$j" ] || { echo "missing $j (JavaFX for $fx; build on the target OS)" >&2; exit 1; }
  modpath="$modpath:$j"
done
[ "$os" = windows ] && modpath="${modpath//:/;}"
# java.sql: sqlite-jdbc; java.desktop: PDFBox/AWT imaging; jdk.charsets: GBK/GB18030 dumps; jdk.localedata: zh
# dates and collation; java.naming/java.management: optional JDBC and logging paths; jdk.unsupported: JavaFX/HanLP.
modules=java.base,java.desktop,java.sql,java.logging,java.naming,java.management,java.prefs,jdk.unsupported
modules=$modules,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls,javafx.swing
jlink_args=(--module-path "$modpath" --add-modules "$modules" --include-locales=en,zh
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$work/runtime")
$cds && jlink_args+=(--generate-cds-archive)
echo "jlink: $modules"
"$JAVA_HOME/bin/jlink" "${jlink_args[@]}"
# The archive for heaps over 32 GB (no compressed oops) is 11 MB the app never uses.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

# JavaFX's natives sit inside its jars; put them where the runtime looks first (as the JavaFX jmods would),
# so they are not unpacked into the user's home on every new version.
for j in "${fxjars[@]}"; do
  unzip -q -o -j "$j" '*.so' '*.dll' '*.dylib' -x 'META-INF/*' -d "$work/runtime/$native_dir" 2>/dev/null || true
done

# 2. The app: the jar, its libraries (JavaFX excluded: it is in the runtime), the assets.
cp target/kanbao.jar "$work/input/"
for j in target/lib/*.jar; do
  case "$(basename "$j")" in javafx-*) ;; *) cp "$j" "$work/input/lib/" ;; esac
done
# sqlite-jdbc carries its native library for 25 OS/CPU pairs (12 MB); an installer is for one of them.
case "$os/$(uname -m)" in
  linux/x86_64) sqlite_native=Linux/x86_64 ;; linux/aarch64) sqlite_native=Linux/aarch64 ;;
  macos/arm64) sqlite_native=Mac/aarch64 ;; macos/x86_64) sqlite_native=Mac/x86_64 ;;
  windows/*) sqlite_native=Windows/x86_64 ;; *) sqlite_native="" ;;
esac
sqlite_jar="$(ls "$work"/input/lib/sqlite-jdbc-*.jar 2>/dev/null | head -1)"
entries="$([ -n "$sqlite_jar" ] && unzip -Z1 "$sqlite_jar" || true)"
if [ -n "$sqlite_native" ] && command -v zip >/dev/null && grep -q "^org/sqlite/native/$sqlite_native/." <<<"$entries"; then
  others="$(grep '^org/sqlite/native/.*[^/]$' <<<"$entries" | grep -v "^org/sqlite/native/$sqlite_native/" || true)"
  # shellcheck disable=SC2086
  [ -n "$others" ] && zip -q -d "$sqlite_jar" $others
  echo "sqlite-jdbc: kept the $sqlite_native native library only ($(du -h "$sqlite_jar" | cut -f1))"
fi
mkdir -p "$work/input/assets"
cp -r assets/fonts assets/sample "$work/input/assets/"
mkdir -p "$work/input/assets/icons"
cp assets/icons/kanbao.svg assets/icons/kanbao-*.png "$work/input/assets/icons/"

# Options every launcher gets. $APPDIR is the folder holding kanbao.jar (lib/app on Linux).
java_opts=(
  "-Dkanbao.assets=\$APPDIR/assets"
  "-Dfile.encoding=UTF-8"
  "-Xshare:auto"
  # C1 only: on two cores C2's compiler thread competes with the FX thread while the window is built (same as
  # the java -jar start, see ui.AppLauncher); imports were not slower with it.
  "-XX:TieredStopAtLevel=1"
  # Map the CDS archive where it was dumped: this JDK's default (ArchiveRelocationMode=1, address randomisation)
  # patches every pointer of the ~36 MB archive on each start (0.1-0.3 s before main on two cores, measured).
  "-XX:+UnlockDiagnosticVMOptions"
  "-XX:ArchiveRelocationMode=0"
  # No --add-exports/--add-opens (see ui.AppLauncher): without them, and without --add-modules, a start uses the
  # CDS archive's full module graph instead of resolving the runtime's modules again.
)
common=(--name kanbao --app-version "$version" --vendor "Kanbao"
  --description "Kanbao (看报): newspaper reader and clipping archive"
  --copyright "Kanbao contributors")
image_args=("${common[@]}" --input "$work/input" --main-jar kanbao.jar --main-class org.kanbao.Main
  --runtime-image "$work/runtime" --icon "$icon" --dest "$work/dist")
for o in "${java_opts[@]}"; do image_args+=(--java-options "$o"); done
# Windows: kanbao.exe is a GUI launcher; kanbao-cli.exe (same app, with a console) is for the command line.
[ "$os" = windows ] && image_args+=(--add-launcher kanbao-cli=packaging/windows/kanbao-cli.properties)

echo "jpackage: app-image"
"$JAVA_HOME/bin/jpackage" --type app-image "${image_args[@]}"
case "$os" in
  linux) app="$work/dist/kanbao" ;;
  macos) app="$work/dist/kanbao.app" ;;
  windows) app="$work/dist/kanbao" ;;
esac

# Linux: bin/kanbao becomes a shell script that starts the runtime's java with the options and class path of
# lib/app/kanbao.cfg. jpackage's own Linux launcher asks the package managers which package owns it on every start
# (`rpm -qf`, `dpkg -S` and `dpkg -L` through a shell each, to find its libapplauncher.so), which read dpkg's whole
# database: 0.4-0.5 s of each start of the installed app (strace; `kanbao --version` 1.0 s against 0.55 s for the
# same java command). The cfg stays: postinst reads the class path from it for the AppCDS dump, and the script's
# class path is the same, in the same order, so the archive still matches.
if [ "$os" = linux ]; then
  packaging/linux/make-launcher.sh "$app/lib/app/kanbao.cfg" > "$work/kanbao.sh"
  install -m 755 "$work/kanbao.sh" "$app/bin/kanbao"
fi

# 3. AppCDS: record the classes a headless `--smoke` start loads and dump those of the runtime image (JDK and
# JavaFX) into the runtime's default CDS archive, which every start then maps without any extra option. App jars
# are left out on purpose: their paths change once installed, and a class-path mismatch would disable the archive.
# Measured with a JavaFX window probe: about 40% less CPU to the first window than jlink's JDK-only archive.
if $cds && [ "$os" = linux ] && command -v xvfb-run >/dev/null; then
  list="$(mktemp)"
  # The list is recorded on a second start: the first imports the sample edition (PDF parsing, tagging), which a
  # user's usual start does not, and would add 16 MB of classes to the archive for a one-time import.
  smoke_lib="$(mktemp -u).kanbao"
  if KANBAO_LIBRARY="$smoke_lib" timeout 120 xvfb-run -a "$app/bin/kanbao" --smoke >/dev/null 2>&1 \
      && JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" KANBAO_LIBRARY="$smoke_lib" \
      timeout 120 xvfb-run -a "$app/bin/kanbao" --smoke >/dev/null 2>&1; then
    jsa="$app/lib/runtime/lib/server/classes.jsa"
    chmod u+w "$jsa"
    if "$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa" \
        >/dev/null 2>&1; then
      echo "AppCDS: classes of the smoke start archived ($(du -h "$jsa" | cut -f1))"
      # The installed package's postinst dumps the same list again with the app's jars at their installed paths
      # (a CDS archive holds app classes only for the exact class path it was dumped with).
      cp "$list" "$app/lib/kanbao.classlist"
    else
      echo "AppCDS: dump failed; keeping jlink's default CDS archive" >&2
    fi
  else
    echo "AppCDS: '--smoke' did not pass here; keeping jlink's default CDS archive"
  fi
  rm -rf "$list" "$smoke_lib" "$smoke_lib".*
fi

# 4. Installers from the app image. Linux resources: the .desktop entry gets StartupWMClass = the JavaFX
# Application subclass's full name, which JavaFX uses as the window's WM_CLASS (checked with xprop under Xvfb).
wmclass=""
classes="$(unzip -Z1 target/kanbao.jar 'org/kanbao/*.class' 2>/dev/null | sed 's/\.class$//; s:/:.:g' || true)"
if [ -n "$classes" ]; then
  # shellcheck disable=SC2086
  wmclass="$("$JAVA_HOME/bin/javap" -cp target/kanbao.jar $classes 2>/dev/null \
    | sed -n 's/^public \(static \)\{0,1\}\(final \)\{0,1\}class \([^ ]*\) extends javafx\.application\.Application.*/\3/p' \
    | head -1)"
fi
[ -n "$wmclass" ] || wmclass=org.kanbao.Main
echo "StartupWMClass=$wmclass"
res="$work/resources"
rm -rf "$res"
mkdir -p "$res/linux"
cp packaging/linux/postinst packaging/linux/prerm "$res/linux/"
sed "s/@WMCLASS@/${wmclass//\$/\\$}/" packaging/linux/kanbao.desktop.in > "$res/linux/kanbao.desktop"
cp assets/icons/kanbao-256.png "$res/linux/kanbao.png"
for t in "${types[@]}"; do
  [ "$t" = app-image ] && continue
  args=(--type "$t" --app-image "$app" "${common[@]}" --dest "$work/dist")
  case "$t" in
    deb|rpm)
      args+=(--resource-dir "$res/linux" --linux-package-name kanbao --linux-shortcut
        --linux-menu-group "Office;Viewer;" --linux-app-category misc --icon "$icon")
      # JavaFX opens GTK 3 with dlopen, so jpackage's library scan misses it: without it no window opens
      if [ "$t" = deb ]; then args+=(--linux-deb-maintainer "kanbao@localhost" --linux-package-deps libgtk-3-0)
      else args+=(--linux-package-deps gtk3); fi ;;
    msi|exe)
      args+=(--resource-dir packaging/windows --win-menu --win-menu-group Kanbao --win-shortcut
        --win-dir-chooser --win-upgrade-uuid 5b0f0f0e-6a43-4d39-9d0b-6b616e62616f) ;;
    dmg|pkg)
      args+=(--resource-dir packaging/macos --mac-package-identifier org.kanbao.Kanbao --mac-package-name Kanbao) ;;
  esac
  echo "jpackage: $t"
  "$JAVA_HOME/bin/jpackage" "${args[@]}"
done

echo "built:"
ls -l "$work/dist"
du -sh "$app"
