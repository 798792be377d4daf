#!/bin/sh
# Packs the distribution folder DIST as a Debian package that installs it under /opt/csc, puts csc on the
# PATH (/usr/bin/csc, a symlink), its completions where bash, zsh and fish look for them and its man pages
# under /usr/share/man. Every file is the package's, so removing the package removes them all.
# Usage: debian-package.sh VERSION DIST STAGING ARCH OUT
set -eu
version=$1 dist=$2 staging=$3 arch=$4 out=$5
package=compliance-scorecard-cli
# Debian orders 0.1.0~SNAPSHOT before 0.1.0, as Maven does.
deb_version=$(echo "$version" | sed 's/-/~/')

rm -rf "$staging"
mkdir -p "$staging/DEBIAN" "$staging/opt" "$staging/usr/bin" "$staging/usr/share/man/man1" \
    "$staging/usr/share/bash-completion/completions" "$staging/usr/share/zsh/vendor-completions" \
    "$staging/usr/share/fish/vendor_completions.d" "$staging/usr/share/doc/$package"
cp -a "$dist" "$staging/opt/csc"
ln -s ../../opt/csc/bin/csc "$staging/usr/bin/csc"
cp "$dist/completions/csc.bash" "$staging/usr/share/bash-completion/completions/csc"
cp "$dist/completions/_csc" "$staging/usr/share/zsh/vendor-completions/_csc"
cp "$dist/completions/csc.fish" "$staging/usr/share/fish/vendor_completions.d/csc.fish"
for page in "$dist"/man/man1/*.1; do
  gzip -9n <"$page" >"$staging/usr/share/man/man1/$(basename "$page").gz"
done
if [ -f "$dist/LICENSE" ]; then
  cp "$dist/LICENSE" "$staging/usr/share/doc/$package/copyright"
fi
cat >"$staging/DEBIAN/control" <<CONTROL
Package: $package
Version: $deb_version
Architecture: $arch
Maintainer: Compliance Scorecard toolkit developers
Section: utils
Priority: optional
Depends: libc6, zlib1g
Installed-Size: $(du -sk "$staging" | cut -f1)
Description: csc, the Compliance Scorecard command line
 Drives every operation of the Compliance Scorecard API from a shell or a CI
 job. Self-contained: it runs on the Java runtime it ships under /opt/csc.
CONTROL
# gzip: xz would save a tenth of the size and cost two minutes of build time.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$staging" "$out/${package}_${deb_version}_$arch.deb" >/dev/null
echo "distribution: $out/${package}_${deb_version}_$arch.deb" >&2
