"""Fixtures of the reliability suite: the built binary, and a workspace whose every byte is compared before and
after a command."""
import hashlib
import os
import shutil
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(scope='session')
def binary():
    explicit = os.environ.get('CLI_INPUT_LS')
    if explicit:
        return explicit
    for build in ('release', 'debug'):
        path = os.path.join(REPO, '.build', build, 'cli-input-ls')
        if os.path.exists(path):
            return path
    pytest.fail('cli-input-ls is not built: run `swift build -c release` (scripts/test.sh does)')


def snapshot(directory, skip=None):
    """Every directory (with its mtime) and file (size, mtime, SHA-256) under `directory`, except under `skip`.

    Snapshots rather than read-only permissions: the tests may run as root, whom permissions do not stop.
    """
    result = {}
    for root, dirs, files in os.walk(directory):
        if skip and (root == skip or root.startswith(skip + os.sep)):
            dirs[:] = []
            continue
        result[root] = ('directory', os.stat(root).st_mtime_ns)
        for name in files:
            path = os.path.join(root, name)
            stat = os.lstat(path)
            with open(path, 'rb') as f:
                result[path] = (stat.st_size, stat.st_mtime_ns, hashlib.sha256(f.read()).hexdigest())
    return result


def differences(before, after):
    return sorted({path for path in set(before) | set(after) if before.get(path) != after.get(path)})


@pytest.fixture
def sandbox():
    """A temporary directory holding a workspace (input files, .cli-input.yaml, a param file), a HOME and a
    TMPDIR, all watched; yields its path."""
    root = tempfile.mkdtemp(prefix='cli-input-reliability-')
    workspace = os.path.join(root, 'workspace')
    for directory in ('workspace/nightly', 'home/.aws', 'tmp'):
        os.makedirs(os.path.join(root, directory))
    shutil.copytree(os.path.join(REPO, 'examples'), os.path.join(workspace, 'examples'))
    files = {
        'a.ssm.list-command-invocations.json': '{"CommandId": "é😀", "Details": "yes"}\r\n',
        'b.yaml': '# cli-input: ssm list-command-invocations\nCommandId: x\nDetails: yes\n',
        'broken.ssm.list-command-invocations.json': '{"CommandId": ',
        'nightly/c.json': '{"CommandID": "c"}',
        '.cli-input.yaml': 'associations:\n  "nightly/*.json": ssm list-command-invocations\n',
        'pf.txt': 'hello\n',
    }
    for name, text in files.items():
        with open(os.path.join(workspace, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    yield root
    shutil.rmtree(root, ignore_errors=True)
