#!/usr/bin/env bash
# The script of Clause's GitHub Action (action.yml): check the site, with every error an
# annotation on its file and line, then build it. It reads the action's inputs from the
# environment, so a test can run it as the runner does:
#   CLAUSE_ROOT     the site folder, relative to the repository (default .)
#   CLAUSE_OUTPUT   the output folder, relative to the site folder (default public)
#   CLAUSE_BASE_URL the address the site is published at, in place of clause.yaml's
#   CLAUSE_DATE     the build date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)
# and writes `output=<folder>` to $GITHUB_OUTPUT and the build's summary to
# $GITHUB_STEP_SUMMARY.
set -euo pipefail

root="${CLAUSE_ROOT:-.}"
output="${CLAUSE_OUTPUT:-public}"
args=(--root "$root")
[ -n "${CLAUSE_DATE:-}" ] && args+=(--date "$CLAUSE_DATE")

# Annotations name files from the repository's root; clause names them from the site's.
prefix=""
if [ "$root" != "." ]; then
  prefix="${root%/}/"
  prefix="${prefix#./}"
fi
export CLAUSE_ANNOTATION_PREFIX="$prefix"

echo "::group::clause check"
status=0
clause check "${args[@]}" --format github || status=$?
echo "::endgroup::"
if [ "$status" -ne 0 ]; then
  echo "clause check found errors: see the annotations" >&2
  exit "$status"
fi

build=(build "${args[@]}" --output "$root/$output" --format github)
[ -n "${CLAUSE_BASE_URL:-}" ] && build+=(--base-url "$CLAUSE_BASE_URL")
summary_file="$(mktemp)"
trap 'rm -f "$summary_file"' EXIT
clause "${build[@]}" 2> >(tee "$summary_file" >&2)
wait

echo "output=$root/$output" >> "${GITHUB_OUTPUT:-/dev/null}"
{
  echo "### Clause"
  echo
  grep '^Built ' "$summary_file" || true
} >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
