#!/bin/sh
# Builds csc's self-contained distribution from the shaded jar: a Java runtime made with jlink holding only
# the modules jdeps finds, the AOT cache (JDK 24 or newer) trained on that runtime, completions, man pages,
# LICENSE and README, as target/csc-VERSION-linux-ARCH.tar.gz and, where dpkg-deb exists, a .deb that
# installs the same under /opt/csc.
# Usage: distribution.sh VERSION JAR CLASSES DOCS REPO OUT MAVEN_JAVA_HOME [JDK]
#   CLASSES is the compiled classes' folder; DOCS holds completions/ and man/ (made by the build from the picocli model); REPO is the repository root;
#   JDK, when given, is the JDK whose runtime the distribution ships, else the newest JDK 24+ found in
#   JAVA_HOME or the standard places, else the one running Maven.
set -eu
version=$1 jar=$2 classes=$3 docs=$4 repo=$5 out=$6 maven_jdk=$7 requested_jdk=${8:-}
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
say() { echo "distribution: $*" >&2; }

# The feature release of the JDK in $1 (17, 25, ...), from its release file; 0 when it has none.
feature() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | grep . || echo 0
}

jdk=$maven_jdk
if [ -n "$requested_jdk" ]; then
  jdk=$requested_jdk
elif [ "$(feature "$jdk")" -lt 24 ]; then
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/*; do
    if [ -x "$candidate/bin/jlink" ] && [ "$(feature "$candidate")" -ge 24 ] \
                && [ "$(feature "$candidate")" -gt "$(feature "$jdk")" ]; then
      jdk=$candidate
    fi
  done
fi
release=$(feature "$jdk")
say "runtime from the JDK $release at $jdk"

case $(uname -m) in
  x86_64) arch=x64 deb_arch=amd64 ;;
  aarch64) arch=aarch64 deb_arch=arm64 ;;
  *) arch=$(uname -m) deb_arch=$(uname -m) ;;
esac
name=csc-$version
dist=$out/$name
rm -rf "$dist" "$out/deb"
mkdir -p "$dist/bin" "$dist/lib" "$dist/completions" "$dist/man/man1"

# jdeps sees what the classes reference; the elliptic-curve TLS provider is found at run time instead.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar")
if "$jdk/bin/java" --list-modules | grep -q '^jdk.crypto.ec@'; then
  modules=$modules,jdk.crypto.ec
fi
compress=zip-6
[ "$release" -lt 21 ] && compress=2
# --generate-cds-archive: the runtime's own classes come mapped from an archive, as in a full JDK.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress="$compress" --generate-cds-archive --output "$dist/runtime" >/dev/null
# Its twin for heaps over 32 GB, which csc never uses.
rm -f "$dist/runtime/lib/server/classes_nocoops.jsa"
# OkHttp's first client asks for the security providers, which loads every one java.security names,
# those outside java.base one by one through the service loader (about 20 ms): HTTPS needs the first five
# (SUN, SunRsaSign, SunEC, SunJSSE, SunJCE), csc nothing else.
sed -i '/^security\.provider\.\([6-9]\|[1-9][0-9]\)=/d' "$dist/runtime/conf/security/java.security"

cp "$jar" "$dist/lib/csc.jar"
# The entry point and the build's facts alone: enough for csc --version (see bin/csc).
"$jdk/bin/jar" --create --file "$dist/lib/csc-entry.jar" -C "$classes" io/compliancescorecard/cli/Main.class \
    -C "$classes" io/compliancescorecard/cli/BuildInfo.class -C "$classes" io/compliancescorecard/cli/version.properties
cp "$here/../dist/bin/csc" "$dist/bin/csc"
cp "$here/../dist/README" "$dist/README"
if [ -f "$repo/LICENSE" ]; then
  cp "$repo/LICENSE" "$dist/LICENSE"
else
  say "WARNING: no LICENSE at the repository root to ship"
fi
cp "$docs"/completions/* "$dist/completions/"
cp "$docs"/man/*.1 "$dist/man/man1/"

# An AOT cache finds its jar again wherever the folder is unpacked; a JDK 17 AppCDS archive only at the
# path it was made for, so a runtime older than 24 ships with its runtime's archive alone.
if [ "$release" -ge 24 ]; then
  sh "$here/cds-training.sh" "$dist/runtime/bin/java" "$dist/lib/csc-entry.jar:$dist/lib/csc.jar" \
        "$dist/lib/csc.aot" "$out/aot-training"
  # bin/csc checks a cache newer than the jar before use: this one is as the build made it.
  touch -r "$dist/lib/csc.aot" "$dist/lib/csc.jar"
fi
chmod -R a+rX,go-w "$dist"

tar -C "$out" --owner=0 --group=0 --numeric-owner --sort=name -czf "$out/$name-linux-$arch.tar.gz" "$name"
say "$out/$name-linux-$arch.tar.gz"

if ! command -v dpkg-deb >/dev/null 2>&1; then
  say "dpkg-deb not found: no .deb (apt-get install dpkg to make one)"
  exit 0
fi
sh "$here/debian-package.sh" "$version" "$dist" "$out/deb" "$deb_arch" "$out"
