"""`cli-input-ls skeleton` against botocore's own skeleton generator, for every operation of every service of the
installed botocore, printed the way the AWS CLI prints it."""
import json
import random
from unittest import mock

import pytest
from botocore.utils import ArgumentGenerator

from awscli.utils import json_encoder
from conftest import batch, run
from v2_yaml_skeleton import yaml_skeleton

SEED_LIST = """CommandId: ''  # (Optional) The invocations for a specific command ID.
InstanceId: '' # (Optional) The command execution details for a specific managed node ID.
MaxResults: 0 # (Optional) The maximum number of items to return for this call.
NextToken: '' # (Optional) The token for the next set of items to return.
Filters: # (Optional) One or more filters.
- key: InvokedAfter  # [REQUIRED] The name of the filter. Valid values are: InvokedAfter, InvokedBefore, Status, ExecutionStage, DocumentName.
  value: '' # [REQUIRED] The filter value.
Details: true # (Optional) If set this returns the response of the command executions and any command output.
"""

SEED_WINDOW = """WindowExecutionId: ''  # [REQUIRED] The ID of the maintenance window execution the task is part of.
TaskId: '' # [REQUIRED] The ID of the specific task in the maintenance window task that should be retrieved.
Filters: # Optional filters used to scope down the returned task invocations.
- Key: ''  # The name of the filter.
  Values: # The filter values.
  - ''
MaxResults: 0 # The maximum number of items to return for this call.
NextToken: '' # The token for the next set of items to return.
"""

# Commands the AWS CLI removes or replaces by hand-written ones: no model skeleton (checked in test_command_table).
REMOVED_OR_CUSTOM = None


def cli_operations(session, clidriver):
    """(cli service, cli operation, operation model) for every model-driven command of the installed AWS CLI."""
    from awscli.clidriver import ServiceCommand, ServiceOperation
    result = []
    for name, command in sorted(clidriver._get_command_table().items()):
        if not isinstance(command, ServiceCommand):
            continue
        for op_name, op in command._get_command_table().items():
            if isinstance(op, ServiceOperation) and not getattr(op, '_UNDOCUMENTED', False):
                result.append((name, op_name, op._operation_model))
    return result


@pytest.fixture(scope='module')
def operations(session, clidriver):
    return cli_operations(session, clidriver)


def expected_input(operation_model):
    if operation_model.input_shape is None:
        skeleton = {}
    else:
        # v1 picks random.choice(enum); v2 (and cli-input-ls) the first member.
        with mock.patch.object(random, 'choice', lambda seq: seq[0]):
            skeleton = ArgumentGenerator().generate_skeleton(operation_model.input_shape)
    return json.dumps(skeleton, indent=4, default=json_encoder) + '\n'


def expected_output(operation_model):
    skeleton = {}
    if operation_model.output_shape is not None:
        skeleton = ArgumentGenerator(use_member_names=True).generate_skeleton(operation_model.output_shape)
    return json.dumps(skeleton, indent=4, default=json_encoder) + '\n'


def compare(binary, botocore_data, operations, fmt, expected):
    results = batch(binary, 'skeleton', [f'{s} {o} {fmt}' for s, o, _ in operations], models=botocore_data)
    mismatches = []
    for (service, op, model), got in zip(operations, results):
        if model.has_streaming_output:
            if 'error' not in got:
                mismatches.append((service, op, 'expected "no skeleton" for streaming output'))
            continue
        want = expected(model)
        if got.get('skeleton') != want:
            mismatches.append((service, op, got.get('error') or 'different text'))
    assert not mismatches, f'{len(mismatches)} of {len(operations)} differ, first: {mismatches[:10]}'
    return len(operations)


def test_input_skeleton_of_every_operation(binary, botocore_data, operations):
    count = compare(binary, botocore_data, operations, 'input', expected_input)
    assert count > 15000


def test_output_skeleton_of_every_operation(binary, botocore_data, operations):
    compare(binary, botocore_data, operations, 'output', expected_output)


def test_yaml_input_of_every_operation(binary, botocore_data, operations):
    compare(binary, botocore_data, operations, 'yaml-input', yaml_skeleton)


def test_yaml_input_of_the_seeds_is_exactly_awscli_v2(binary, botocore_data, session):
    got = run(binary, 'skeleton', 'ssm', 'list-command-invocations', 'yaml-input', models=botocore_data, check=True)
    assert got.stdout == SEED_LIST
    got = run(binary, 'skeleton', 'ssm', 'describe-maintenance-window-execution-task-invocations', 'yaml-input',
              models=botocore_data, check=True)
    assert got.stdout == SEED_WINDOW
    # The reference used for every other operation gives the same text.
    model = session.get_service_model('ssm')
    assert yaml_skeleton(model.operation_model('ListCommandInvocations')) == SEED_LIST
    assert yaml_skeleton(model.operation_model('DescribeMaintenanceWindowExecutionTaskInvocations')) == SEED_WINDOW


def test_input_skeleton_of_the_seeds_matches_the_real_cli(binary, botocore_data):
    """The real `aws ... --generate-cli-skeleton` (v1: random enum member, so compare after normalising it)."""
    import subprocess
    for op in ('describe-maintenance-window-execution-task-invocations', 'list-command-invocations'):
        real = subprocess.run(['aws', 'ssm', op, '--generate-cli-skeleton'], capture_output=True, text=True,
                              check=True).stdout
        ours = run(binary, 'skeleton', 'ssm', op, models=botocore_data, check=True).stdout
        real_value, our_value = json.loads(real), json.loads(ours)
        if op == 'list-command-invocations':
            assert real_value['Filters'][0]['key'] in (
                'InvokedAfter', 'InvokedBefore', 'Status', 'ExecutionStage', 'DocumentName')
            real_value['Filters'][0]['key'] = 'InvokedAfter'
            real = json.dumps(real_value, indent=4) + '\n'
        assert ours == real


def test_no_input_operation_prints_empty_object(binary, botocore_data):
    assert run(binary, 'skeleton', 'sts', 'get-caller-identity', models=botocore_data).stdout == '{}\n'


def test_streaming_output_operation_says_why(binary, botocore_data):
    result = run(binary, 'skeleton', 's3api', 'get-object', models=botocore_data)
    assert result.returncode == 1 and 'outfile' in result.stderr and result.stdout == ''
