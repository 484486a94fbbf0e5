#!/usr/bin/env python3
"""`check` over 10,000 generated input files: time, CPU use, and the same output as checking them one by one.

    Benchmarks/check_10k.py [--files N] [--binary PATH] [--one-by-one all|N]

Generates N files (default 10,000) into a temporary directory: JSON and YAML, for eight operations of five
services, associated by file name, by a `# cli-input:` comment or by a glob of `.cli-input.yaml`; about a third
valid, the rest with typos, wrong types, enum values, missing members, broken syntax, `é`, emoji and CRLF. Then:
- times `cli-input-ls check DIR` (hyperfine when installed, else five runs), with user+sys CPU time over wall
  time (above 1 means several cores worked);
- checks each file on its own (`check FILE`, several processes at a time; all files by default, or a sample of
  N) and compares: the directory run must print, for every file, exactly the lines the file gives alone, in file
  order, and exit with the worst of their statuses (a file that nothing associates is an error, exit 2, when
  named alone, and skipped by the directory walk).
Prints the numbers; exits 1 only if the outputs differ.
"""
import argparse
import concurrent.futures
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OPERATIONS = {
    ('ssm', 'list-command-invocations'): {'CommandId': 'abc-é😀', 'InstanceId': 'i-0123456789abcdef0', 'MaxResults': 10,
                                          'Filters': [{'key': 'Status', 'value': 'Success'}], 'Details': True},
    ('ssm', 'describe-maintenance-window-execution-task-invocations'): {
        'WindowExecutionId': 'w', 'TaskId': 't', 'Filters': [{'Key': 'STATUS', 'Values': ['SUCCESS', 'FAILED']}]},
    ('ec2', 'describe-instances'): {'Filters': [{'Name': 'instance-state-name', 'Values': ['running']}],
                                    'MaxResults': 50, 'DryRun': False},
    ('ec2', 'run-instances'): {'ImageId': 'ami-12345678', 'MinCount': 1, 'MaxCount': 2, 'InstanceType': 't3.micro',
                               'TagSpecifications': [{'ResourceType': 'instance', 'Tags': [{'Key': 'k', 'Value': 'v'}]}]},
    ('s3api', 'put-object-tagging'): {'Bucket': 'b', 'Key': 'k/é', 'Tagging': {'TagSet': [{'Key': 'a', 'Value': 'b'}]}},
    ('dynamodb', 'put-item'): {'TableName': 'table', 'Item': {'pk': {'S': 'x'}, 'n': {'N': '1'}}},
    ('logs', 'filter-log-events'): {'logGroupName': 'g', 'startTime': 1, 'limit': 100, 'interleaved': True},
    ('sqs', 'send-message'): {'QueueUrl': 'https://sqs', 'MessageBody': '😀' * 20, 'DelaySeconds': 5},
}


def yaml_scalar(value):
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def to_yaml(value, indent=0):
    pad = ' ' * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f'{pad}{key}:')
                lines.append(to_yaml(item, indent + 2))
            else:
                lines.append(f'{pad}{key}: {yaml_scalar(item) if not isinstance(item, (dict, list)) else json.dumps(item)}')
    else:
        for item in value:
            if isinstance(item, dict) and item:
                inner = to_yaml(item, indent + 2).splitlines()
                lines.append(f'{pad}- {inner[0].lstrip()}')
                lines += inner[1:]
            else:
                lines.append(f'{pad}- {yaml_scalar(item)}')
    return '\n'.join(lines)


def mutate(document, rng):
    """A copy of `document` with one or two mistakes, or unchanged (a third of the time)."""
    document = json.loads(json.dumps(document))
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        key = rng.choice(list(document))
        kind = rng.randrange(5)
        if kind == 0:
            document[key[:-1] + key[-1].swapcase()] = document.pop(key)  # a typo in a key
        elif kind == 1:
            document[key] = rng.choice([None, 'yes', 5.5, [], {'x': 1}])  # a wrong type
        elif kind == 2:
            document.pop(key)  # maybe a required member
        elif kind == 3:
            document['Unknown' + str(rng.randrange(100))] = 'é'
        else:
            document[key] = 'x' * rng.choice([0, 3000])  # min and max lengths
    return document


