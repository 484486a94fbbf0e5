"""The VS Code extension in editors/vscode: the manifest is consistent with the server it starts (settings, commands,
activation), the client passes `node --check`, and extension.js, run under fake `vscode` and
`vscode-languageclient` modules whose client talks to the built server, starts it with the right options and feeds
its skeleton command from the server."""
import json
import os
import re
import shutil
import subprocess
import tempfile

import pytest

from test_neovim import BINARY, COMPOSE, INPUT, PACKAGE, REPO

EXTENSION_DIR = os.path.join(REPO, 'editors', 'vscode')
EXTENSION = os.path.join(EXTENSION_DIR, 'extension.js')
SCHEMAS = os.path.join(REPO, 'schemas')
OPERATION = 'describe-maintenance-window-execution-task-invocations'
LANGUAGES = ['json', 'jsonc', 'yaml', 'shellscript']


def lsp_exchange(messages):
    """Sends framed JSON-RPC messages to `cli-input-ls serve` and returns every message it wrote."""
    payload = b''
    for message in messages:
        body = json.dumps(dict(message, jsonrpc='2.0')).encode()
        payload += b'Content-Length: %d\r\n\r\n' % len(body) + body
    output = subprocess.run([BINARY, 'serve'], input=payload, capture_output=True, timeout=60).stdout
    received = []
    while output:
        header, _, rest = output.partition(b'\r\n\r\n')
        length = int(re.search(rb'Content-Length: *(\d+)', header, re.I).group(1))
        received.append(json.loads(rest[:length]))
        output = rest[length:]
    return received


@pytest.fixture(scope='module')
def server_capabilities():
    """The capabilities of a real `initialize` response of the built binary."""
    received = lsp_exchange([
        {'id': 1, 'method': 'initialize', 'params': {'processId': None, 'rootUri': None, 'capabilities': {}}},
        {'method': 'initialized', 'params': {}},
        {'id': 2, 'method': 'shutdown'},
        {'method': 'exit'},
    ])
    answer = next(m for m in received if m.get('id') == 1)
    return answer['result']['capabilities']


@pytest.fixture(scope='module')
def manifest():
    with open(os.path.join(EXTENSION_DIR, 'package.json')) as f:
        return json.load(f)


def server_setting_keys():
    """The keys ServerSettings reads, from its source."""
    with open(os.path.join(REPO, 'Sources', 'LanguageServer', 'ServerSettings.swift')) as f:
        return set(re.findall(r'settings\["(\w+)"\]', f.read()))


def run_extension(workspace, settings, picks=(), open_files=()):
    if shutil.which('node') is None:
        pytest.fail('Node is not installed: scripts/install-deps.sh --test installs it')
    result_file = os.path.join(workspace, 'vscode-result.json')
    env = dict(os.environ, EXTENSION=EXTENSION, SETTINGS=json.dumps(settings), PICKS=json.dumps(list(picks)),
               OPEN=json.dumps(list(open_files)), WORKSPACE=workspace, RESULT_FILE=result_file)
    subprocess.run(['node', os.path.join(REPO, 'Tests', 'Editors', 'vscode_check.js')], env=env, timeout=120,
                   check=True)
    with open(result_file) as f:
        result = json.load(f)
    assert 'crash' not in result, result['crash']
    return result


@pytest.fixture(scope='module')
def workspace():
    directory = tempfile.mkdtemp(prefix='cli-input-ls-vscode-')
    for name, text in [('job.json', INPUT), ('package.json', PACKAGE), ('docker-compose.yml', COMPOSE)]:
        with open(os.path.join(directory, name), 'w') as f:
            f.write(text)
    return directory


SETTINGS = {
    'serverPath': BINARY,
    'modelDirectories': [SCHEMAS],
    # job.json has no operation in its name: only this setting associates it.
    'associations': {'job.json': f'ssm {OPERATION}'},
    'cliVersion': '2',
}


