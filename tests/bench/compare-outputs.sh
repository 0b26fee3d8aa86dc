#!/bin/sh
# Compares the results of two builds bit for bit: headroom-bench --dump on the reference model, and
# headroom-cli simulate (JSON and CSV) and compare on every sample project. Exits 1 on a difference.
#
#   tests/bench/compare-outputs.sh BUILD_BEFORE BUILD_AFTER [--quick]
#
# --quick leaves out the 10,000-sample run. Both builds need headroom-bench and headroom-cli.
set -eu
before=$1
after=$2
quick=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

outputs() { # build directory, output directory
    mkdir -p "$2"
    "$1/tests/bench/headroom-bench" --dump "$2/reference.txt" $quick
    for project in "$root"/samples/*.headroom.json; do
        name=$(basename "$project" .headroom.json)
        "$1/app/cli/headroom-cli" simulate "$project" --format json --out "$2/$name.json"
        "$1/app/cli/headroom-cli" simulate "$project" --format csv --samples 200 --seed 5 --out "$2/$name.csv"
        "$1/app/cli/headroom-cli" compare "$project" --format json --out "$2/$name.compare.json"
    done
}

outputs "$before" "$work/before"
outputs "$after" "$work/after"
if diff -rq "$work/before" "$work/after"; then
    echo "identical: $(ls "$work/after" | wc -l) outputs"
else
    exit 1
fi