def generate(directory, count, seed):
    rng = random.Random(seed)
    os.makedirs(os.path.join(directory, 'globbed'))
    with open(os.path.join(directory, '.cli-input.yaml'), 'w') as f:
        f.write('associations:\n  "globbed/*.json": ssm list-command-invocations\n')
    operations = list(OPERATIONS)
    for i in range(count):
        service, operation = operations[i % len(operations)]
        document = mutate(OPERATIONS[(service, operation)], rng)
        style = rng.randrange(10)
        newline = '\r\n' if rng.random() < 0.2 else '\n'
        if style < 5:
            text = json.dumps(document, indent=rng.choice([None, 2, 4]), ensure_ascii=rng.random() < 0.5)
            name = f'f{i:05d}.{service}.{operation}.json'
        elif style < 8:
            text = to_yaml(document) + '\n'
            name = f'f{i:05d}.{service}.{operation}.yaml'
        elif style < 9:
            text = f'# cli-input: {service} {operation}\n' + to_yaml(document) + '\n'
            name = f'f{i:05d}.yaml'
        else:
            document = mutate(OPERATIONS[('ssm', 'list-command-invocations')], rng)
            text = json.dumps(document, indent=2)
            name = os.path.join('globbed', f'f{i:05d}.json')
        if rng.random() < 0.1:
            cut = rng.randrange(len(text) + 1)
            text = text[:cut] + rng.choice(['', '{', '"', ',', ': [', '\t', '😀']) + text[cut + rng.randrange(3):]
        with open(os.path.join(directory, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text.replace('\n', newline))


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, wall, cpu


def by_file(output):
    """Output lines grouped by file, in order of first appearance."""
    groups = {}
    for line in output.decode('utf-8', 'replace').splitlines():
        groups.setdefault(line.split(':', 1)[0], []).append(line)
    return groups


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--files', type=int, default=10_000)
    parser.add_argument('--binary', default=os.environ.get('CLI_INPUT_LS',
                                                           os.path.join(REPO, '.build', 'release', 'cli-input-ls')))
    parser.add_argument('--one-by-one', default='all', help='"all", or how many files to compare (a sample)')
    parser.add_argument('--seed', type=int, default=8)
    args = parser.parse_args()

    workspace = tempfile.mkdtemp(prefix='cli-input-10k-')
    try:
        started = time.perf_counter()
        generate(workspace, args.files, args.seed)
        size = sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(workspace) for f in files)
        print(f'generated {args.files} files ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s; '
              f'{os.cpu_count()} cores')
        os.chdir(workspace)  # relative paths in the output, as a user would run it
        command = [args.binary, 'check', '.']
        result, wall, cpu = timed(command)  # warm-up, and the output to compare
        runs = []
        for _ in range(5):
            _, w, c = timed(command)
            runs.append((w, c))
        best = min(runs)
        mean_wall = sum(w for w, _ in runs) / len(runs)
        mean_cpu = sum(c for _, c in runs) / len(runs)
        print(f'check DIR: mean {mean_wall:.3f} s, best {best[0]:.3f} s wall over {len(runs)} runs; '
              f'CPU (user+sys) / wall = {mean_cpu / mean_wall:.2f}; exit {result.returncode}; '
              f'{len(result.stdout.splitlines())} findings')
        if shutil.which('hyperfine'):
            subprocess.run(['hyperfine', '--warmup', '1', '--runs', '10', '-N', '-i', ' '.join(command)], check=False)

        files = sorted(os.path.relpath(os.path.join(root, f), '.') for root, _, names in os.walk('.')
                       for f in names if f != '.cli-input.yaml')
        if args.one_by_one != 'all':
            files = random.Random(args.seed).sample(files, min(len(files), int(args.one_by_one)))
        started = time.perf_counter()

        def one(path):
            return path, subprocess.run([args.binary, 'check', './' + path], capture_output=True)

        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            alone = dict(pool.map(one, files))
        elapsed = time.perf_counter() - started
        together = by_file(result.stdout)
        mismatches = []
        worst = 0
        skipped = 0
        for path in files:
            single = alone[path]
            if single.returncode == 2:
                # Named alone, a file no rule associates is an error; a directory walk skips it silently.
                skipped += 1
                if './' + path in together:
                    mismatches.append(path)
                continue
            worst = max(worst, single.returncode)
            if by_file(single.stdout).get('./' + path, []) != together.get('./' + path, []):
                mismatches.append(path)
        order = [key for key in together]
        in_order = order == sorted(order)
        status_ok = args.one_by_one != 'all' or worst == result.returncode
        print(f'one by one: {len(files)} files in {elapsed:.1f} s ({skipped} not associated, skipped by the walk); '
              f'{len(mismatches)} differ from the directory run; '
              f'files in order: {in_order}; exit status {"matches" if status_ok else "differs"} '
              f'(worst alone {worst}, directory {result.returncode})')
        for path in mismatches[:5]:
            print('  differs:', path)
        sys.exit(0 if not mismatches and in_order and status_ok else 1)
    finally:
        os.chdir(REPO)
        shutil.rmtree(workspace, ignore_errors=True)


if __name__ == '__main__':
    main()
