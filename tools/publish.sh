#!/bin/sh
# Publishes the command-line tool as it is installed and benchmarked: Release, for this machine's runtime identifier,
# framework-dependent, precompiled (ReadyToRun, with code inlined across assemblies — see Pipeline.Cli.csproj), so a
# run does not spend its first second in the JIT. tools/install.sh and the benchmark scripts use it; one build to measure.
# Usage: tools/publish.sh OUTPUT-FOLDER [extra dotnet publish arguments]
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: tools/publish.sh OUTPUT-FOLDER}
shift
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
dotnet publish "$repo/src/Pipeline.Cli" --configuration Release --runtime "${rid:-linux-x64}" --self-contained false \
  -p:PublishReadyToRun=true --output "$out" --nologo -v quiet "$@"
