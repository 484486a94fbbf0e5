'use strict';
// Driven by test_vscode.py: runs editors/vscode/extension.js under fake `vscode` and `vscode-languageclient/node`
// modules. The fake client is thin but real: it starts the server the extension asks for, over stdio, and forwards
// the extension's requests to it, so the skeleton command talks to the built cli-input-ls.
// Reads from the environment: EXTENSION (path of extension.js), SETTINGS (JSON: the `cliInputLs.*` values the fake
// configuration returns), PICKS (JSON: [[SERVICE, OPERATION, FORMAT], ...], one command run each), WORKSPACE (a
// directory), OPEN (JSON: [[FILE NAME, LANGUAGE ID], ...] to open in the workspace after activation), RESULT_FILE.
// Writes what it saw to RESULT_FILE as JSON.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const Module = require('module');

const env = process.env;
const settings = JSON.parse(env.SETTINGS || '{}');
const picks = JSON.parse(env.PICKS || '[]');
const toOpen = JSON.parse(env.OPEN || '[]');
const result = {
  configurationSections: [],
  clients: [],
  requests: [],
  quickPicks: [],
  opened: [],
  shown: 0,
  errors: [],
  registeredCommands: [],
  diagnostics: {},
  middleware: {},
};

// ---- a minimal LSP connection over stdio -----------------------------------------------------------------------

class Connection {
  constructor(command, args, cwd) {
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.listeners = [];
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    // A program that cannot be started emits 'error' and never 'exit'.
    this.exited = new Promise((resolve) => {
      this.child.on('exit', resolve);
      this.child.on('error', resolve);
    });
    this.failed = new Promise((_, reject) => this.child.on('error', reject));
    this.failed.catch(() => undefined);
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const match = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'));
      const length = match ? Number(match[1]) : 0;
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (waiting) waiting(message);
    } else if (message.id !== undefined) {
      // A request from the server: this fake advertises no client capabilities, so none is expected.
      this.write({ jsonrpc: '2.0', id: message.id, result: null });
    } else {
      for (const listener of this.listeners) listener(message);
    }
  }

  write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => {
      this.pending.set(id, (message) => {
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      });
    });
    this.write({ jsonrpc: '2.0', id, method, params });
    return Promise.race([answer, this.failed]);
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }
}

// ---- fake vscode-languageclient/node ---------------------------------------------------------------------------

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.record = { id, name, serverOptions, clientOptions: JSON.parse(JSON.stringify(clientOptions)), stopped: false };
    this.clientOptions = clientOptions;
    result.clients.push(this.record);
    fakeClients.push(this);
  }

  async start() {
    const { command, args } = this.record.serverOptions;
    this.connection = new Connection(command, args, env.WORKSPACE);
    this.connection.listeners.push((message) => {
      if (message.method === 'textDocument/publishDiagnostics') {
        const name = path.basename(message.params.uri);
        result.diagnostics[name] = message.params.diagnostics;
        const waiting = diagnosticWaiters.get(name);
        if (waiting) waiting();
      }
    });
    const initialize = await this.connection.request('initialize', {
      processId: process.pid,
      rootUri: `file://${env.WORKSPACE}`,
      workspaceFolders: [{ uri: `file://${env.WORKSPACE}`, name: 'workspace' }],
      capabilities: {},
      initializationOptions: this.clientOptions.initializationOptions,
    });
    this.record.serverCapabilities = initialize.capabilities;
    this.connection.notify('initialized', {});
  }

  sendRequest(method, params) {
    result.requests.push({ method, params });
    return this.connection.request(method, params);
  }

  async stop() {
    this.record.stopped = true;
    if (!this.connection) return;
    await this.connection.request('shutdown', null).catch(() => undefined);
    this.connection.notify('exit', null);
    await this.connection.exited;
  }
}

const fakeClients = [];
const diagnosticWaiters = new Map();

// ---- fake vscode -----------------------------------------------------------------------------------------------

const commands = new Map();
const configurationListeners = [];
let pickRun = 0;

