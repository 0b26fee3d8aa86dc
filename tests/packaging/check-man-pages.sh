#!/usr/bin/env bash
# The man pages say what --help says: every command and option the programs list appears, rendered,
# in their man page (packaging/ makes the pages from --help with help2man).
#   check-man-pages.sh MAN_DIR PROGRAM...      each PROGRAM's page is MAN_DIR/NAME.1.gz
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
man_dir="$1"
shift
failures=0

for program in "$@"; do
    name="$(basename "$program")"
    page="$man_dir/$name.1.gz"
    [ -s "$page" ] || { echo "FAIL: no man page $page"; failures=$((failures + 1)); continue; }
    help="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$program" --help)"
    # Rendered as a reader sees it, on one long line per paragraph so that nothing is hyphenated.
    text="$(MANWIDTH=1000 MAN_KEEP_FORMATTING= man --local-file "$page" 2>&1 | col -b)"
    grep -q "^NAME" <<<"$text" || { echo "FAIL: $page does not render: $text"; failures=$((failures + 1)); continue; }

    # Commands: the indented words opening the lines of a "Commands:" section; options: every --word.
    mapfile -t commands < <(awk '/^Commands:/ { on = 1; next } /^[^ ]/ { on = 0 }
                                  on && /^  [a-z]/ { print $1 }' <<<"$help")
    mapfile -t options < <(grep -oE -- '(^|[ ,\[])--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z-]+' | sort -u)
    if [ "$name" = headroom-cli ] && [ ${#commands[@]} -lt 4 ]; then
        echo "FAIL: found only ${#commands[@]} commands in $name --help: is the parser still right?"
        failures=$((failures + 1))
    fi
    [ ${#options[@]} -ge 2 ] || { echo "FAIL: found no options in $name --help"; failures=$((failures + 1)); }
    before=$failures
    for word in "${commands[@]}" "${options[@]}"; do
        if ! grep -qF -- "$word" <<<"$text"; then
            echo "FAIL: $name --help lists $word, its man page does not"
            failures=$((failures + 1))
        fi
    done
    [ "$failures" -gt "$before" ] || echo "$name: ${#commands[@]} commands and ${#options[@]} options, all in $page"
done
exit $((failures > 0))
