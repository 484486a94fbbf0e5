"""Shared fixtures of the differential suites: they run the real AWS CLI / botocore and the built cli-input-ls on
the same input and compare."""
import json
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def _binary():
    explicit = os.environ.get('CLI_INPUT_LS')
    if explicit:
        return explicit
    for build in ('release', 'debug'):
        path = os.path.join(REPO, '.build', build, 'cli-input-ls')
        if os.path.exists(path):
            return path
    pytest.fail('cli-input-ls is not built: run `swift build -c release --product cli-input-ls --static-swift-stdlib` (scripts/test.sh does)')


@pytest.fixture(scope='session')
def binary():
    return _binary()


@pytest.fixture(scope='session')
def botocore_data():
    """The installed botocore's model directory: both sides read exactly these models."""
    import botocore
    return os.path.join(os.path.dirname(botocore.__file__), 'data')


@pytest.fixture(scope='session')
def session():
    import botocore.session
    return botocore.session.get_session()


@pytest.fixture(scope='session')
def clidriver():
    import awscli.clidriver
    return awscli.clidriver.create_clidriver()


def run(binary, *args, input=None, models=None, check=False, env=None):
    command = [binary] + (['--models', models] if models else []) + list(args)
    if models:
        # --models belongs to the subcommand: put it after the subcommand name.
        command = [binary, args[0], '--models', models] + list(args[1:])
    result = subprocess.run(command, input=input, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f'{command} failed ({result.returncode}): {result.stderr}')
    return result


def batch(binary, subcommand, lines, models=None):
    """Runs `cli-input-ls SUBCOMMAND --batch` once for all lines; returns one decoded JSON object per line."""
    result = run(binary, subcommand, '--batch', input=''.join(line + '\n' for line in lines), models=models,
                 check=True)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines), result.stderr
    return out
