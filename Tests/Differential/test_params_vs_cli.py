"""`params --batch --cli-version 1` against the real AWS CLI's argument processing (v1, in-process, nothing sent):
for generated and mutated command lines of a broad sample of operations, both must refuse the command line, or
both must build the same parameters for the first request (as botocore validates them)."""
import json
import os
import random
import tempfile
import time

import pytest

from cmdline_generator import CommandGenerator
from conftest import run
from params_oracle import ParamsOracle, canonical

OPERATIONS = int(os.environ.get('DIFF_PARAMS_OPERATIONS', '160'))
COMMANDS = int(os.environ.get('DIFF_PARAMS_COMMANDS', '30'))
TARGET = 0.999
SEED_OPERATIONS = [
    ('ssm', 'list-command-invocations'), ('ssm', 'send-command'), ('ec2', 'run-instances'),
    ('ec2', 'describe-instances'), ('ec2', 'authorize-security-group-ingress'), ('ec2', 'modify-instance-attribute'),
    ('ec2', 'describe-volumes'), ('elb', 'describe-instance-health'), ('kms', 'encrypt'), ('dynamodb', 'query'),
    ('dynamodb', 'put-item'), ('sqs', 'send-message'), ('sns', 'publish'), ('cloudformation', 'create-stack'),
    ('iam', 'create-role'), ('logs', 'put-log-events'), ('ecs', 'run-task'), ('lambda', 'invoke'),
    ('lambda', 'update-function-configuration'), ('ec2', 'create-tags'), ('autoscaling', 'update-auto-scaling-group'),
]
# botocore changes these parameters itself before validating (route53 ids, S3 checksums and names, Glacier's
# account, user data in base64): the comparison is about the CLI's processing.
EXCLUDED_SERVICES = {'s3api', 'route53', 'glacier', 'sdb'}  # sdb: v1 runs it only when enabled in the config
EXCLUDED_MEMBERS = {('ec2', 'run-instances'): {'UserData'}, ('autoscaling', 'create-launch-configuration'): {'UserData'}}
# Commands whose customizations params lists as not modelled (`CustomizedOperations`).
CUSTOMIZED = {
    ('cloudfront', 'create-distribution'), ('cloudfront', 'create-invalidation'), ('cloudfront', 'update-distribution'),
    ('cloudsearch', 'define-expression'), ('cloudsearch', 'define-index-field'), ('cloudwatch', 'put-metric-data'),
    ('configservice', 'put-configuration-recorder'), ('datapipeline', 'activate-pipeline'),
    ('datapipeline', 'put-pipeline-definition'), ('deploy', 'create-deployment'), ('deploy', 'get-application-revision'),
    ('deploy', 'register-application-revision'), ('ec2', 'bundle-instance'), ('ec2', 'get-password-data'),
    ('emr', 'add-tags'), ('emr', 'list-clusters'), ('iam', 'create-virtual-mfa-device'),
    ('iot', 'create-certificate-from-csr'), ('iot', 'create-keys-and-certificate'), ('lambda', 'create-function'),
    ('lambda', 'publish-layer-version'), ('quicksight', 'start-asset-bundle-import-job'), ('ses', 'send-email'),
    ('translate', 'import-terminology'), ('translate', 'translate-document'), ('rds', 'add-option-to-option-group'),
    ('rds', 'remove-option-from-option-group'), ('lambda', 'update-function-code'),
}


def sample_operations(driver, rng):
    from awscli.clidriver import ServiceCommand, ServiceOperation
    candidates = []
    for name, command in driver._get_command_table().items():
        if not isinstance(command, ServiceCommand) or getattr(command, '_UNDOCUMENTED', False):
            continue
        if name in EXCLUDED_SERVICES:
            continue
        for op_name, op in command._get_command_table().items():
            if not isinstance(op, ServiceOperation) or getattr(op, '_UNDOCUMENTED', False):
                continue
            if (name, op_name) in CUSTOMIZED or name == 'rekognition':
                continue
            if op._operation_model.input_shape is not None:
                candidates.append((name, op_name, op))
    rng.shuffle(candidates)
    chosen = [c for c in candidates if (c[0], c[1]) in SEED_OPERATIONS]
    services = {c[0] for c in chosen}
    for c in candidates:
        if c[0] not in services and len(chosen) < OPERATIONS:
            chosen.append(c)
            services.add(c[0])
    for c in candidates:
        if len(chosen) >= OPERATIONS:
            break
        if c not in chosen:
            chosen.append(c)
    return chosen


