"""A small LSP client over stdio for the editor-configuration tests: it starts the server the way an editor's
configuration says, answers `workspace/configuration` the way that editor does, and collects published
diagnostics."""
import json
import os
import queue
import re
import subprocess
import threading
import time


class LSPClient:
    """Starts `command`; `configuration(section)` answers the server's `workspace/configuration` items."""

    def __init__(self, command, root, configuration=lambda section: None):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, cwd=root)
        self.root = root
        self.configuration = configuration
        self.configuration_sections = []
        self.responses = {}
        self.diagnostics = {}
        self.events = queue.Queue()
        self.next_id = 1
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            header = b''
            while not header.endswith(b'\r\n\r\n'):
                byte = stream.read(1)
                if not byte:
                    self.events.put(None)
                    return
                header += byte
            length = int(re.search(rb'Content-Length: *(\d+)', header, re.I).group(1))
            message = json.loads(stream.read(length))
            if 'method' in message and 'id' in message:
                self._answer(message)
            elif 'method' in message:
                if message['method'] == 'textDocument/publishDiagnostics':
                    self.diagnostics[message['params']['uri']] = message['params']['diagnostics']
            else:
                self.responses[message['id']] = message
            self.events.put(message)

    def _answer(self, request):
        result = None
        if request['method'] == 'workspace/configuration':
            sections = [item.get('section') for item in request['params']['items']]
            self.configuration_sections.extend(sections)
            result = [self.configuration(section) for section in sections]
        self._write({'id': request['id'], 'result': result})

    def _write(self, message):
        body = json.dumps(dict(message, jsonrpc='2.0')).encode()
        with self.lock:
            self.process.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
            self.process.stdin.flush()

    def wait_for(self, condition, timeout=20):
        deadline = time.monotonic() + timeout
        while not condition():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError('the server did not answer in time')
            try:
                if self.events.get(timeout=remaining) is None:
                    raise EOFError('the server closed its output')
            except queue.Empty:
                pass

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self._write({'id': request_id, 'method': method, 'params': params})
        self.wait_for(lambda: request_id in self.responses)
        return self.responses.pop(request_id)

    def notify(self, method, params):
        self._write({'method': method, 'params': params})

    def initialize(self, initialization_options):
        uri = 'file://' + self.root
        answer = self.request('initialize', {
            'processId': os.getpid(), 'rootUri': uri, 'workspaceFolders': [{'uri': uri, 'name': 'workspace'}],
            'capabilities': {'workspace': {'configuration': True, 'didChangeConfiguration': {}}},
            'initializationOptions': initialization_options,
        })
        self.notify('initialized', {})
        return answer['result']

    def open(self, name, language_id, text, wait_for_code=None):
        """Opens a file of the workspace and returns its diagnostics once published (with `wait_for_code`, once
        one with that code is)."""
        uri = 'file://' + os.path.join(self.root, name)
        self.notify('textDocument/didOpen',
                    {'textDocument': {'uri': uri, 'languageId': language_id, 'version': 1, 'text': text}})

        def done():
            found = self.diagnostics.get(uri)
            if found is None:
                return False
            return wait_for_code is None or any(d.get('code') == wait_for_code for d in found)
        self.wait_for(done)
        return self.diagnostics[uri]

    def close(self):
        try:
            self.request('shutdown', None)
            self.notify('exit', None)
            self.process.wait(timeout=10)
        finally:
            if self.process.poll() is None:
                self.process.kill()
