"""Every operation's argument table (`params --list-arguments`) against the installed AWS CLI's own: the same
option names (renames, hidden aliases, customizations, paging, --cli-input-json, --generate-cli-skeleton), each
with the same arity and the same `required` as the CLI's argparse parser enforces."""
import json

import pytest

from conftest import run


def cli_tables(clidriver):
    from awscli.argparser import ArgTableArgParser
    from awscli.clidriver import ServiceCommand, ServiceOperation
    tables = {}
    for service, command in clidriver._get_command_table().items():
        if not isinstance(command, ServiceCommand):
            continue
        for name, operation in command._get_command_table().items():
            if not isinstance(operation, ServiceOperation):
                continue
            parser = ArgTableArgParser(operation.arg_table)
            entries = set()
            for action in parser._actions:
                label = action.option_strings[0] if action.option_strings else action.dest
                nargs = {None: '1', '?': '?', '*': '*', '+': '+', 0: '0'}[action.nargs]
                entries.add((label, nargs, bool(action.required)))
            tables.setdefault(service, {})[name] = entries
    return tables


@pytest.fixture(scope='module')
def expected(clidriver):
    return cli_tables(clidriver)


def test_every_argument_table_matches_the_cli(binary, botocore_data, expected):
    mismatches = []
    count = 0
    for service, operations in sorted(expected.items()):
        result = run(binary, 'params', '--list-arguments', '--cli-version', '1', service, models=botocore_data)
        assert result.returncode == 0, result.stderr
        ours = json.loads(result.stdout)
        for name, entries in operations.items():
            count += 1
            if name not in ours:
                mismatches.append((service, name, 'missing operation'))
                continue
            mine = {(e['name'], e['nargs'], e['required']) for e in ours[name]}
            if mine != entries:
                mismatches.append((service, name, sorted(mine - entries), sorted(entries - mine)))
    print(f'\nargument tables: {count - len(mismatches)}/{count} identical')
    for m in mismatches[:20]:
        print('  DIFF', m)
    assert count > 15000
    assert not mismatches
