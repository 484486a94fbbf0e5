"""The Helix, Sublime Text and Zed configurations in editors/: they parse, start `cli-input-ls serve` for JSON, YAML
and shell scripts next to the editor's own servers, and, run the way each editor runs them (initializationOptions,
answers to workspace/configuration), bring their settings to the built server."""
import copy
import json
import os
import re
import tempfile
import tomllib

import pytest

from lsp_stdio import LSPClient
from test_neovim import BINARY, COMPOSE, INPUT, PACKAGE, REPO
from test_vscode import OPERATION, SCHEMAS

EDITORS = os.path.join(REPO, 'editors')
# What the tests fill in where the configurations leave the user's values empty.
TEST_SETTINGS = {'modelDirectories': [SCHEMAS], 'associations': {'job.json': f'ssm {OPERATION}'}}


def strip_comments(text):
    """JSON with `//` and `/* */` comments (Sublime Text's and Zed's settings files) to plain JSON."""
    return re.sub(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/',
                  lambda m: m.group(0) if m.group(0).startswith('"') else '', text, flags=re.S)


def lookup(settings, section):
    """A dotted section in nested settings, as the editors answer workspace/configuration."""
    value = settings
    for key in (section or '').split('.') if section else []:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


@pytest.fixture(scope='module')
def workspace():
    directory = tempfile.mkdtemp(prefix='cli-input-ls-configs-')
    os.mkdir(os.path.join(directory, '.git'))
    for name, text in [('job.json', INPUT), ('package.json', PACKAGE), ('docker-compose.yml', COMPOSE)]:
        with open(os.path.join(directory, name), 'w') as f:
            f.write(text)
    return directory


def check_with_server(workspace, command, initialization_options, configuration):
    """Runs the server as configured; returns the diagnostics of the three workspace files and the sections asked."""
    assert os.path.basename(command[0]) == 'cli-input-ls'
    client = LSPClient([BINARY] + command[1:], workspace, configuration)
    try:
        client.initialize(initialization_options)
        found = {
            'job.json': client.open('job.json', 'json', INPUT, wait_for_code='filter-value'),
            'package.json': client.open('package.json', 'json', PACKAGE),
            'docker-compose.yml': client.open('docker-compose.yml', 'yaml', COMPOSE),
        }
        print('\nThe server published:', json.dumps({
            name: [f"{d['range']['start']['line']}:{d['range']['start']['character']} severity {d['severity']} "
                   f"[{d.get('code')}]" for d in diagnostics] for name, diagnostics in found.items()}, indent=1))
        return found, client.configuration_sections
    finally:
        client.close()


def assert_findings(found):
    wrong = [d for d in found['job.json'] if d.get('code') == 'filter-value']
    assert len(wrong) == 1 and wrong[0]['range']['start'] == {'line': 4, 'character': 37}
    for name in ['package.json', 'docker-compose.yml']:
        assert [d for d in found[name] if d.get('severity') == 1] == [], name


# ---- Helix ----------------------------------------------------------------------------------------------------

# Helix's own servers for these languages (its languages.toml), which a user's `language-servers` list replaces.
HELIX_DEFAULTS = {
    'json': ['vscode-json-language-server'],
    'jsonc': ['vscode-json-language-server'],
    'yaml': ['yaml-language-server', 'ansible-language-server'],
    'bash': ['bash-language-server'],
}


@pytest.fixture(scope='module')
def helix():
    with open(os.path.join(EDITORS, 'helix', 'languages.toml'), 'rb') as f:
        return tomllib.load(f)


def test_helix_starts_the_server_with_serve(helix):
    server = helix['language-server']['cli-input-ls']
    assert [server['command']] + server['args'] == ['cli-input-ls', 'serve']


def test_helix_adds_the_server_to_json_yaml_and_bash_after_its_defaults(helix):
    languages = {entry['name']: entry['language-servers'] for entry in helix['language']}
    assert set(languages) == set(HELIX_DEFAULTS)
    for name, servers in languages.items():
        assert servers == HELIX_DEFAULTS[name] + ['cli-input-ls'], name


