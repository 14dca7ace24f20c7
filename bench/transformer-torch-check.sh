#!/usr/bin/env bash
# geneft's transformer against torch's own modules: TransformerTorchDumpTest writes the model (7 symbols, d = 8, two
# heads, two layers) after five AdamW steps, with its loss on all pairs and every gradient; bench/torch_transformer.py
# loads it into torch.nn.TransformerEncoderLayer (norm_first, ReLU, batch_first) and recomputes both in float64.
#   bench/transformer-torch-check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
py=/usr/bin/python3
"$py" -c 'import torch' 2>/dev/null || { echo "needs Debian's python3-torch" >&2; exit 3; }
dump="$(mktemp --suffix=.json)"
trap 'rm -f "$dump"' EXIT
(cd "$here" && mvn -B -o -q test -Dtest=TransformerTorchDumpTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dgeneft.torchDump="$dump" >/dev/null)
"$py" "$here/bench/torch_transformer.py" --check "$dump"
