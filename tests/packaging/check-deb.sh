#!/usr/bin/env bash
# The .deb as a user gets it: CPack builds it from the build tree; its control fields, contents,
# desktop entry, AppStream data, programs and MIME types are checked in a throw-away root.
#   check-deb.sh BUILD_DIR VERSION SAMPLE.headroom.json
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
build="$1"
version="$2"
sample="$3"
app_id=io.github.headroom.Headroom

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
need() {
    command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (packaging/debian-packages.txt lists it)"; exit 1; }
}
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate update-desktop-database appstreamcli \
            update-mime-database gio man; do
    need "$tool"
done

# The package.
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { cat "$work/cpack.log"; fail "cpack made no single .deb"; exit 1; }
deb="${debs[0]}"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = headroom ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "Version is '$(field Version)', not $version-1"
for name in Maintainer Section Priority Homepage Description Architecture; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done
long="$(field Description | awk 'length > 80')"
[ -z "$long" ] || fail "Description lines longer than 80 columns: $long"
depends="$(field Depends)"
echo "Depends: $depends"
depends_names="$(tr ',' '\n' <<<"$depends" | awk '{ print $1 }')"
for lib in libc6 libstdc++6 libsqlite3-0 libqt6core6 libqt6gui6 libqt6widgets6 libqcustomplot2.1-qt6 qt6-qpa-plugins; do
    grep -qxF "$lib" <<<"$depends_names" || fail "Depends lacks $lib"
done

# Contents: everything under /usr, each file where the desktop looks for it.
dpkg-deb --contents "$deb" >"$work/contents"
if grep -vE ' \./(usr(/.*)?)?$' "$work/contents" | grep -q .; then
    fail "files outside /usr: $(grep -vE ' \./(usr(/.*)?)?$' "$work/contents")"
fi
for path in usr/bin/headroom usr/bin/headroom-cli \
            usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/mime/packages/$app_id.xml \
            usr/share/man/man1/headroom.1.gz usr/share/man/man1/headroom-cli.1.gz \
            usr/share/doc/headroom/copyright; do
    grep -q " \./$path\$" "$work/contents" || fail "the package has no /$path"
done
root="$work/root"
dpkg-deb --extract "$deb" "$root"

# Desktop entry and AppStream data, as a software centre reads them.
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
newest="$(grep -oE '<release version="[^"]+"' "$metainfo" | head -1 | cut -d'"' -f2)"
[ "$newest" = "$version" ] || fail "the metainfo's newest release is $newest, the project is $version"

# The installed programs run on the system's libraries alone.
for exe in headroom headroom-cli; do
    missing="$(ldd "$root/usr/bin/$exe" | grep 'not found' || true)"
    [ -z "$missing" ] || fail "$exe: $missing"
done
got="$("$root/usr/bin/headroom-cli" --version)" || fail "headroom-cli --version exits $?"
[ "$got" = "headroom-cli $version" ] || fail "headroom-cli --version says '$got'"
got="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/headroom" --version)" \
    || fail "headroom --version exits $?"
[ "$got" = "Headroom $version" ] || fail "headroom --version says '$got'"
MANWIDTH=100 man --local-file "$root/usr/share/man/man1/headroom-cli.1.gz" 2>&1 | grep -q 'simulate' \
    || fail "the installed headroom-cli(1) does not render"

# MIME types, as a file manager sees them: the package's data first, then the system's, indexed as
# the dpkg triggers of shared-mime-info and desktop-file-utils index them on installation.
export XDG_DATA_HOME="$work/home" XDG_DATA_DIRS="$root/usr/share:/usr/share"
update-mime-database "$root/usr/share/mime"
update-desktop-database "$root/usr/share/applications"
mime() {
    gio info --attributes=standard::content-type "$1" 2>/dev/null | sed -n 's/^ *standard::content-type: //p'
}
expect_mime() {
    local got
    got="$(mime "$2")"
    if [ "$got" = "$1" ]; then echo "$(basename "$2"): $got"; else fail "$(basename "$2") is '$got', not $1"; fi
}
files="$work/files"
mkdir -p "$files" "$work/home"
"$root/usr/bin/headroom-cli" convert "$sample" "$files/project.headroom" >/dev/null
cp "$sample" "$files/project.headroom.json"
cp "$sample" "$files/plain.json"
cp "$files/project.headroom" "$files/renamed-project"    # no extension: known by its application_id
cp "$files/project.headroom" "$files/other-database"     # the same without it: any SQLite database
printf '\0\0\0\0' | dd of="$files/other-database" bs=1 seek=68 conv=notrunc status=none
expect_mime application/x-headroom "$files/project.headroom"
expect_mime application/x-headroom "$files/renamed-project"
expect_mime application/vnd.sqlite3 "$files/other-database"
expect_mime application/x-headroom+json "$files/project.headroom.json"
expect_mime application/json "$files/plain.json"
# ... and Headroom is the application that opens them (a desktop entry counts once its TryExec is on PATH).
for type in application/x-headroom application/x-headroom+json; do
    handlers="$(PATH="$root/usr/bin:$PATH" gio mime "$type" 2>/dev/null)"
    if grep -q "^Default application for .*: $app_id.desktop\$" <<<"$handlers"; then
        echo "$type: opened by $app_id.desktop"
    else
        fail "Headroom does not open $type: $handlers"
    fi
done

if [ "$failures" -gt 0 ]; then
    echo "$failures failures"
    exit 1
fi
echo "the package installs, validates, runs and opens its files"