def test_helix_settings_reach_the_server(helix, workspace):
    server = helix['language-server']['cli-input-ls']
    config = copy.deepcopy(server['config'])
    assert set(config) == {'cliInputLs'}
    config['cliInputLs'].update(TEST_SETTINGS)
    # Helix sends `config` as initializationOptions and answers workspace/configuration from it by section.
    found, sections = check_with_server(workspace, [server['command']] + server['args'], config,
                                        lambda section: lookup(config, section))
    assert sections == ['cliInputLs']
    assert_findings(found)


# ---- Sublime Text ---------------------------------------------------------------------------------------------

@pytest.fixture(scope='module')
def sublime():
    with open(os.path.join(EDITORS, 'sublime', 'LSP.sublime-settings')) as f:
        return json.loads(strip_comments(f.read()))


def test_sublime_client_starts_the_server_for_json_yaml_and_shell(sublime):
    client = sublime['clients']['cli-input-ls']
    assert client['enabled'] is True
    assert client['command'] == ['cli-input-ls', 'serve']
    assert {scope.strip() for scope in client['selector'].split('|')} == {
        'source.json', 'source.yaml', 'source.shell.bash'}


def test_sublime_settings_use_the_server_keys(sublime):
    settings = sublime['clients']['cli-input-ls']['settings']
    assert set(settings) == {'cliInputLs'}
    assert set(settings['cliInputLs']) <= {'modelDirectories', 'associations', 'cliVersion'}


def test_sublime_settings_reach_the_server(sublime, workspace):
    client = sublime['clients']['cli-input-ls']
    settings = copy.deepcopy(client['settings'])
    settings['cliInputLs'].update(TEST_SETTINGS)
    # Sublime's LSP sends initializationOptions as given (none here) and answers workspace/configuration from
    # "settings" by dotted section.
    found, sections = check_with_server(workspace, client['command'], client.get('initializationOptions'),
                                        lambda section: lookup(settings, section))
    assert sections == ['cliInputLs']
    assert_findings(found)


# ---- Zed ------------------------------------------------------------------------------------------------------

@pytest.fixture(scope='module')
def zed():
    with open(os.path.join(EDITORS, 'zed', 'settings.json')) as f:
        return json.loads(strip_comments(f.read()))


def test_zed_starts_the_server_with_serve(zed):
    binary = zed['lsp']['cli-input-ls']['binary']
    assert [binary['path']] + binary['arguments'] == ['cli-input-ls', 'serve']


def test_zed_adds_the_server_next_to_its_own(zed):
    languages = zed['languages']
    assert set(languages) == {'JSON', 'JSONC', 'YAML', 'Shell Script'}
    for name, settings in languages.items():
        assert settings['language_servers'] == ['...', 'cli-input-ls'], name


def test_zed_settings_reach_the_server(zed, workspace):
    server = zed['lsp']['cli-input-ls']
    settings = copy.deepcopy(server['settings'])
    settings['cliInputLs'].update(TEST_SETTINGS)
    found, sections = check_with_server(workspace, [server['binary']['path']] + server['binary']['arguments'],
                                        server.get('initialization_options'), lambda section: lookup(settings, section))
    assert sections == ['cliInputLs']
    assert_findings(found)


def test_the_readmes_exist_and_say_what_they_attach_to():
    for editor in ['vscode', 'helix', 'sublime', 'zed', 'nvim', 'emacs']:
        with open(os.path.join(EDITORS, editor, 'README.md')) as f:
            text = f.read()
        assert '## Install' in text and '## What it attaches to' in text and '## Settings' in text, editor


def test_strip_comments_keeps_slashes_inside_strings():
    assert json.loads(strip_comments('{"a": "x // y /* z */", // c\n "b": 1 /* d */}')) == {
        'a': 'x // y /* z */', 'b': 1}
