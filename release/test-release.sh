#!/usr/bin/env bash
# Proves a release end to end, as CI runs it after the tests: stages the published artifacts with the
# release profile, signed with a throwaway key made here, and checks them with ReleaseCheck; shows that
# the check refuses broken staging repositories; rebuilds and requires byte-identical jars; then builds
# consumer projects (plain, Spring Boot 3, modular) that resolve the toolkit from the staging repository
# alone and call the mock server through the SDK. Needs gpg; nothing is published and no key is kept.
# Usage: release/test-release.sh        (from anywhere; about 4 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

base=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -n 1)
version=${base%-SNAPSHOT}
repo=${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}
ours="$repo/io/compliancescorecard"
work=$(mktemp -d)
mock_pid=
cleanup() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; fi
  rm -rf "$work" "$ours"/*/"$version"
}
trap cleanup EXIT

step() { printf 'release-test: %s\n' "$*"; }
fail() { printf 'release-test: FAILED: %s\n' "$*" >&2; exit 1; }
check() { java release/ReleaseCheck.java "$@"; }

export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'Release test <release-test@example.invalid>' default default never
key=$(gpg --batch --list-secret-keys --with-colons | awk -F: '$1 == "fpr" { print $10; exit }')

# The command RELEASING.md documents; install is skipped so that only the staging folder holds $version,
# and the CLI's distribution, which CI has just built and installed, is not made again.
release() {
  local dir=$1
  shift
  ./mvnw -B -q -Prelease deploy -DskipTests -Drevision="$version" -Dgpg.keyname="$key" \
    -Dmaven.install.skip=true -Dcsc.dist.skip=true -DaltDeploymentRepository="staging::file://$dir" "$@"
}

step "staging $version, signed with a throwaway key"
release "$work/staging"
check "$work/staging" --verify-signatures || fail "the release check refused the staged release"

# Each broken copy must be refused with the named problem.
refused() {
  local name=$1 expected=$2
  if check "$work/$name" --verify-signatures 2>"$work/$name.err"; then
    fail "the release check accepted a staging repository with $name"
  fi
  grep -q -- "$expected" "$work/$name.err" || { cat "$work/$name.err" >&2; fail "no '$expected' for $name"; }
  step "refused $name: $(grep -m 1 -- "$expected" "$work/$name.err")"
}
sdk_dir="io/compliancescorecard/compliance-scorecard-sdk/$version"
cp -r "$work/staging" "$work/missing-javadoc"
rm "$work/missing-javadoc/$sdk_dir/compliance-scorecard-sdk-$version-javadoc.jar"
refused missing-javadoc "missing javadoc jar"
cp -r "$work/staging" "$work/tampered-jar"
jar="$work/tampered-jar/$sdk_dir/compliance-scorecard-sdk-$version.jar"
printf 'x' >>"$jar"
md5sum "$jar" | cut -d' ' -f1 >"$jar.md5"
sha1sum "$jar" | cut -d' ' -f1 >"$jar.sha1"
refused tampered-jar "does not verify"
cp -r "$work/staging" "$work/snapshot-dependency"
sed -i 's:<version>3.0.0</version>:<version>3.0.1-SNAPSHOT</version>:' \
  "$work/snapshot-dependency/$sdk_dir/compliance-scorecard-sdk-$version.pom"
refused snapshot-dependency "depends on the SNAPSHOT"

step "rebuilding the published modules: every jar must be byte-identical"
release "$work/staging-again" -pl bom,openapi,sdk,mock-server
check "$work/staging-again" --same-jars-as "$work/staging" || fail "two builds of one commit differ"

# Consumers resolve the toolkit from the staging repository only (Maven Central for the rest).
rm -rf "${ours:?}"/*/"$version"
consumer() {
  local name=$1
  shift
  ./mvnw -B -q -f "release/consumers/$name/pom.xml" -Dstaging.url="file://$work/staging" \
    -Dtoolkit.version="$version" "$@"
}
one_of_each() {
  local name=$1 tree="$work/$1-tree.txt"
  consumer "$name" dependency:tree -DoutputFile="$tree"
  [ "$(grep -cE 'com\.squareup\.okhttp3:okhttp(-jvm)?:jar' "$tree")" = 1 ] || { cat "$tree" >&2; fail "$name: not exactly one OkHttp"; }
  [ "$(grep -c 'org\.eclipse\.jetty:jetty-server:jar' "$tree")" = 1 ] || { cat "$tree" >&2; fail "$name: not exactly one Jetty"; }
}
for name in plain spring-boot; do
  step "consumer $name: mock server and SDK in its tests"
  consumer "$name" verify || fail "consumer $name"
  one_of_each "$name"
done
grep -q '>staging=' "$ours/compliance-scorecard-sdk/$version/_remote.repositories" ||
  fail "the consumers did not resolve the SDK from the staging repository"

step "consumer modular: the SDK on the module path"
consumer modular package || fail "consumer modular"
mock_jar="$work/staging/io/compliancescorecard/compliance-scorecard-mock-server/$version/compliance-scorecard-mock-server-$version-standalone.jar"
java -jar "$mock_jar" --port 0 >"$work/mock.log" 2>&1 &
mock_pid=$!
for _ in $(seq 1 300); do
  grep -q 'ready at' "$work/mock.log" && break
  kill -0 "$mock_pid" 2>/dev/null || break
  sleep 0.2
done
url=$(sed -n 's/.*ready at \(http:[^ ]*\).*/\1/p' "$work/mock.log" | head -n 1)
[ -n "$url" ] || { cat "$work/mock.log" >&2; fail "the staged standalone mock server did not start"; }
modular=release/consumers/modular
said=$(CSC_CLIENT_SECRET=mock-secret java --module-path "$modular/target/classes:$(cat "$modular/target/module-path.txt")" \
  --add-modules ALL-MODULE-PATH -m example.consumer/example.consumer.Main "$url" mock-client) ||
  fail "the modular consumer failed"
[ "$said" = "module io.compliancescorecard.sdk answered: company company123" ] || fail "modular consumer said: $said"
step "$said"

step "release $version: staged, signed, checked, reproducible, consumable"