def normalize(theirs, ours, operation):
    """Drop what botocore adds on its own (idempotency tokens it generates, checksum modes) and we leave out."""
    if not isinstance(theirs, dict) or not isinstance(ours, dict):
        return theirs
    shape = operation.input_shape
    mode = (operation.http_checksum or {}).get('requestValidationModeMember')
    result = dict(theirs)
    for key in list(result):
        if key in ours or shape is None or key not in shape.members:
            continue
        if shape.members[key].metadata.get('idempotencyToken') or key == mode:
            del result[key]
    return result


@pytest.fixture(scope='module')
def corpus():
    rng = random.Random(int(os.environ.get('DIFF_PARAMS_SEED', '20261124')))
    directory = tempfile.mkdtemp(prefix='params-diff-')
    oracle = ParamsOracle()
    generator = CommandGenerator(rng, directory)
    cases = []
    started = time.time()
    for service, command, operation in sample_operations(oracle.driver, rng):
        excluded = EXCLUDED_MEMBERS.get((service, command), set())
        for _ in range(COMMANDS):
            argv, kind = generator.command(service, command, operation)
            if excluded and any(w.startswith('--user-data') or 'UserData' in w for w in argv):
                continue
            if 'outfile' in operation.arg_table:
                argv = argv + [os.path.join(directory, 'out.bin')]
            cases.append((service, command, kind, argv, oracle.run(argv)))
    print(f'\noracle: {len(cases)} command lines in {time.time() - started:.1f} s')
    return cases


def test_params_agree_with_the_cli(corpus, binary, botocore_data):
    lines = [json.dumps(argv) for _, _, _, argv, _ in corpus]
    started = time.time()
    result = run(binary, 'params', '--cli-version', '1', '--batch', models=botocore_data,
                 input=''.join(line + '\n' for line in lines))
    elapsed = time.time() - started
    assert result.returncode == 0, result.stderr
    ours = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(ours) == len(corpus)
    total = agree = accepted = 0
    kinds = {}
    disagreements = []
    for (service, command, kind, argv, theirs), mine in zip(corpus, ours):
        total += 1
        we_accept = mine['sendsRequest'] and not mine['refused']
        same = we_accept == theirs['accepted']
        if same and we_accept:
            accepted += 1
            same = canonical(mine['parameters']) == canonical(
                normalize(theirs['params'], mine['parameters'], theirs['operation']))
        kinds.setdefault(kind, [0, 0])[0] += 1
        if same:
            agree += 1
            kinds[kind][1] += 1
        else:
            disagreements.append((argv, theirs.get('params') if theirs['accepted'] else theirs.get('stderr'),
                                  mine['parameters'] if we_accept else [d['message'] for d in mine['diagnostics']
                                                                        if d['severity'] == 'error']))
    rate = agree / total
    print(f'\nparams: {agree}/{total} command lines agree ({rate:.4%}); {accepted} accepted by both, '
          f'{total - accepted - (total - agree)} refused by both; ours took {elapsed:.1f} s')
    print('  by kind: ' + ', '.join(f'{k} {v[1]}/{v[0]}' for k, v in sorted(kinds.items())))
    for d in disagreements[:20]:
        print('  DIFF', json.dumps(d[0], ensure_ascii=False))
        print('     CLI :', str(d[1])[:300])
        print('     ours:', str(d[2])[:300])
    assert total > 2000
    assert rate >= TARGET, f'{len(disagreements)} disagreements'
