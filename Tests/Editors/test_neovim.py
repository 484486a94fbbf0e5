"""Neovim (Debian's 0.7, headless) with editors/nvim: diagnostics, completion and an unrelated file, through
Neovim's own LSP client."""
import json
import os
import shutil
import subprocess
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get('CLI_INPUT_LS') or os.path.join(REPO, '.build', 'release', 'cli-input-ls')
STATUSES = ['PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILED', 'TIMED_OUT', 'CANCELLING', 'CANCELLED']
INPUT = '''{
    "WindowExecutionId": "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
    "TaskId": "6a7b8c9d-0e1f-2a3b-4c5d-6e7f8a9b0c1d",
    "Filters": [
        {"Key": "STATUS", "Values": ["SUCCES", ""]}
    ]
}
'''
PACKAGE = '{"name": "x", "version": "1.0.0", "scripts": {"test": "jest"}}\n'
# An unrelated YAML file, with a value (yes) that an associated input file would get a yaml-scalar warning for.
COMPOSE = '''services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    environment:
      DEBUG: yes
'''


@pytest.fixture(scope='module')
def neovim_run():
    if shutil.which('nvim') is None:
        pytest.fail('Neovim is not installed: scripts/install-deps.sh --test installs it')
    workspace = tempfile.mkdtemp(prefix='cli-input-ls-nvim-')
    os.mkdir(os.path.join(workspace, '.git'))
    input_file = os.path.join(workspace, 'run.ssm.describe-maintenance-window-execution-task-invocations.json')
    with open(input_file, 'w') as f:
        f.write(INPUT)
    package_file = os.path.join(workspace, 'package.json')
    with open(package_file, 'w') as f:
        f.write(PACKAGE)
    compose_file = os.path.join(workspace, 'docker-compose.yml')
    with open(compose_file, 'w') as f:
        f.write(COMPOSE)
    result_file = os.path.join(workspace, 'result.json')
    env = dict(os.environ, CLI_INPUT_LS_BIN=BINARY, CLI_INPUT_LS_SCHEMAS=os.path.join(REPO, 'schemas'),
               INPUT_FILE=input_file, PACKAGE_FILE=package_file, COMPOSE_FILE=compose_file,
               RESULT_FILE=result_file, HOME=workspace,
               XDG_CONFIG_HOME=workspace, XDG_DATA_HOME=workspace, XDG_STATE_HOME=workspace)
    subprocess.run(
        ['nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '--cmd', f'set rtp+={REPO}/editors/nvim',
         '-c', f'luafile {REPO}/Tests/Editors/nvim_check.lua'],
        env=env, cwd=workspace, timeout=120, capture_output=True)
    with open(result_file) as f:
        result = json.load(f)
    assert 'error' not in result, result['error']
    print('\nNeovim saw:', json.dumps(result, indent=1))
    return result


def test_a_wrong_status_value_is_reported_where_it_is(neovim_run):
    findings = [d for d in neovim_run['diagnostics'] if d['code'] == 'filter-value']
    assert len(findings) == 1
    finding = findings[0]
    assert finding['lnum'] == 4
    assert INPUT.split('\n')[4][finding['col']:finding['end_col']] == '"SUCCES"'
    assert "SUCCESS" in finding['message']


def test_completion_in_the_values_array_offers_the_seven_statuses(neovim_run):
    assert neovim_run['completion'] == STATUSES


def test_package_json_gets_no_error_diagnostics(neovim_run):
    assert neovim_run['package_attached']
    assert neovim_run['package_errors'] == 0


def test_docker_compose_yml_gets_no_error_diagnostics(neovim_run):
    assert neovim_run['compose_attached']
    assert neovim_run['compose_errors'] == 0
