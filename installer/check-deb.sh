#!/usr/bin/env bash
# Packaging check, run by ctest (test "packaging_deb"):
#   check-deb.sh CPACK BINARY_DIR PACKAGE VERSION
# Builds the DEB and TGZ of an already built tree into a temporary folder with CPack, then checks
# what the packages hold, the DEB control fields, that every library the binaries link comes from
# a package the DEB depends on, and validates the installed desktop entry and AppStream file.
set -euo pipefail

cpack=$1
bindir=$2
package=$3
version=$4
app_id=org.crosswalk.Crosswalk

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cw-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...: runs the command, counts the outcome
    local what=$1
    shift
    if "$@" >"$scratch/last.log" 2>&1; then pass; else fail "$what"; sed 's/^/    /' "$scratch/last.log"; fi
}

if ! "$cpack" -G "DEB;TGZ" --config "$bindir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack could not build the packages"
    exit 1
fi

arch=$(dpkg --print-architecture)
deb="$scratch/out/${package}_${version}_${arch}.deb"
tgz=$(find "$scratch/out" -maxdepth 1 -name "${package}-${version}-*.tar.gz" -print -quit)
[[ -f $deb ]] || { ls "$scratch/out"; echo "FAIL: no $deb"; exit 1; }
[[ -n $tgz ]] || { ls "$scratch/out"; echo "FAIL: no TGZ package"; exit 1; }

# Contents.
dpkg-deb -c "$deb" | awk '{ print $NF }' >"$scratch/deb-files"
tar -tzf "$tgz" | sed 's|^[^/]*/||' >"$scratch/tgz-files"
installed=(
    bin/crosswalk
    bin/crosswalkctl
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/doc/$package/copyright"
)
for file in "${installed[@]}"; do
    check "DEB lacks /usr/$file" grep -qx "./usr/$file" "$scratch/deb-files"
    check "TGZ lacks $file" grep -qx "$file" "$scratch/tgz-files"
done

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is not $package" test "$(field Package)" = "$package"
check "Version is not $version" test "$(field Version)" = "$version"
check "Section is not misc" test "$(field Section)" = misc
check "Architecture is not $arch" test "$(field Architecture)" = "$arch"
check "Maintainer is empty" test -n "$(field Maintainer)"
check "Description is empty" test -n "$(field Description)"

depends=$(field Depends)
echo "Depends: $depends"
depends_on() { # depends_on PACKAGE: the Depends field names PACKAGE (with or without a version)
    tr ',|' '\n' <<<"$depends" | sed 's/(.*//; s/[[:space:]]//g' | grep -qx "$1"
}
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6svg6 libqt6keychain1 libsecret-1-0 libsqlite3-0; do
    check "Depends lacks $lib" depends_on "$lib"
done

# Every dependency names a real package that apt can resolve (nothing is installed).
check "apt cannot resolve the Depends" apt-get install --simulate --no-install-recommends "$deb"

# Every library the binaries link must come from a package in Depends (shlibdeps worked).
dpkg-deb -x "$deb" "$scratch/root"
owner_of() { # owner_of PATH: the package that ships the file, trying both sides of merged /usr
    local path=$1 candidate
    for candidate in "$path" "/usr$path" "${path#/usr}"; do
        if dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1; then return 0; fi
    done
    return 1
}
depends_on_package_or_provided() { # also accepts a virtual package the owner provides
    local name
    for name in "$1" $(dpkg-query -W -f='${Provides}' "$1" | tr ',' '\n' | sed 's/(.*//'); do
        if depends_on "$name"; then return 0; fi
    done
    return 1
}
for binary in "$scratch/root/usr/bin/"*; do
    check "$(basename "$binary") is not an ELF executable" bash -c "file -b '$binary' | grep -q '^ELF'"
    while read -r soname path; do
        if ! owner=$(owner_of "$path"); then
            fail "$(basename "$binary"): no package ships $soname ($path)"
            continue
        fi
        check "$(basename "$binary") links $soname from $owner, which Depends lacks" \
            depends_on_package_or_provided "$owner"
    done < <(ldd "$binary" | awk -v needed="$(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }')" '
        BEGIN { n = split(needed, list, "\n"); for (i = 1; i <= n; i++) wanted[list[i]] = 1 }
        $2 == "=>" && ($1 in wanted) { print $1, $3 }')
done

# Desktop integration files, as installed.
check "desktop-file-validate" desktop-file-validate "$scratch/root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net \
    "$scratch/root/usr/share/metainfo/$app_id.metainfo.xml"
check "the icon is not an SVG image" \
    bash -c "file -b '$scratch/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg' | grep -q SVG"

echo "packaging: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
