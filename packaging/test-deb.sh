#!/usr/bin/env bash
# End-to-end check of the Debian package: build the .deb, dpkg -i it, run the installed launcher (--help, --version,
# --smoke under Xvfb), dpkg -r it, and check that the user's library in ~/.local/share/kanbao is still there, byte
# for byte. Needs root (dpkg); CI runs it when CI=true. Options: --skip-build (reuse target/kanbao.jar).
# The .deb is compressed with gzip -1 here to keep the run short (release builds keep dpkg's xz default).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build_args=()
[ "${1:-}" = --skip-build ] && build_args+=(--skip-build)

[ "$(id -u)" = 0 ] || { echo "test-deb: needs root (dpkg -i / dpkg -r)" >&2; exit 1; }
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(($(date +%s) - start))"; }
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

need=()
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v unzip >/dev/null || need+=(unzip)
command -v zip >/dev/null || need+=(zip)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if [ ${#need[@]} -gt 0 ]; then
  step "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

step "build the .deb"
export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}" DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}"
packaging/build-installer.sh --type deb ${build_args[@]+"${build_args[@]}"}
deb="$(ls -t target/installer/dist/kanbao_*.deb | head -1)"
echo "package: $deb ($(du -h "$deb" | cut -f1))"

# The user's library: pre-create one if there is none (and remove it again at the end), else leave it alone.
data="${XDG_DATA_HOME:-$HOME/.local/share}/kanbao"
library="$data/library.kanbao"
created_library=false
if [ ! -e "$library" ]; then
  mkdir -p "$data"
  printf 'not a real library: test-deb.sh checks that uninstalling keeps this file\n' >"$library"
  created_library=true
fi
before="$(sha256sum "$library" | cut -d' ' -f1)"
installed=false
scratch="$(mktemp -d)"
cleanup() {
  if $installed; then dpkg -r kanbao >/dev/null 2>&1 || true; fi
  if $created_library; then rm -f "$library"; rmdir "$data" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

step "dpkg -i"
deps="$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/[(|].*//; s/ //g' | grep -v '^$')"
# JavaFX loads GTK 3 at run time (dlopen): the package must pull it in, or a fresh machine opens no window
grep -qx libgtk-3-0 <<<"$deps" || fail "the package does not depend on libgtk-3-0"
missing=()
for d in $deps; do dpkg -s "$d" >/dev/null 2>&1 || missing+=("$d"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing the package's dependencies: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
dpkg -i "$deb"
installed=true
echo "installed size: $(du -sh /opt/kanbao | cut -f1) (/opt/kanbao; dpkg says $(dpkg-query -W -f='${Installed-Size}' kanbao) KiB)"

step "installed files"
launcher=/opt/kanbao/bin/kanbao
[ -x "$launcher" ] || fail "no launcher at $launcher"
# jpackage's own Linux launcher runs rpm and dpkg on every start (~0.4 s); the package ships a script instead
[ "$(head -c 9 "$launcher")" = '#!/bin/sh' ] || fail "$launcher is not the script of packaging/linux/make-launcher.sh"
[ -L /usr/bin/kanbao ] || fail "no /usr/bin/kanbao symlink"
ls /opt/kanbao/lib/app/assets/sample/*.pdf >/dev/null || fail "sample edition not installed"
[ -f /opt/kanbao/lib/app/assets/fonts/NotoSansSC-Regular.ttf ] || fail "fonts not installed"
desktop=/usr/share/applications/kanbao-kanbao.desktop
[ -f "$desktop" ] || fail "no menu entry $desktop"
grep -q '^Name\[zh_CN\]=看报' "$desktop" || fail "desktop entry lacks Name[zh_CN]"
grep '^StartupWMClass=' "$desktop"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi

step "kanbao --help / --version"
"$launcher" --help >"$scratch/help.txt" || fail "--help exited $?"
grep -q 'Usage: kanbao' "$scratch/help.txt" || fail "--help printed no usage"
t0=$(date +%s%N)
kanbao --version || fail "kanbao --version (PATH) failed"
echo "launcher to exit (--version): $((($(date +%s%N) - t0) / 1000000)) ms"
# The runtime's CDS archive must still map once installed (a mismatch would silently cost start-up time).
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || fail "the installed runtime's CDS archive does not map"
# postinst dumped the app's own classes into it (see packaging/linux/postinst): they must come from the archive.
if [ -f /opt/kanbao/lib/kanbao.classlist ]; then
  JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" "$launcher" --version 2>/dev/null \
    | grep -q 'org.kanbao.Main source: shared objects file' || fail "the app's classes are not in the CDS archive"
  echo "app classes mapped from the CDS archive postinst made"
fi
# The installed app finds its bundled files and keeps data where it is told to.
KANBAO_LIBRARY="$scratch/try.kanbao" "$launcher" import /opt/kanbao/lib/app/assets/sample/linhu-20250618-p01.txt \
  >"$scratch/import.txt" 2>&1 && echo "import of the bundled sample page: ok" \
  || echo "import of the bundled sample page: exit $? (parser not merged yet?): $(head -c 200 "$scratch/import.txt")"

step "kanbao --smoke under Xvfb"
set +e
t0=$(date +%s%N)
KANBAO_LIBRARY="$scratch/smoke.kanbao" timeout 120 xvfb-run -a "$launcher" --smoke >"$scratch/smoke.out" 2>"$scratch/smoke.err"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
set -e
cat "$scratch/smoke.out" "$scratch/smoke.err"
if [ $rc -eq 0 ]; then
  echo "smoke: ok (exit 0, ${ms} ms including Xvfb start)"
  # Five more starts (the first one imported the sample edition): the figure a user sees on later starts.
  times=()
  for i in 2 3 4 5 6; do
    t=$(KANBAO_LIBRARY="$scratch/smoke.kanbao" timeout 120 xvfb-run -a "$launcher" --smoke 2>/dev/null \
      | sed -n 's/.*shown \([0-9]*\) ms after launch.*/\1/p') || true
    [ -n "$t" ] || fail "--smoke start $i failed"
    echo "smoke start $i: shown $t ms after launch"
    times+=("$t")
  done
  echo "smoke: median of starts 2-6: $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms after launch"
elif [ $rc -eq 1 ] && grep -q 'not available yet' "$scratch/smoke.err"; then
  echo "smoke: SKIPPED: the desktop app is still the placeholder on this branch (exit 1, expected until the UI is merged)"
else
  fail "--smoke exited $rc"
fi

step "dpkg -r"
dpkg -r kanbao
installed=false
[ ! -e /opt/kanbao ] || fail "/opt/kanbao still there after dpkg -r"
[ ! -e /usr/bin/kanbao ] || fail "/usr/bin/kanbao still there after dpkg -r"
[ ! -e /usr/share/applications/kanbao-kanbao.desktop ] || fail "menu entry still there after dpkg -r"
[ -f "$library" ] || fail "the user's library $library is gone"
[ "$(sha256sum "$library" | cut -d' ' -f1)" = "$before" ] || fail "the user's library changed"
echo "user library kept: $library"

step "done"
echo "test-deb: 1 passed, 0 failed"
