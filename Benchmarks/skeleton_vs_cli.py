#!/usr/bin/env python3
"""Whole-process time of `cli-input-ls skeleton` against `aws ... --generate-cli-skeleton`, median of several runs
each, side by side, as a ratio. Prints numbers; asserts nothing.

    Benchmarks/skeleton_vs_cli.py [path/to/cli-input-ls] [runs]
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, '.build', 'release', 'cli-input-ls')
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
CASES = [
    ('ssm', 'describe-maintenance-window-execution-task-invocations', 'input'),
    ('ssm', 'list-command-invocations', 'input'),
    ('ssm', 'list-command-invocations', 'output'),
    ('ec2', 'run-instances', 'input'),
]


def median_seconds(command):
    subprocess.run(command, capture_output=True)  # warm the file cache
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    aws = shutil.which('aws')
    print(f'cli-input-ls: {BINARY}\naws: {aws}\nmedian of {RUNS} runs, whole process\n')
    for service, operation, fmt in CASES:
        ours = median_seconds([BINARY, 'skeleton', service, operation, fmt])
        theirs = median_seconds([aws, service, operation, '--generate-cli-skeleton', fmt])
        print(f'{service} {operation} {fmt:<7}  aws {theirs * 1000:8.1f} ms   cli-input-ls {ours * 1000:7.1f} ms'
              f'   {theirs / ours:6.1f}x faster')


if __name__ == '__main__':
    main()
