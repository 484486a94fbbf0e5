#!/usr/bin/env python3
"""Parse + validate times, in process, side by side: botocore (Python `json.loads` + `ParamValidator`, what the
AWS CLI runs on --cli-input-json) against cli-input-ls (`bench analyze`: JSONParser + InputValidator), on the same
documents: a ~750 KB `dynamodb batch-write-item` input and the small example files. Prints numbers; asserts
nothing.

    Benchmarks/check_vs_botocore.py [path/to/cli-input-ls]
"""
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import timeit

import botocore.session
from botocore.validate import ParamValidator

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, '.build', 'release', 'cli-input-ls')
SESSION = botocore.session.get_session()


def big_batch_write(target_bytes=750_000):
    rng = random.Random(7)
    items = []
    text = ''
    while len(text) < target_bytes:
        for _ in range(200):
            items.append({'PutRequest': {'Item': {
                'pk': {'S': f'user#{rng.randrange(10**9)}'},
                'sk': {'S': f'order#{rng.randrange(10**6):06}'},
                'total': {'N': str(rng.randrange(10**5) / 100)},
                'tags': {'SS': [f'tag{rng.randrange(50)}' for _ in range(3)]},
                'active': {'BOOL': rng.random() < 0.5},
                'address': {'M': {'city': {'S': 'Zürich'}, 'zip': {'S': f'{rng.randrange(10**4):04}'}}},
            }}})
        text = json.dumps({'RequestItems': {'Orders': items}, 'ReturnConsumedCapacity': 'TOTAL'}, indent=2)
    return text


def botocore_time(service, operation_api_name, text, number):
    shape = SESSION.get_service_model(service).operation_model(operation_api_name).input_shape
    validator = ParamValidator()

    def run():
        validator.validate(json.loads(text), shape)

    runs = [timeit.timeit(run, number=number) / number for _ in range(5)]
    return statistics.median(runs) * 1e6


def ours_time(service_cli, operation_cli, path, iterations):
    out = subprocess.run([BINARY, 'bench', 'analyze', '--operation', f'{service_cli} {operation_cli}',
                          '--iterations', str(iterations), path], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def row(name, size, botocore_us, ours):
    ratio = botocore_us / ours['parse_validate_us'] if ours['parse_validate_us'] else float('inf')
    print(f'{name:<58} {size:>9,} B  botocore {botocore_us:>10.1f} µs   cli-input-ls {ours["parse_validate_us"]:>9.1f} µs'
          f' (parse {ours["parse_us"]:.1f})   {ratio:6.1f}x')


def main():
    print(f'cli-input-ls: {BINARY}')
    print(f'botocore {botocore.__version__}, Python {sys.version.split()[0]}')
    with tempfile.TemporaryDirectory() as directory:
        big = big_batch_write()
        path = os.path.join(directory, 'big.json')
        with open(path, 'w') as f:
            f.write(big)
        row('dynamodb batch-write-item (generated)', len(big.encode()),
            botocore_time('dynamodb', 'BatchWriteItem', big, 3), ours_time('dynamodb', 'batch-write-item', path, 30))
    examples = os.path.join(REPO, 'examples')
    for name, service, api, cli in [
        ('valid.ssm.describe-maintenance-window-execution-task-invocations.json', 'ssm',
         'DescribeMaintenanceWindowExecutionTaskInvocations', 'describe-maintenance-window-execution-task-invocations'),
        ('typos.ssm.describe-maintenance-window-execution-task-invocations.json', 'ssm',
         'DescribeMaintenanceWindowExecutionTaskInvocations', 'describe-maintenance-window-execution-task-invocations'),
        ('nightly/failed-yesterday.json', 'ssm', 'ListCommandInvocations', 'list-command-invocations'),
    ]:
        path = os.path.join(examples, name)
        with open(path) as f:
            text = f.read()
        row(name, len(text.encode()), botocore_time(service, api, text, 2000), ours_time(service, cli, path, 2000))


if __name__ == '__main__':
    main()
