#!/bin/sh
# Puts a fast `pipeline` command on PATH: publishes the command-line tool (tools/publish.sh: Release, precompiled) into
# $PREFIX/share/pipeline and links $PREFIX/bin/pipeline to it. PREFIX defaults to ~/.local.
# Run it again after pulling changes to update. `dotnet run` checks the build on every call (~6 s);
# the installed command starts at once.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=${PREFIX:-$HOME/.local}
target="$prefix/share/pipeline"

# A fresh folder each time: files of an older version must not linger beside the new ones.
rm -rf "$target.new"
"$repo/tools/publish.sh" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
mkdir -p "$prefix/bin"
ln -sf "$target/pipeline" "$prefix/bin/pipeline"

echo "installed $prefix/bin/pipeline $("$prefix/bin/pipeline" --version)"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "$prefix/bin is not on your PATH: add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.profile" ;;
esac
