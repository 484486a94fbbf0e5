"""Never lose data: the commands (check, skeleton, operations, params, shorthand) only read, `schemas build` writes only under --out and refuses other existing
directories, and the language server never writes a file (it proposes edits, the editor applies them).

Each test snapshots a sandbox (workspace, HOME, TMPDIR) before and after and requires it byte for byte unchanged.
"""
import glob
import os
import subprocess
import sys

import pytest

from conftest import REPO, differences, snapshot

sys.path.insert(0, os.path.join(REPO, 'Tests', 'Soak'))
import soak  # noqa: E402

READING_COMMANDS = [
    ['check', '.'],
    ['check', '--format', 'json', 'a.ssm.list-command-invocations.json', 'b.yaml', 'nightly/c.json'],
    ['check', '--format', 'sarif', 'examples'],
    ['check', '--operation', 'ssm list-command-invocations', 'broken.ssm.list-command-invocations.json'],
    ['check', 'missing.json'],
    ['skeleton', 'ssm', 'list-command-invocations'],
    ['skeleton', 'ssm', 'list-command-invocations', 'yaml-input'],
    ['skeleton', 'ec2', 'describe-instances', 'output'],
    ['skeleton', 's3api', 'get-object'],
    ['operations'],
    ['operations', 'ssm', '--json'],
    ['shorthand', 'Key=STATUS,Values=SUCCESS,FAILED'],
    ['shorthand', 'k@=file://pf.txt'],
    ['shorthand', 'k@=fileb://pf.txt,x'],
    ['shorthand', '-'],
    ['params', 'ssm', 'list-command-invocations', '--filters', 'key=Status,value=Success', '--max-items', '5'],
    ['params', 'ssm', 'list-command-invocations', '--cli-input-json', 'file://a.ssm.list-command-invocations.json'],
    ['params', 'ssm', 'send-command', '--parameters', 'commands=@=file://pf.txt', '--document-name', 'd'],
    ['check', 'examples/report.sh'],
    ['--version'],
    ['check', '--help'],
]


def environment(sandbox):
    return dict(os.environ, HOME=os.path.join(sandbox, 'home'), TMPDIR=os.path.join(sandbox, 'tmp'))


@pytest.mark.parametrize('arguments', READING_COMMANDS, ids=' '.join)
def test_command_only_reads(binary, sandbox, arguments):
    before = snapshot(sandbox)
    result = subprocess.run([binary] + arguments, cwd=os.path.join(sandbox, 'workspace'), env=environment(sandbox),
                            input=b'"a=b"\n"x=\\ud800"\n', capture_output=True, timeout=120)
    assert result.returncode in (0, 1, 2), result.stderr
    assert result.stdout or result.stderr  # it did something
    assert differences(before, snapshot(sandbox)) == []


def botocore_data():
    import botocore
    return os.path.join(os.path.dirname(botocore.__file__), 'data')


@pytest.fixture
def small_botocore(sandbox):
    """A botocore data directory with two services copied from the installed botocore."""
    source = botocore_data()
    target = os.path.join(sandbox, 'botocore-data')
    for service in ('sqs', 'ssm'):
        for path in glob.glob(os.path.join(source, service, '*', '*')):
            relative = os.path.relpath(path, source)
            os.makedirs(os.path.dirname(os.path.join(target, relative)), exist_ok=True)
            with open(path, 'rb') as f, open(os.path.join(target, relative), 'wb') as out:
                out.write(f.read())
    for name in ('endpoints.json', 'partitions.json', 'sdk-default-configuration.json'):
        if os.path.exists(os.path.join(source, name)):
            with open(os.path.join(source, name), 'rb') as f, open(os.path.join(target, name), 'wb') as out:
                out.write(f.read())
    return target


def test_schemas_build_writes_only_under_out(binary, sandbox, small_botocore):
    out = os.path.join(sandbox, 'workspace', 'bundle')
    before = snapshot(sandbox)
    result = subprocess.run([binary, 'schemas', 'build', '--from', small_botocore, '--out', out],
                            cwd=os.path.join(sandbox, 'workspace'), env=environment(sandbox), capture_output=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    after = snapshot(sandbox, skip=out)
    # The only change outside --out: the directory that now holds it.
    assert differences(before, after) == [os.path.join(sandbox, 'workspace')]
    written = [os.path.relpath(p, out) for p in snapshot(out) if os.path.isfile(p)]
    assert 'README.md' in written and any(p.startswith('ssm' + os.sep) for p in written)

    # An earlier bundle may be rewritten in place.
    before = snapshot(sandbox, skip=out)
    again = subprocess.run([binary, 'schemas', 'build', '--from', small_botocore, '--out', out],
                           env=environment(sandbox), capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert differences(before, snapshot(sandbox, skip=out)) == []


@pytest.mark.parametrize('occupied', ['workspace', 'workspace/examples', 'home'])
def test_schemas_build_refuses_other_directories(binary, sandbox, small_botocore, occupied):
    out = os.path.join(sandbox, occupied)
    before = snapshot(sandbox)
    result = subprocess.run([binary, 'schemas', 'build', '--from', small_botocore, '--out', out],
                            env=environment(sandbox), capture_output=True, timeout=300)
    assert result.returncode != 0
    assert b'--out' in result.stderr or b'refus' in result.stderr
    assert differences(before, snapshot(sandbox)) == []


def test_server_never_writes(binary, sandbox):
    """A session with saves and code actions (including "Convert to YAML", which proposes a new file): the
    workspace, HOME and TMPDIR stay unchanged, and the new file comes back as a WorkspaceEdit to apply."""
    before = snapshot(sandbox)
    workspace = os.path.join(sandbox, 'workspace')
    server = soak.Server(binary, workspace, environment(sandbox))
    uri = 'file://' + os.path.join(workspace, 'a.ssm.list-command-invocations.json')
    capabilities = {'workspace': {'workspaceEdit': {'documentChanges': True,
                                                    'resourceOperations': ['create', 'rename', 'delete']}}}
    server.wait(server.request('initialize', {'processId': os.getpid(), 'rootUri': 'file://' + workspace,
                                              'capabilities': capabilities}))
    server.notify('initialized', {})
    with open(os.path.join(workspace, 'a.ssm.list-command-invocations.json'), encoding='utf-8', newline='') as f:
        text = f.read()
    server.notify('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'json', 'version': 1,
                                                            'text': text}})
    at = {'line': 0, 'character': 1}
    actions = server.wait(server.request('textDocument/codeAction', {
        'textDocument': {'uri': uri}, 'range': {'start': at, 'end': at}, 'context': {'diagnostics': []}}))['result']
    convert = [action for action in actions if action['title'].startswith('Convert to YAML')]
    assert convert, [action['title'] for action in actions]
    assert any(change.get('kind') == 'create' for change in convert[0]['edit']['documentChanges'])
    server.notify('textDocument/didSave', {'textDocument': {'uri': uri}})
    server.wait(server.request('shutdown', None))
    server.notify('exit', None)
    assert server.process.wait(timeout=30) == 0
    assert differences(before, snapshot(sandbox)) == []


def test_soak_sessions_leave_the_workspace_alone(binary):
    """A few random soak sessions; each snapshots its own workspace before and after (see soak.py)."""
    for index in range(5):
        soak.run_session(binary, seed=8, ops=60, index=index)
