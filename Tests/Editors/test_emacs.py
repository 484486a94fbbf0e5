"""Emacs 28 in batch with Debian's eglot 1.9 and editors/emacs: the diagnostics of an input file with a wrong
status value reach flymake, at the right place."""
import json
import os
import shutil
import subprocess
import tempfile

import pytest

from test_neovim import BINARY, INPUT, REPO


def test_a_wrong_status_value_reaches_flymake_where_it_is():
    if shutil.which('emacs') is None:
        pytest.fail('Emacs is not installed: scripts/install-deps.sh --test installs emacs-nox and elpa-eglot')
    workspace = tempfile.mkdtemp(prefix='cli-input-ls-emacs-')
    input_file = os.path.join(workspace, 'run.ssm.describe-maintenance-window-execution-task-invocations.json')
    with open(input_file, 'w') as f:
        f.write(INPUT)
    result_file = os.path.join(workspace, 'result.jsonl')
    env = dict(os.environ, CLI_INPUT_LS_BIN=BINARY, CLI_INPUT_LS_SCHEMAS=os.path.join(REPO, 'schemas'),
               INPUT_FILE=input_file, RESULT_FILE=result_file, HOME=workspace)
    run = subprocess.run(
        ['emacs', '--batch', '-Q', '-L', '/usr/share/emacs/site-lisp/elpa/eglot-1.9',
         '-L', os.path.join(REPO, 'editors', 'emacs'), '-l', os.path.join(REPO, 'Tests', 'Editors', 'emacs_check.el')],
        env=env, cwd=workspace, timeout=120, capture_output=True, text=True)
    with open(result_file) as f:
        diagnostics = [json.loads(line) for line in f if line.startswith('{')]
    print('\nflymake holds:', json.dumps(diagnostics, indent=1))
    assert diagnostics, run.stderr[-2000:]
    wrong = [d for d in diagnostics if 'SUCCES' in d['text'] and 'allowed' in d['text']]
    assert len(wrong) == 1
    assert wrong[0]['line'] == 5 and wrong[0]['text_at'] == '"SUCCES"'
    assert wrong[0]['type'] == 'eglot-warning'
