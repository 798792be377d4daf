#!/bin/sh
# Writes csc's version.properties: the version, the git commit of this checkout ("unknown" outside git;
# git itself, so that a linked worktree names its own HEAD) and the day of the build (UTC).
# Usage: version-properties.sh VERSION FILE
set -eu
version=$1 file=$2
commit=$(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$(dirname "$file")"
printf 'version=%s\ncommit=%s\ndate=%s\n' "$version" "$commit" "$(date -u +%Y-%m-%d)" >"$file"