@pytest.fixture(scope='module')
def vscode_run(workspace):
    result = run_extension(
        workspace, SETTINGS,
        picks=[['ssm', OPERATION, 'input'], ['ssm', 'list-commands', 'yaml-input']],
        open_files=[['job.json', 'json'], ['package.json', 'json'], ['docker-compose.yml', 'yaml']])
    summary = {
        'server': result['clients'][0]['serverOptions'],
        'initializationOptions': result['clients'][0]['clientOptions']['initializationOptions'],
        'quick picks': [f"{p['title']}: {p['count']} items, {', '.join(p['sample'])}..." for p in result['quickPicks']],
        'requests': [f"{r['params']['command']} {json.dumps(r['params']['arguments'])}" for r in result['requests']],
        'opened': [f"{d['language']}: {d['content'].splitlines()[0]} ... ({len(d['content'].splitlines())} lines)"
                   for d in result['opened']],
        'diagnostics': {name: [f"{d['range']['start']['line']}:{d['range']['start']['character']} "
                               f"severity {d['severity']} [{d.get('code')}] {d['message'][:60]}" for d in found]
                        for name, found in result['diagnostics'].items()},
    }
    print('\nThe fake VS Code saw:', json.dumps(summary, indent=1))
    return result


# ---- the manifest -----------------------------------------------------------------------------------------------

def test_manifest_has_the_fields_vs_code_and_vsce_require(manifest):
    for field in ['name', 'displayName', 'description', 'version', 'publisher', 'engines', 'main']:
        assert manifest.get(field), field
    assert re.fullmatch(r'[a-z0-9][a-z0-9-]*', manifest['name'])
    assert re.fullmatch(r'\d+\.\d+\.\d+', manifest['version'])
    assert manifest['engines']['vscode'].startswith('^1.')
    assert os.path.normpath(os.path.join(EXTENSION_DIR, manifest['main'])) == EXTENSION
    assert 'vscode-languageclient' in manifest['dependencies']
    assert not os.path.exists(os.path.join(EXTENSION_DIR, 'node_modules'))


def test_activation_events_cover_the_languages_and_the_command(manifest):
    events = manifest['activationEvents']
    for language in LANGUAGES:
        assert f'onLanguage:{language}' in events
    for command in manifest['contributes']['commands']:
        assert f"onCommand:{command['command']}" in events


def test_contributed_settings_are_the_server_settings_plus_the_client_ones(manifest):
    properties = manifest['contributes']['configuration']['properties']
    assert all(key.startswith('cliInputLs.') for key in properties)
    names = {key.split('.', 1)[1] for key in properties}
    assert names - {'serverPath', 'trace.server'} == server_setting_keys() == {
        'modelDirectories', 'associations', 'cliVersion'}
    assert properties['cliInputLs.modelDirectories']['type'] == 'array'
    assert properties['cliInputLs.associations']['type'] == 'object'
    assert set(properties['cliInputLs.cliVersion']['enum']) == {'', '1', '2'}
    # Settings a workspace can set must not choose the program VS Code runs.
    assert 'cliInputLs.serverPath' in manifest['capabilities']['untrustedWorkspaces']['restrictedConfigurations']


def test_the_contributed_command_is_the_one_the_extension_registers(manifest, vscode_run):
    contributed = [command['command'] for command in manifest['contributes']['commands']]
    assert contributed == vscode_run['registeredCommands'] == ['cliInputLs.generateSkeleton']
    assert manifest['contributes']['commands'][0]['title'] == 'Generate AWS CLI input skeleton...'


