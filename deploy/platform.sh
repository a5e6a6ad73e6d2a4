#!/usr/bin/env bash
# deploy/platform.sh: build the `platform` command (with visible progress, on stderr) and run it with the given arguments.
#
#   bash deploy/platform.sh process tests/fixtures/articles
#   bash deploy/platform.sh process ../shared/seeds/sample-article.txt --json
#   bash deploy/platform.sh --help
#
# stdout carries only the command's own output, so `--json` lines can be piped; the build's progress goes to stderr.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MASSTRANSIT_USAGE_TELEMETRY=false
echo "platform: building the command line (the first build takes a minute; later ones a few seconds)..." >&2
dotnet build "$repo/services/cli/Platform.Cli/Platform.Cli.csproj" -c Release -nologo -v minimal -clp:NoSummary >&2
exec dotnet "$repo/services/cli/Platform.Cli/bin/Release/net10.0/platform.dll" "$@"
