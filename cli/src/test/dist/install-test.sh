#!/usr/bin/env bash
# Installs csc's distribution as an admin would and checks that it works with no Java around (no java on
# the PATH, no JAVA_HOME): the tarball unpacked into a fresh folder, run from elsewhere, through a symlink,
# read-only, with a damaged or missing AOT cache and with an unreadable folder; then, as root, the .deb:
# dpkg -i, the same checks through /usr/bin/csc, dpkg -r, and nothing of the package left.
# Runs after the build made cli/target/csc-*.tar.gz (CI: .ci/run). As root the commands run as nobody, so
# that read-only and unreadable folders mean what they say.
set -euo pipefail
target=$(cd "$(dirname "$0")/../../../target" && pwd -P)
package=compliance-scorecard-cli
passed=0

say() { echo "install-test: $*"; }
fail() { echo "install-test: FAILED: $*" >&2; exit 1; }
pass() { passed=$((passed + 1)); say "ok: $*"; }
is_root() { [ "$(id -u)" = 0 ]; }

tarballs=("$target"/csc-*-linux-*.tar.gz)
[ -f "${tarballs[0]}" ] || fail "no tarball in $target: build first (./mvnw -B package)"
tarball=${tarballs[0]}

work=$(mktemp -d)
chmod 755 "$work"
installed=false
cleanup() {
  if [ "$installed" = true ]; then dpkg -r "$package" >/dev/null 2>&1 || true; fi
  chmod -R u+rwX "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The tools the checks need, installed when CI (root) lacks them; a developer without them is told.
if ! command -v man >/dev/null 2>&1 && is_root && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null
fi
has_man=true
command -v man >/dev/null 2>&1 || { has_man=false; say "man not found: man pages not rendered (apt-get install man-db)"; }

# A PATH of the few tools the checks use, and no java.
tools=$work/tools
mkdir -p "$tools" "$work/home" "$work/elsewhere"
for tool in sh bash readlink cat grep env fish; do
  if command -v "$tool" >/dev/null 2>&1; then ln -s "$(command -v "$tool")" "$tools/$tool"; fi
done
is_root && chown nobody "$work/home" "$work/elsewhere"

# Runs a command as the user (nobody under root) in a bare environment, from another folder.
as_user() {
  local run=(env -i HOME="$work/home" PATH="$tools" LANG=C.UTF-8)
  if is_root; then run=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${run[@]}"); fi
  (cd "$work/elsewhere" && "${run[@]}" "$@")
}

# The checks every installation passes; $1 runs csc, $2 names it in messages, the rest tell man the page
# of `csc clients list`.
check_installation() {
  local csc=$1 where=$2 out
  shift 2
  out=$(as_user "$csc" --version) || fail "$where: csc --version"
  [[ $out =~ ^csc\ [0-9]+\.[0-9]+\.[0-9]+[^\ ]*\ \(commit\ [^,]+,\ built\ [^\;]+\;\ Java\ [^,]+,\ .+\)$ ]] \
        || fail "$where: csc --version printed: $out"
  pass "$where: $out"

  out=$(as_user "$csc" --env mock clients list --company company123 -o json) || fail "$where: clients list"
  for client in '"id": "client456"' '"name": "Globex Corporation"' '"id": "client3001"' '"id": "client3002"'; do
    grep -qF "$client" <<<"$out" || fail "$where: the seeded clients, $client missing from: $out"
  done
  pass "$where: csc --env mock clients list --company company123 -o json lists the seeded clients"

  local status=0
  as_user "$csc" --env mock nosuch >/dev/null 2>&1 || status=$?
  [ "$status" = 2 ] || fail "$where: csc --env mock nosuch exited $status, not 2"
  pass "$where: csc --env mock nosuch exits 2"

  as_user bash -c "source <($csc completion bash) && complete -p csc >/dev/null" \
        || fail "$where: the bash completion does not load"
  pass "$where: source <(csc completion bash) loads"
  if [ -e "$tools/fish" ]; then
    as_user fish -c "$csc completion fish | source; complete -C 'csc --env mock clients '" | grep -q '^list' \
            || fail "$where: the fish completion offers no clients verbs"
    pass "$where: the fish completion completes 'csc --env mock clients ' with list"
  fi

  if [ "$has_man" = true ]; then
    man -P cat "$@" 2>/dev/null | grep -q 'csc-clients-list - List a company' \
            || fail "$where: man $* renders nothing"
    pass "$where: man renders the page of csc clients list"
  fi
}

say "tarball $(basename "$tarball"): $(du -h "$tarball" | cut -f1)"
tar -C "$work" -xzf "$tarball"
folders=("$work"/csc-*/)
home=${folders[0]%/}
say "unpacked: $(du -sh "$home" | cut -f1) ($(du -sh "$home/runtime" | cut -f1) of it the Java runtime)"
ln -s "$home/bin/csc" "$work/csc-link"
chmod -R a-w "$home"
cache_sum=$(cksum <"$home/lib/csc.aot" 2>/dev/null || echo none)
check_installation "$work/csc-link" "tarball, read-only, through a symlink" -l "$home/man/man1/csc-clients-list.1"
[ "$(cksum <"$home/lib/csc.aot" 2>/dev/null || echo none)" = "$cache_sum" ] || fail "the AOT cache changed at run time"
chmod -R u+w "$home"

# A damaged or missing cache: a normal start, stdout as always.
if [ -f "$home/lib/csc.aot" ]; then
  cp -a "$home" "$work/damaged"
  head -c 100000 "$home/lib/csc.aot" >"$work/damaged/lib/csc.aot"
  out=$(as_user "$work/damaged/bin/csc" --version 2>/dev/null) || fail "a damaged cache: csc --version failed"
  [[ $out =~ ^csc\ [^$'\n']+$ ]] || fail "a damaged cache: csc --version printed: $out"
  as_user "$work/damaged/bin/csc" --env mock clients list --company company123 -o json 2>/dev/null \
        | grep -q client456 || fail "a damaged cache: clients list"
  pass "a truncated AOT cache: a normal start, only the version on stdout"
  cp "$home/lib/csc.aot" "$work/damaged/lib/csc.aot"
  dd if=/dev/urandom of="$work/damaged/lib/csc.aot" bs=1k seek=4000 count=200 conv=notrunc 2>/dev/null
  out=$(as_user "$work/damaged/bin/csc" --env mock clients list --company company123 -o json 2>/dev/null) \
        || fail "a damaged cache: clients list failed"
  grep -q client456 <<<"$out" || fail "a damaged cache: clients list printed: $out"
  pass "an AOT cache damaged inside: a normal start, only the clients on stdout"
  rm "$work/damaged/lib/csc.aot"
  out=$(as_user "$work/damaged/bin/csc" --version 2>&1) || fail "a missing cache: csc --version failed"
  [[ $out =~ ^csc\ [^$'\n']+$ ]] || fail "a missing cache: csc --version printed: $out"
  pass "a missing AOT cache: a normal start, no message"
fi

# An install folder the user cannot read: one line saying so.
chmod 000 "$home/lib"
status=0
err=$(as_user "$home/bin/csc" --version 2>&1 >/dev/null) || status=$?
chmod 755 "$home/lib"
[ "$status" = 1 ] && [ "$(grep -c . <<<"$err")" = 1 ] && [[ $err == "csc: cannot read its installation"* ]] \
    || fail "an unreadable install folder: exit $status, stderr: $err"
pass "an unreadable install folder: exit 1 and one line: $err"

debs=("$target/$package"_*.deb)
if ! is_root || ! command -v dpkg >/dev/null 2>&1 || [ ! -f "${debs[0]}" ]; then
  say "the .deb is not installed: that needs root, dpkg and a .deb in $target"
else
  say "deb $(basename "${debs[0]}"): $(du -h "${debs[0]}" | cut -f1)"
  installed=true
  dpkg -i "${debs[0]}" >/dev/null
  files=$(dpkg -L "$package")
  [ "$(command -v csc)" = /usr/bin/csc ] || fail "the .deb: csc is not /usr/bin/csc on the PATH"
  ln -s /usr/bin/csc "$tools/csc"
  check_installation csc "the .deb" csc-clients-list
  for completion in /usr/share/bash-completion/completions/csc /usr/share/zsh/vendor-completions/_csc \
            /usr/share/fish/vendor_completions.d/csc.fish; do
    [ -s "$completion" ] || fail "the .deb: no completion $completion"
  done
  as_user bash -c 'source /usr/share/bash-completion/completions/csc && complete -p csc >/dev/null' \
        || fail "the .deb: its bash completion does not load"
  if command -v zsh >/dev/null 2>&1; then
    HOME=$work/home zsh -f -c 'autoload -U compinit && compinit -u -d "$HOME/.zcompdump" && [[ $_comps[csc] = _csc ]]' \
            || fail "the .deb: zsh does not find _csc on its fpath"
  fi
  pass "the .deb: completions for bash, zsh and fish in place, bash's loads, zsh finds its function"
  dpkg -r "$package" >/dev/null
  installed=false
  left=$(while IFS= read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then echo "$path"; fi
  done <<<"$files")
  [ -z "$left" ] && [ ! -e /opt/csc ] || fail "dpkg -r left: ${left:-/opt/csc}"
  pass "dpkg -r removes every file of the package"
fi
echo "$passed passed, 0 failed"
