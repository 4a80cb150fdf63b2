#!/usr/bin/env bash
# Regenerates assets/sample from the markup beside this script: PDFs and truths by SampleEditionGenerator,
# then the .txt dumps by pdftotext (poppler-utils) from those PDFs, as a real e-paper dump would be made.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
mvn -q -B -o test-compile
cp_file="$(mktemp)"
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
out="${1:-$root/assets/sample}"
mkdir -p "$out"
java -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.kanbao.sample.SampleEditionGenerator \
  src/test/resources/sample-edition "$out" assets/fonts 2>&1 | grep -v -e 'cmap table' -e 'CmapSubtable'
rm -f "$cp_file"
for pdf in "$out"/*.pdf; do
  pdftotext -enc UTF-8 "$pdf" "${pdf%.pdf}.txt"
done
ls -la "$out"