const vscode = {
  workspace: {
    getConfiguration(section) {
      result.configurationSections.push(section);
      return {
        get: (key, fallback) => (Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : fallback),
      };
    },
    onDidChangeConfiguration(listener) {
      configurationListeners.push(listener);
      return { dispose() {} };
    },
    async openTextDocument(options) {
      result.opened.push(options);
      return { languageId: options.language, getText: () => options.content };
    },
  },
  window: {
    async showQuickPick(items, options) {
      const list = await items;
      const step = result.quickPicks.length % 3;
      const wanted = (picks[pickRun] || [])[step];
      if (step === 2) pickRun += 1;
      result.quickPicks.push({
        title: options && options.title,
        count: list.length,
        sample: list.slice(0, 3).map((item) => (typeof item === 'string' ? item : item.label)),
        contains: list.some((item) => (typeof item === 'string' ? item : item.label) === wanted),
      });
      return list.find((item) => (typeof item === 'string' ? item : item.label) === wanted);
    },
    async showTextDocument() {
      result.shown += 1;
    },
    showErrorMessage(message) {
      result.errors.push(message);
    },
  },
  commands: {
    registerCommand(id, callback) {
      commands.set(id, callback);
      result.registeredCommands.push(id);
      return { dispose() {} };
    },
  },
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return { LanguageClient };
  return load.call(this, request, parent, isMain);
};

// ---- the run ---------------------------------------------------------------------------------------------------

function waitForDiagnostics(name, timeout) {
  if (result.diagnostics[name]) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeout);
    diagnosticWaiters.set(name, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function openInServer(client, uri, languageId, text) {
  const name = path.basename(uri);
  client.connection.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await waitForDiagnostics(name, 10000);
}

async function main() {
  const extension = require(env.EXTENSION);
  const context = { subscriptions: [] };
  await extension.activate(context);
  const client = fakeClients[0];
  const running = client && client.connection && client.record.serverCapabilities;

  for (let run = 0; running && run < picks.length; run += 1) {
    await commands.get('cliInputLs.generateSkeleton')();
  }

  if (running) {
    for (const [name, languageId] of toOpen) {
      const file = path.join(env.WORKSPACE, name);
      await openInServer(client, `file://${file}`, languageId, fs.readFileSync(file, 'utf8'));
    }
    // The generated YAML skeleton, as VS Code would send it for the untitled document.
    const yaml = result.opened.find((document) => document.language === 'yaml');
    if (yaml) await openInServer(client, 'untitled:Untitled-1', 'yaml', yaml.content);

    // The middleware, called as vscode-languageclient calls it.
    const middleware = client.clientOptions.middleware || {};
    for (const languageId of ['json', 'jsonc', 'yaml', 'shellscript']) {
      const document = { languageId };
      let forwarded = 0;
      const next = () => {
        forwarded += 1;
        return ['from the server'];
      };
      const { provideDocumentSymbols, provideFoldingRanges } = middleware;
      const symbols = provideDocumentSymbols ? provideDocumentSymbols(document, {}, next) : next();
      const folding = provideFoldingRanges ? provideFoldingRanges(document, {}, {}, next) : next();
      result.middleware[languageId] = { symbols, folding, forwarded };
    }

    // A changed server path restarts the server; other settings do not.
    for (const changed of ['cliInputLs.associations', 'cliInputLs.serverPath']) {
      for (const listener of configurationListeners) {
        listener({ affectsConfiguration: (section) => changed === section || changed.startsWith(`${section}.`) });
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      result[`clientsAfterChanging ${changed}`] = fakeClients.length;
    }
  }

  await extension.deactivate();
  result.stoppedClients = fakeClients.filter((c) => c.record.stopped).length;
}

// Should a promise never settle, Node would exit silently once nothing is left to run: say so instead.
process.on('beforeExit', () => {
  result.crash = result.crash || 'the run stopped before it finished (a promise never settled)';
  fs.writeFileSync(env.RESULT_FILE, JSON.stringify(result, null, 1));
});

main()
  .catch((error) => {
    result.crash = String(error && error.stack ? error.stack : error);
  })
  .finally(() => {
    fs.writeFileSync(env.RESULT_FILE, JSON.stringify(result, null, 1));
    for (const client of fakeClients) {
      if (client.connection) client.connection.child.kill();
    }
    process.exit(0);
  });
