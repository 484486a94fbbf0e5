#!/usr/bin/env python3
"""Soak test: random LSP sessions against the built binary over stdio. Standard library only.

    Tests/Soak/soak.py [--sessions N] [--ops N] [--marathon N] [--jobs N] [--seed S] [--binary PATH]

Each session starts `cli-input-ls serve` in a fresh workspace directory, negotiates a random position encoding,
opens input documents (JSON and YAML, associated by name or modeline, unassociated, `.cli-input.yaml`) and shell
scripts with `aws` command lines, and then
does random things: incremental edits at random places (CRLF, emoji, `é`, lone surrogates cut from emoji, huge
pastes), whole-text replacements, changes with an older version (which the server must ignore), requests at
random positions (completion, hover, codeAction, documentSymbol, foldingRange, diagnostic), `$/cancelRequest`
for requests in flight, and malformed frames (bodies that are not JSON, raw invalid UTF-8, garbage before a
header, batches, unknown methods). A marathon session then runs `--marathon` operations in one server process,
sampling its resident memory.

Checks, any failure exits 1:
- the server never crashes: it exits 0 after `shutdown` and `exit`, and prints no crash report;
- every request gets exactly one response, a result or an error (a cancelled one may answer RequestCancelled);
  malformed frames with a readable id get an error with that id;
- at the end, the server's text of every open document (the hidden `cli-input.documentText` command) equals the
  client's;
- the workspace directory is byte for byte unchanged (the server never writes a file);
- the marathon's resident memory is flat: the last quarter's samples stay within 25 MB (and 1.5x) of the first
  quarter's after warm-up. The curve is printed.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVICE_DOCS = {
    "ssm.list-command-invocations": '{\n  "CommandId": "é😀",\n  "Filters": [{"key": "Status", "value": "Success"}],\n'
                                    '  "MaxResults": 5,\n  "Details": true\n}\n',
    "ssm.describe-maintenance-window-execution-task-invocations":
        '{\r\n  "WindowExecutionId": "x",\r\n  "TaskID": "y",\r\n  "Filters": [{"Key": "STATUS", "Values": ["SUCCESS"]}]\r\n}\r\n',
    "ec2.describe-instances": '{"Filters": [{"Name": "tag:é", "Values": ["😀"]}], "MaxResults": 1000}',
}
YAML_DOC = ('# cli-input: ssm list-command-invocations\nCommandId: é😀\nDetails: yes\nFilters:\n'
            '  - key: Status\n    value: Failed\nMaxResults: 0777\n')
SCRIPT_DOC = ('#!/bin/sh\r\n# é 😀\r\naws ssm list-command-invocations --filters key=Status,value=Success \\\r\n'
              '  --cli-input-json file://nightly/n.json\r\nID=$(aws ec2 describe-instances --filters '
              '"Name=tag:é,Values=$ENV" --query x)\r\naws ssm describe-maintenance-window-execution-task-invocations '
              '--window-execution-id w --task-id t --filters Key=STATUS,Values=SUCCESS,FAILED\r\n')
WORKSPACE_CONFIG = 'associations:\n  "nightly/*.json": ssm list-command-invocations\ncliVersion: 2\n'
SNIPPETS = ['é', '😀', '\r\n', '\n', '\r', '{', '}', '[', ']', '"', ':', ',', ' ', '\t', '#', '- ', 'Key', 'Values',
            '"Filters": [', 'true', 'null', '1e400', 'NaN', '&a', '*a', '<<: *a', '\\', '\\u', '\u00a0', '\ufeff',
            '\ud83d', '\ude00', '\ud83d\ude00', '\x00', '\x7f', 'CommandId', 'yes', '!!binary', '---', '...', '|-',
            'aws ', 'aws ssm ', ' --filters ', 'Key=STATUS,Values=', ' \\\n', ' \\\r\n', '$(', '$ID', "'", '|', ';',
            '--cli-input-json file://', ' --max-items ']
REQUESTS = ['textDocument/completion', 'textDocument/hover', 'textDocument/codeAction', 'textDocument/documentSymbol',
            'textDocument/foldingRange', 'textDocument/diagnostic']


class Failure(Exception):
    pass


def clean(text):
    """The text as the server stores it: JSON `\\uXXXX` surrogate pairs joined, lone surrogates read as U+FFFD."""
    return text.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'replace')


def position(text, index, encoding):
    """The LSP position of code-point `index` in `text` (lines end at \\n, \\r\\n or \\r; `index` not inside a CRLF)."""
    prefix = text[:index]
    line = prefix.count('\n') + prefix.count('\r') - prefix.count('\r\n')
    column = prefix[max(prefix.rfind('\n'), prefix.rfind('\r')) + 1:]
    if encoding == 'utf-8':
        character = len(column.encode('utf-8'))
    elif encoding == 'utf-16':
        character = len(column.encode('utf-16-le')) // 2
    else:
        character = len(column)
    return {'line': line, 'character': character}


def boundary(text, index):
    """`index` moved off the middle of a CRLF, which LSP positions cannot address."""
    if 0 < index < len(text) and text[index - 1] == '\r' and text[index] == '\n':
        return index - 1
    return index


class Server:
    """One server process, its reader thread and what it answered."""

    def __init__(self, binary, workspace, environment=None):
        self.process = subprocess.Popen(
            [binary, 'serve'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=workspace,
            env=dict(environment or os.environ, SWIFT_BACKTRACE='enable=no'))
        self.responses = {}
        self.lock = threading.Condition()
        self.next_id = 0
        self.stderr = b''
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.err_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self.err_reader.start()

    def _read_stderr(self):
        data = self.process.stderr.read()
        self.stderr = data[-20000:]

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b'\r\n', b'\n'):
                    break
                if line.lower().startswith(b'content-length:'):
                    length = int(line.split(b':')[1])
            body = stream.read(length)
            message = json.loads(body)
            if 'id' in message and 'method' in message:
                # A request from the server (configuration, registration): answer it as an editor would.
                self.write({'jsonrpc': '2.0', 'id': message['id'], 'result': None})
                continue
            if 'id' in message:
                with self.lock:
                    key = json.dumps(message['id'])
                    self.responses.setdefault(key, []).append(message)
                    self.lock.notify_all()

    def write_raw(self, data):
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except BrokenPipeError as error:
            raise Failure('the server closed its input (crashed?)') from error

    def write(self, message):
        body = json.dumps(message).encode()  # ensure_ascii: lone surrogates travel as \\udXXX escapes
        self.write_raw(b'Content-Length: %d\r\n\r\n' % len(body) + body)

    def notify(self, method, params):
        self.write({'jsonrpc': '2.0', 'method': method, 'params': params})

    def request(self, method, params, id=None):
        if id is None:
            self.next_id += 1
            id = self.next_id
        self.write({'jsonrpc': '2.0', 'id': id, 'method': method, 'params': params})
        return id

    def wait(self, id, timeout=60):
        key = json.dumps(id)
        deadline = time.time() + timeout
        with self.lock:
            while key not in self.responses:
                left = deadline - time.time()
                if left <= 0 or self.process.poll() is not None:
                    raise Failure(f'no response to request {id} (server exit code {self.process.poll()})')
                self.lock.wait(min(left, 0.5))
            return self.responses[key][0]

    def rss_kb(self):
        try:
            with open(f'/proc/{self.process.pid}/status') as status:
                for line in status:
                    if line.startswith('VmRSS:'):
                        return int(line.split()[1])
        except OSError:
            return None
        return None


class Session:
    def __init__(self, binary, rng, ops, label):
        self.rng = rng
        self.ops = ops
        self.label = label
        self.workspace = tempfile.mkdtemp(prefix='cli-input-soak-')
        self.encoding = rng.choice(['utf-16', 'utf-8', 'utf-32'])
        self.pull = rng.random() < 0.5
        self.docs = {}  # uri -> [text, version]
        self.requests = {}  # id -> (method, cancelled)
        self.rss = []
        self._populate()
        self.snapshot = snapshot(self.workspace)
        self.server = Server(binary, self.workspace)

    def _populate(self):
        os.makedirs(os.path.join(self.workspace, 'nightly'))
        for name, text in SERVICE_DOCS.items():
            with open(os.path.join(self.workspace, f'a.{name}.json'), 'w', encoding='utf-8', newline='') as f:
                f.write(text)
        with open(os.path.join(self.workspace, '.cli-input.yaml'), 'w') as f:
            f.write(WORKSPACE_CONFIG)
        with open(os.path.join(self.workspace, 'run.sh'), 'w') as f:
            f.write('aws ssm list-command-invocations --cli-input-json file://nightly/n.json\n')
        os.chmod(self.workspace, 0o755)

    def uri(self, name):
        return 'file://' + os.path.join(self.workspace, name)

    # -- operations ------------------------------------------------------------------------------------------

    def initialize(self):
        capabilities = {'general': {'positionEncodings': [self.encoding]},
                        'textDocument': {'completion': {'completionItem': {'snippetSupport': self.rng.random() < 0.5}},
                                         'hover': {'contentFormat': ['markdown', 'plaintext']}}}
        if self.pull:
            capabilities['textDocument']['diagnostic'] = {'dynamicRegistration': False}
        id = self.request('initialize', {'processId': os.getpid(), 'rootUri': 'file://' + self.workspace,
                                         'capabilities': capabilities})
        answer = self.server.wait(id)
        negotiated = answer.get('result', {}).get('capabilities', {}).get('positionEncoding', 'utf-16')
        if negotiated != self.encoding:
            raise Failure(f'asked for {self.encoding}, got {negotiated}')
        self.server.notify('initialized', {})

    def request(self, method, params, cancellable=False):
        id = self.server.request(method, params, id=self.rng.choice([None, None, None, 'r%d' % len(self.requests)]))
        self.requests[id] = method
        return id

    def open(self, name, text, language):
        uri = self.uri(name)
        self.docs[uri] = [clean(text), 1]
        self.server.notify('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': language,
                                                                     'version': 1, 'text': text}})

    def random_text(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.02:
            # A huge paste: 100 KB to 600 KB of a document repeated.
            piece = rng.choice(list(SERVICE_DOCS.values()) + [YAML_DOC, SCRIPT_DOC])
            return piece * rng.randint(300, 2000)
        if roll < 0.1:
            return ''.join(rng.choice(SNIPPETS) for _ in range(rng.randint(1, 40)))
        if roll < 0.2:
            return ''.join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff),
                                           rng.randint(0x1f300, 0x1f6ff), rng.randint(0xd800, 0xdfff)]))
                           for _ in range(rng.randint(1, 12)))
        return ''.join(rng.choice(SNIPPETS) for _ in range(rng.randint(0, 4)))

    def edit(self):
        rng = self.rng
        uri = rng.choice(list(self.docs))
        text, version = self.docs[uri]
        roll = rng.random()
        if roll < 0.05:
            # A change the editor sent earlier arriving late: an older version, which the server ignores.
            self.server.notify('textDocument/didChange', {
                'textDocument': {'uri': uri, 'version': max(0, version - rng.randint(1, 3))},
                'contentChanges': [{'text': 'stale ' + self.random_text()}]})
            return
        changes = []
        version += rng.randint(1, 3)
        if roll < 0.1 or len(text) > 400_000:
            new = self.random_text()
            changes.append({'text': new})
            text = clean(new)
        else:
            for _ in range(rng.randint(1, 3)):
                a = boundary(text, rng.randint(0, len(text)))
                b = boundary(text, min(len(text), a + rng.choice([0, 0, 1, 2, 5, 50])))
                new = self.random_text()
                changes.append({'range': {'start': position(text, a, self.encoding),
                                          'end': position(text, b, self.encoding)}, 'text': new})
                text = text[:a] + clean(new) + text[b:]
        self.docs[uri] = [text, version]
        self.server.notify('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version},
                                                      'contentChanges': changes})

    def random_request(self):
        rng = self.rng
        uri = rng.choice(list(self.docs))
        text = self.docs[uri][0]
        method = rng.choice(REQUESTS)
        at = position(text, boundary(text, rng.randint(0, len(text))), self.encoding)
        if rng.random() < 0.05:
            at = {'line': rng.choice([-1, 10 ** 6]), 'character': rng.choice([-5, 10 ** 9])}
        params = {'textDocument': {'uri': uri}}
        if method in ('textDocument/completion', 'textDocument/hover'):
            params['position'] = at
        elif method == 'textDocument/codeAction':
            params['range'] = {'start': at, 'end': at}
            params['context'] = {'diagnostics': []}
        id = self.request(method, params)
        if rng.random() < 0.15:
            self.server.notify('$/cancelRequest', {'id': id})

    def malformed(self):
        rng = self.rng
        kind = rng.randrange(7)
        server = self.server
        if kind == 0:
            body = b'{"jsonrpc": "2.0", "id": 1, "method": '
            server.write_raw(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        elif kind == 1:
            body = b'{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"text":"\xff\xfe\xc3("}}'
            server.write_raw(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        elif kind == 2:
            server.write_raw(b'garbage \xf0\x9f without a header\r\n\r\n')
        elif kind == 3:
            server.write_raw(b'Content-Length: abc\r\n\r\n{}')
        elif kind == 4:
            body = b'[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]'
            server.write_raw(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        elif kind == 5:
            self.request('no/such/method', {'x': '\ud800'})
        else:
            id = 'bad%d' % len(self.requests)
            self.requests[id] = 'textDocument/hover (params not an object)'
            server.write({'jsonrpc': '2.0', 'id': id, 'method': 'textDocument/hover', 'params': 5})

    def step(self):
        roll = self.rng.random()
        if roll < 0.5:
            self.edit()
        elif roll < 0.9:
            self.random_request()
        elif roll < 0.95:
            self.malformed()
        else:
            uri = self.rng.choice(list(self.docs))
            if self.rng.random() < 0.5 and len(self.docs) > 1:
                self.server.notify('textDocument/didClose', {'textDocument': {'uri': uri}})
                del self.docs[uri]
            else:
                self.server.notify('textDocument/didSave', {'textDocument': {'uri': uri}})

    # -- the session -----------------------------------------------------------------------------------------

    def run(self, sample_every=0):
        try:
            self.initialize()
            # A few documents per session: loading EC2's model, the operation index (for unassociated files)
            # and everything again after `.cli-input.yaml` opens takes the server a few hundred milliseconds.
            candidates = [(f'a.{name}.json', text, 'json') for name, text in SERVICE_DOCS.items()] + [
                ('invocations.yaml', YAML_DOC, 'yaml'), ('nightly/n.json', '{"CommandId": "c"}', 'json'),
                ('package.json', '{"name": "x"}', 'json'), ('.cli-input.yaml', WORKSPACE_CONFIG, 'yaml'),
                ('run.sh', SCRIPT_DOC, 'shellscript'), ('deploy.bash', SCRIPT_DOC.replace('\r\n', '\n'), 'shellscript')]
            for document in self.rng.sample(candidates, self.rng.randint(2, 4)):
                self.open(*document)
            for n in range(self.ops):
                self.step()
                if sample_every and n % sample_every == 0:
                    self.sync()
                    self.rss.append((n, self.server.rss_kb()))
                    if len(self.docs) < 3:
                        self.open(f'reopened{n}.json', SERVICE_DOCS['ec2.describe-instances'], 'json')
            self.finish()
        finally:
            if self.server.process.poll() is None:
                self.server.process.kill()
                self.server.process.wait()
            shutil.rmtree(self.workspace, ignore_errors=True)

    def sync(self):
        """Waits until the server has handled everything sent so far (requests are answered in order)."""
        self.server.wait(self.request('textDocument/documentSymbol', {'textDocument': {'uri': 'file:///none'}}))

    def finish(self):
        for uri, (text, _) in self.docs.items():
            id = self.request('workspace/executeCommand', {'command': 'cli-input.documentText', 'arguments': [uri]})
            answer = self.server.wait(id)
            if answer.get('result') != text:
                got = answer.get('result')
                first = next((i for i, (a, b) in enumerate(zip(got or '', text)) if a != b), min(len(got or ''), len(text)))
                raise Failure(f'{self.label}: the server\'s text of {uri} differs from the client\'s at {first}: '
                              f'server {got[first:first + 40]!r}, client {text[first:first + 40]!r}'
                              if isinstance(got, str) else f'{self.label}: no text for {uri}: {answer}')
        shutdown = self.request('shutdown', None)
        self.server.wait(shutdown)
        self.server.notify('exit', None)
        try:
            code = self.server.process.wait(timeout=30)
        except subprocess.TimeoutExpired as error:
            raise Failure(f'{self.label}: the server did not exit') from error
        self.server.reader.join(10)
        self.server.err_reader.join(10)
        if code != 0:
            raise Failure(f'{self.label}: exit code {code}; stderr: {self.server.stderr[-3000:].decode(errors="replace")}')
        if re.search(rb'Fatal error|AddressSanitizer|Segmentation|Illegal instruction|Crash', self.server.stderr):
            raise Failure(f'{self.label}: crash report on stderr: {self.server.stderr[-3000:].decode(errors="replace")}')
        for id, method in self.requests.items():
            answers = self.server.responses.get(json.dumps(id), [])
            if len(answers) != 1:
                raise Failure(f'{self.label}: request {id} ({method}) got {len(answers)} responses')
            answer = answers[0]
            if ('result' in answer) == ('error' in answer):
                raise Failure(f'{self.label}: response to {id} has neither or both of result and error: {answer}')
        after = snapshot(self.workspace)
        if after != self.snapshot:
            changed = sorted(set(after.items()) ^ set(self.snapshot.items()))
            raise Failure(f'{self.label}: the workspace changed: {changed[:5]}')


def snapshot(directory):
    """Every file under `directory` with its size, mtime and SHA-256, and every directory."""
    result = {}
    for root, dirs, files in os.walk(directory):
        result[root] = ('dir', os.stat(root).st_mtime_ns)
        for name in files:
            path = os.path.join(root, name)
            with open(path, 'rb') as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            stat = os.stat(path)
            result[path] = (stat.st_size, stat.st_mtime_ns, digest)
    return result


def run_session(binary, seed, ops, index):
    rng = random.Random(seed * 1_000_003 + index)
    session = Session(binary, rng, ops, f'session {index} (seed {seed})')
    session.run()
    return len(session.requests)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--binary', default=os.environ.get('CLI_INPUT_LS',
                                                           os.path.join(REPO, '.build', 'release', 'cli-input-ls')))
    parser.add_argument('--sessions', type=int, default=200)
    parser.add_argument('--ops', type=int, default=40, help='random operations per session')
    parser.add_argument('--marathon', type=int, default=5000, help='operations of the one long session')
    parser.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    parser.add_argument('--seed', type=int, default=int(time.time()) % 100000)
    args = parser.parse_args()

    started = time.time()
    failures = []
    requests = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(run_session, args.binary, args.seed, args.ops, i) for i in range(args.sessions)]
        for future in concurrent.futures.as_completed(futures):
            try:
                requests += future.result()
            except Failure as failure:
                failures.append(str(failure))
    elapsed = time.time() - started
    print(f'soak: {args.sessions} sessions x {args.ops} operations, seed {args.seed}: {requests} requests answered, '
          f'{len(failures)} failures, {elapsed:.1f} s')

    marathon_ok = True
    if args.marathon:
        rng = random.Random(args.seed)
        session = Session(args.binary, rng, args.marathon, f'marathon (seed {args.seed})')
        started = time.time()
        try:
            session.run(sample_every=max(1, args.marathon // 40))
        except Failure as failure:
            failures.append(str(failure))
        samples = [(n, kb) for n, kb in session.rss if kb]
        print(f'marathon: {args.marathon} operations in one server, {len(session.requests)} requests, '
              f'{time.time() - started:.1f} s; resident memory (operation: MB):')
        print('  ' + ', '.join(f'{n}: {kb / 1024:.1f}' for n, kb in samples))
        if len(samples) >= 8:
            quarter = len(samples) // 4
            early = max(kb for _, kb in samples[1:1 + quarter])
            late = max(kb for _, kb in samples[-quarter:])
            growth = (late - early) / 1024
            print(f'  first quarter peak {early / 1024:.1f} MB, last quarter peak {late / 1024:.1f} MB '
                  f'(growth {growth:+.1f} MB)')
            if late > early * 1.5 and growth > 25:
                marathon_ok = False
                failures.append(f'marathon: resident memory grew from {early / 1024:.1f} MB to {late / 1024:.1f} MB')
    for failure in failures[:20]:
        print('FAIL', failure)
    sys.exit(1 if failures or not marathon_ok else 0)


if __name__ == '__main__':
    main()
