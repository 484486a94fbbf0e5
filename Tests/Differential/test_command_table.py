"""Service and operation names of cli-input-ls against the installed AWS CLI's own command table."""
import json
import os

import botocore
import pytest

from conftest import run


@pytest.fixture(scope='module')
def command_table(clidriver):
    from awscli.clidriver import ServiceCommand, ServiceOperation
    table = {}
    for name, command in clidriver._get_command_table().items():
        if isinstance(command, ServiceCommand) and not getattr(command, '_UNDOCUMENTED', False):
            ops = command._get_command_table()
            table[name] = {
                'model': {botocore.xform_name(o, '-') for o in command._get_service_model().operation_names},
                'documented': sorted(n for n, c in ops.items()
                                     if isinstance(c, ServiceOperation) and not getattr(c, '_UNDOCUMENTED', False)),
            }
    return table


def test_every_service_has_the_cli_name(binary, botocore_data, command_table):
    """Every service of the CLI's command table is listed under its CLI name. The search path ends with the
    bundled schemas, which may be newer than the installed botocore: a listed service the CLI does not know must
    be one that only the bundle has."""
    listed = set(run(binary, 'operations', models=botocore_data, check=True).stdout.split())
    assert set(command_table) <= listed
    bundle = os.path.join(os.path.dirname(__file__), '..', '..', 'schemas')
    for extra in sorted(listed - set(command_table)):
        assert not os.path.isdir(os.path.join(botocore_data, extra)), extra
        assert os.path.isdir(os.path.join(bundle, extra)), extra


def test_hidden_service_alias_resolves(binary, botocore_data):
    result = run(binary, 'skeleton', 'runtime.sagemaker', 'invoke-endpoint-async', models=botocore_data, check=True)
    assert '"EndpointName"' in result.stdout


def test_every_operation_has_the_cli_name(binary, botocore_data, command_table):
    mismatches = []
    for service, info in sorted(command_table.items()):
        got = json.loads(run(binary, 'operations', service, '--json', models=botocore_data, check=True).stdout)
        names = sorted(op['name'] for op in got['operations'] if not op.get('hidden'))
        for op in got['operations']:
            if op.get('removed') or op.get('handWritten'):
                assert op['name'] not in info['documented']
        if names != info['documented']:
            mismatches.append((service, set(names) ^ set(info['documented'])))
    assert not mismatches, mismatches[:10]


def test_every_operation_name_converts_as_botocore_xform_name(binary, botocore_data, session):
    """Every operation of every service has an entry in `operations --json` named
    `botocore.xform_name(name, '-')` by the installed botocore."""
    mismatches = []
    count = 0
    for service_name in session.get_available_services():
        model = session.get_service_model(service_name)
        cli = {'s3': 's3api', 'codedeploy': 'deploy', 'config': 'configservice'}.get(service_name, service_name)
        got = json.loads(run(binary, 'operations', cli, '--json', models=botocore_data, check=True).stdout)
        listed = {}
        for entry in got['operations']:
            listed.setdefault(entry['apiName'], set()).add(entry['name'])
        for op in model.operation_names:
            expected = botocore.xform_name(op, '-')
            count += 1
            if expected not in listed.get(op, ()):
                mismatches.append((service_name, op, listed.get(op), expected))
    assert count > 15000
    assert not mismatches, mismatches[:10]

