#!/usr/bin/env bash
# Time to refuse evidence PDFs that are compression bombs (an object stream of 1 GB and of 8 GB
# behind 1 MB and 8 MB of file), next to the check of an ordinary PDF, in a heap far smaller than
# what the bombs unpack to. Without the bounded pre-scan PDFBox alone took 34 s and 1 GB of heap
# to accept the 1 GB one (it holds a decoded object stream in memory, so the 8 GB one cannot fit).
# Usage: bench/pdf-bombs.sh [ROUNDS]   (HEAP=128m by default)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -o -q -pl app -am test-compile
./mvnw -B -ntp -o -q -pl app dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/app/target/bench-classpath.txt"
java -Xmx"${HEAP:-128m}" -cp "app/target/test-classes:app/target/classes:engine/target/classes:$(cat app/target/bench-classpath.txt)" \
  id.paritrana.app.evidence.PdfBombTiming "${1:-5}"
