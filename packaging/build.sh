#!/usr/bin/env bash
# Build Issue Editor as a one-folder desktop bundle, from a clean state:
#   dist/issue-editor/                                   issue-editor (window) and editor-app (command line)
#   dist/issue-editor-VERSION-linux-ARCH.tar.gz          the same folder, packed
# and print the bundle size, the archive size and the build time.
#
#   packaging/build.sh              uses $PYTHON, else .venv/bin/python (./dev's venv), else python3
#   PYTHON=/path/to/python packaging/build.sh
#
# The Python must have Issue Editor's dependencies and PyInstaller (tested with 6.22.3):
#   $PYTHON -m pip install -e . pyinstaller==6.22.3
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=${ISSUE_EDITOR_VENV:-.venv}
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$VENV/bin/python" ]; then PYTHON="$VENV/bin/python"; else PYTHON=python3; fi
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build: PyInstaller is missing for $PYTHON; install it with: $PYTHON -m pip install pyinstaller==6.22.3" >&2
  exit 2
fi

NAME=issue-editor
VERSION=$("$PYTHON" -c "import editor_app; print(editor_app.__version__)")
ARCH=$(uname -m)
ARCHIVE="dist/$NAME-$VERSION-linux-$ARCH.tar.gz"

start=$(date +%s.%N)
rm -rf "dist/$NAME" "build/$NAME" "$ARCHIVE"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN packaging/issue-editor.spec
built=$(date +%s.%N)
tar -C dist -czf "$ARCHIVE" "$NAME"
end=$(date +%s.%N)

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
bundle_bytes=$(du -sb "dist/$NAME" | cut -f1)
archive_bytes=$(stat -c %s "$ARCHIVE")
pyinstaller_version=$("$PYTHON" -m PyInstaller --version)
echo "build: PyInstaller $pyinstaller_version, Python $("$PYTHON" -c 'import platform; print(platform.python_version())')"
echo "build: bundle   dist/$NAME/  $(mib "$bundle_bytes") ($bundle_bytes bytes, $(find "dist/$NAME" -type f | wc -l) files)"
echo "build: archive  $ARCHIVE  $(mib "$archive_bytes") ($archive_bytes bytes)"
seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.1f s", e - s }'; }
echo "build: time     $(seconds "$start" "$end") ($(seconds "$start" "$built") PyInstaller, $(seconds "$built" "$end") tar.gz)"
