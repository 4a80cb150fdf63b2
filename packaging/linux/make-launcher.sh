#!/usr/bin/env bash
# Prints a POSIX sh launcher for a jpackage app-image from its lib/app/<name>.cfg: it execs the image's runtime
# java with the cfg's java-options, class path and main class, with $APPDIR (and $ROOTDIR, $BINDIR) found from
# the script's own path at run time, as jpackage's launcher would. See build-installer.sh for why.
set -euo pipefail
cfg=$1
# Double-quoted shell text of one cfg value: \ " ` $ escaped, then the image's folder variables let through.
quote() {
  local v=$1
  v=${v//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\`/\\\`}; v=${v//\$/\\\$}
  v=${v//\\\$APPDIR/\$APPDIR}; v=${v//\\\$ROOTDIR/\$ROOTDIR}; v=${v//\\\$BINDIR/\$BINDIR}
  printf '"%s"' "$v"
}
main="" cp="" opts=""
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    app.mainclass=*) main=${line#app.mainclass=} ;;
    app.classpath=*) cp="${cp:+$cp:}${line#app.classpath=}" ;;
    java-options=*) opts="$opts $(quote "${line#java-options=}") \\"$'\n' ;;
  esac
done < "$cfg"
[ -n "$main" ] && [ -n "$cp" ] || { echo "make-launcher: no main class or class path in $cfg" >&2; exit 1; }
cat <<SCRIPT
#!/bin/sh
# Kanbao's launcher (made by packaging/linux/make-launcher.sh from lib/app/kanbao.cfg): starts the bundled runtime
# directly. jpackage's native launcher queries rpm and dpkg on every start, which costs ~0.4 s.
self=\$(readlink -f "\$0")
BINDIR=\${self%/*}
ROOTDIR=\${BINDIR%/*}
APPDIR=\$ROOTDIR/lib/app
exec "\$ROOTDIR/lib/runtime/bin/java" -Djpackage.app-path="\$self" \\
$opts -cp $(quote "$cp") $(quote "$main") "\$@"
SCRIPT
