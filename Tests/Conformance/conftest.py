"""The conformance suite: an independent LSP client (pytest-lsp, whose messages are checked against the LSP 3.17
types by lsprotocol) drives the built `cli-input-ls serve` over stdio."""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get('CLI_INPUT_LS') or os.path.join(REPO, '.build', 'release', 'cli-input-ls')
SCHEMAS = os.path.join(REPO, 'schemas')
