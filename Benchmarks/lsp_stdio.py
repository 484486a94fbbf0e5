#!/usr/bin/env python3
"""The language server over stdio, as an editor runs it: start to first diagnostics (process start included),
keystroke to published diagnostics for a ~5 KB document, completion, and the server's resident memory after 1,000
and after N edits. Prints numbers; asserts nothing.

    Benchmarks/lsp_stdio.py [path/to/cli-input-ls] [edits]
"""
import json
import os
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, '.build', 'release', 'cli-input-ls')
EDITS = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000


class Server:
    def __init__(self):
        self.process = subprocess.Popen([BINARY, 'serve'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if line in (b'\r\n', b''):
                break
            if line.lower().startswith(b'content-length:'):
                length = int(line.split(b':')[1])
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({'jsonrpc': '2.0', 'id': request_id, 'method': method, 'params': params})
        while True:
            message = self.read()
            if message.get('id') == request_id and 'method' not in message:
                return message

    def notify(self, method, params):
        self.send({'jsonrpc': '2.0', 'method': method, 'params': params})

    def wait_for_diagnostics(self, version):
        while True:
            message = self.read()
            if message.get('method') == 'textDocument/publishDiagnostics' and \
                    message['params'].get('version') == version:
                return message

    def rss_mb(self):
        with open(f'/proc/{self.process.pid}/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1]) / 1024
        return 0


def document():
    entries = ',\n'.join('        {"Key": "STATUS", "Values": ["SUCCESS", "FAILED", "TIMED_OUT"]}' for _ in range(70))
    return ('{\n    "WindowExecutionId": "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",\n'
            '    "TaskId": "6a7b8c9d-0e1f-2a3b-4c5d-6e7f8a9b0c1d",\n    "Filters": [\n' + entries +
            '\n    ],\n    "MaxResults": 10\n}\n')


def main():
    text = document()
    uri = 'file:///bench/doc.ssm.describe-maintenance-window-execution-task-invocations.json'
    started = time.perf_counter()
    server = Server()
    server.request('initialize', {'processId': None, 'capabilities': {}, 'rootUri': 'file:///bench'})
    server.notify('initialized', {})
    server.notify('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'json', 'version': 1,
                                                            'text': text}})
    server.wait_for_diagnostics(1)
    first = (time.perf_counter() - started) * 1000
    line = text.count('\n') // 2
    latencies = []
    version = 1
    rss_1000 = None
    for i in range(EDITS):
        version += 1
        end = 20 if i % 2 == 0 else 21
        change = {'range': {'start': {'line': line, 'character': 20}, 'end': {'line': line, 'character': end}},
                  'text': 'x' if i % 2 == 0 else ''}
        sent = time.perf_counter()
        server.notify('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version},
                                                 'contentChanges': [change]})
        server.wait_for_diagnostics(version)
        if i < 2000:
            latencies.append((time.perf_counter() - sent) * 1000)
        if i + 1 == 1000:
            rss_1000 = server.rss_mb()
    completions = []
    for _ in range(200):
        sent = time.perf_counter()
        server.request('textDocument/completion', {'textDocument': {'uri': uri},
                                                   'position': {'line': line, 'character': 21}})
        completions.append((time.perf_counter() - sent) * 1000)
    rss_end = server.rss_mb()
    server.request('shutdown', None)
    server.notify('exit', None)
    server.process.wait(timeout=10)
    print(f'document: {len(text.encode())} bytes; over stdio, client-side wall times (Python client included)')
    print(f'start to first diagnostics: {first:.1f} ms (process start, initialize, model load, analysis)')
    print(f'keystroke to published diagnostics: median {statistics.median(latencies):.2f} ms, '
          f'p95 {sorted(latencies)[int(len(latencies) * 0.95)]:.2f} ms')
    print(f'completion: median {statistics.median(completions):.2f} ms')
    print(f'server resident memory: {rss_1000:.1f} MB after 1,000 edits, {rss_end:.1f} MB after {EDITS:,} edits '
          f'({(rss_end - rss_1000) * 100 / rss_1000:+.1f}%)')


if __name__ == '__main__':
    main()