def test_the_client_passes_node_check():
    if shutil.which('node') is None:
        pytest.fail('Node is not installed: scripts/install-deps.sh --test installs it')
    run = subprocess.run(['node', '--check', EXTENSION], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


# ---- extension.js under a fake VS Code ----------------------------------------------------------------------------

def test_the_server_starts_with_the_configured_path_and_the_selector(vscode_run):
    client = vscode_run['clients'][0]
    # The id names the settings section: vscode-languageclient reads `cliInputLs.trace.server` from it.
    assert client['id'] == 'cliInputLs'
    assert client['serverOptions'] == {'command': BINARY, 'args': ['serve']}
    selector = client['clientOptions']['documentSelector']
    assert sorted((s['scheme'], s['language']) for s in selector) == sorted(
        (scheme, language) for scheme in ['file', 'untitled'] for language in LANGUAGES)
    assert client['clientOptions']['synchronize'] == {'configurationSection': 'cliInputLs'}
    assert set(vscode_run['configurationSections']) == {'cliInputLs'}


def test_initialization_options_carry_the_settings_under_the_server_keys(vscode_run):
    options = vscode_run['clients'][0]['clientOptions']['initializationOptions']
    assert options == {key: SETTINGS[key] for key in server_setting_keys()}


def test_the_settings_reach_the_server(vscode_run):
    # job.json is associated only by the associations setting passed in initializationOptions.
    findings = [d for d in vscode_run['diagnostics']['job.json'] if d.get('code') == 'filter-value']
    assert len(findings) == 1
    assert findings[0]['range']['start'] == {'line': 4, 'character': 37}


@pytest.mark.parametrize('name', ['package.json', 'docker-compose.yml'])
def test_unrelated_files_get_no_error_diagnostics(vscode_run, name):
    assert name in vscode_run['diagnostics'], 'the server published nothing for it'
    assert [d for d in vscode_run['diagnostics'][name] if d.get('severity') == 1] == []


def test_the_command_uses_only_commands_the_server_advertises(vscode_run, server_capabilities):
    advertised = server_capabilities['executeCommandProvider']['commands']
    used = [r['params']['command'] for r in vscode_run['requests']]
    assert {r['method'] for r in vscode_run['requests']} == {'workspace/executeCommand'}
    assert set(used) == set(advertised)
    assert used == ['cli-input.listServices', 'cli-input.listOperations', 'cli-input.generateSkeleton'] * 2
    arguments = [r['params']['arguments'] for r in vscode_run['requests']]
    assert arguments[:3] == [[], ['ssm'], ['ssm', OPERATION, 'input']]
    assert arguments[5] == ['ssm', 'list-commands', 'yaml-input']


def test_the_quick_picks_are_fed_by_the_server(vscode_run):
    services, operations, formats = vscode_run['quickPicks'][:3]
    assert services['count'] > 300 and services['contains']
    assert operations['count'] > 100 and operations['contains']
    assert formats['count'] == 3 and formats['sample'] == ['input', 'yaml-input', 'output']
    assert [p['title'] for p in vscode_run['quickPicks'][:3]] == [
        f'Generate AWS CLI input skeleton ({n}/3)' for n in (1, 2, 3)]


def test_the_skeleton_opens_as_the_cli_prints_it(vscode_run):
    json_skeleton, yaml_skeleton = vscode_run['opened']
    expected = subprocess.run([BINARY, 'skeleton', '--models', SCHEMAS, 'ssm', OPERATION, 'input'],
                              capture_output=True, text=True, check=True).stdout
    assert json_skeleton == {'language': 'json', 'content': expected}
    expected_yaml = subprocess.run([BINARY, 'skeleton', '--models', SCHEMAS, 'ssm', 'list-commands', 'yaml-input'],
                                   capture_output=True, text=True, check=True).stdout
    assert yaml_skeleton['language'] == 'yaml'
    assert yaml_skeleton['content'].startswith('# cli-input: ssm list-commands\n')
    assert yaml_skeleton['content'].split('\n', 1)[1].rstrip('\n') == expected_yaml.rstrip('\n')
    assert vscode_run['shown'] == 2
    assert vscode_run['errors'] == []


def test_the_yaml_skeleton_is_associated_by_its_first_line(vscode_run):
    codes = {d.get('code') for d in vscode_run['diagnostics']['untitled:Untitled-1']}
    assert 'no-operation' not in codes
    assert 'unknown-operation' not in codes


def test_outline_and_folding_of_json_are_left_to_vs_code(vscode_run):
    middleware = vscode_run['middleware']
    for language in ['json', 'jsonc']:
        assert middleware[language] == {'symbols': [], 'folding': [], 'forwarded': 0}
    for language in ['yaml', 'shellscript']:
        assert middleware[language]['forwarded'] == 2


def test_changing_the_server_path_restarts_the_server(vscode_run):
    assert vscode_run['clientsAfterChanging cliInputLs.associations'] == 1
    assert vscode_run['clientsAfterChanging cliInputLs.serverPath'] == 2
    assert vscode_run['stoppedClients'] == 2


def test_a_missing_server_is_reported_and_the_extension_stays_active(workspace):
    missing = os.path.join(workspace, 'no-such-cli-input-ls')
    result = run_extension(workspace, dict(SETTINGS, serverPath=missing))
    assert result['registeredCommands'] == ['cliInputLs.generateSkeleton']
    assert len(result['errors']) == 1 and 'cliInputLs.serverPath' in result['errors'][0]
