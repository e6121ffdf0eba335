#!/usr/bin/env bash
# Runs every test (`dotnet test`), first installing the tools that some tests read the produced files back with.
# Those tests fail (never skip) without them:
#   poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) and qpdf   read the PDFs back
#   libreoffice-writer-nogui                                          lays out the Word files
#   libreoffice-calc-nogui                                            opens the workbooks (format xlsx)
#   fonts-liberation                                                  Arial's metrics for LibreOffice's layout
#   chromium                                                          opens the HTML pages in a real browser (Playwright, axe-core)
# Missing ones are installed with apt-get (as root, or through sudo), and this says so. Any arguments are passed
# to `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
fi
fc-list 2>/dev/null | grep -q "Liberation Sans" || need+=(fonts-liberation)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]} (apt-get), which the tests that read outputs back need"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "test.sh: could not install ${need[*]}; the tests that need them will fail"
fi

exec dotnet test "$@"
