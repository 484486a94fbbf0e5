'use strict';
// cli-input-ls for VS Code: starts `cli-input-ls serve` for JSON, YAML and shell-script documents, passes the
// `cliInputLs.*` settings, and adds "Generate AWS CLI input skeleton...". The server decides which documents are
// AWS CLI input files, so attaching to every JSON and YAML document is safe. It offers no formatting, and its outline
// and folding are dropped for JSON, which VS Code's own JSON support already provides: this client only adds
// diagnostics, completion, hover and quick fixes next to it.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

const SECTION = 'cliInputLs';
const LANGUAGES = ['json', 'jsonc', 'yaml', 'shellscript'];
// VS Code's built-in JSON support already gives these documents an outline and folding ranges.
const BUILT_IN_OUTLINE = new Set(['json', 'jsonc']);
// Untitled documents too: a pasted YAML file with a `# cli-input: SERVICE OPERATION` comment is checked at once.
const SCHEMES = ['file', 'untitled'];
const FORMATS = [
  { label: 'input', description: 'JSON for --cli-input-json', language: 'json' },
  { label: 'yaml-input', description: 'YAML for --cli-input-yaml (AWS CLI v2)', language: 'yaml' },
  { label: 'output', description: 'the response, as JSON', language: 'json' },
];

let client;
let started;

/** The settings the server reads, from the `cliInputLs` section (the same keys as its initializationOptions). */
function serverSettings() {
  const config = vscode.workspace.getConfiguration(SECTION);
  const settings = {
    modelDirectories: config.get('modelDirectories', []),
    associations: config.get('associations', {}),
  };
  // An empty cliVersion means "not set": the workspace's .cli-input.yaml, else v2, decides.
  const cliVersion = config.get('cliVersion', '');
  if (cliVersion) {
    settings.cliVersion = cliVersion;
  }
  return settings;
}

function createClient() {
  const command = vscode.workspace.getConfiguration(SECTION).get('serverPath') || 'cli-input-ls';
  const serverOptions = { command, args: ['serve'] };
  const clientOptions = {
    documentSelector: SCHEMES.flatMap((scheme) => LANGUAGES.map((language) => ({ scheme, language }))),
    initializationOptions: serverSettings(),
    // didChangeConfiguration on every change of the section; the server also asks with workspace/configuration.
    synchronize: { configurationSection: SECTION },
    diagnosticCollectionName: 'cli-input-ls',
    middleware: {
      provideDocumentSymbols: (document, token, next) =>
        BUILT_IN_OUTLINE.has(document.languageId) ? [] : next(document, token),
      provideFoldingRanges: (document, context, token, next) =>
        BUILT_IN_OUTLINE.has(document.languageId) ? [] : next(document, context, token),
    },
  };
  return new LanguageClient(SECTION, 'cli-input-ls', serverOptions, clientOptions);
}

function start() {
  client = createClient();
  started = client.start();
  // Reported here once; callers that await `started` see the rejection themselves.
  started.catch((error) => {
    const reason = error.message || error;
    vscode.window.showErrorMessage(`cli-input-ls did not start (${reason}). Check cliInputLs.serverPath.`);
  });
  return started;
}

async function restart() {
  const old = client;
  client = undefined;
  if (old) {
    await old.stop().catch(() => undefined);
  }
  await start().catch(() => undefined);
}

/** Sends `workspace/executeCommand` to the server and returns its result. */
async function serverCommand(command, args) {
  if (!client) {
    throw new Error('the server is not running');
  }
  await started;
  return client.sendRequest('workspace/executeCommand', { command, arguments: args });
}

/** Service, operation and format from quick picks fed by the server; the skeleton opens in a new document. */
async function generateSkeleton() {
  try {
    const services = await serverCommand('cli-input.listServices', []);
    const service = await vscode.window.showQuickPick(services, {
      title: 'Generate AWS CLI input skeleton (1/3)',
      placeHolder: 'Service, as the AWS CLI names it (ssm, s3api, ec2...)',
    });
    if (!service) {
      return;
    }
    const operations = await serverCommand('cli-input.listOperations', [service]);
    const operation = await vscode.window.showQuickPick(operations, {
      title: 'Generate AWS CLI input skeleton (2/3)',
      placeHolder: `Operation of ${service}`,
    });
    if (!operation) {
      return;
    }
    const format = await vscode.window.showQuickPick(FORMATS, {
      title: 'Generate AWS CLI input skeleton (3/3)',
      placeHolder: 'Format',
    });
    if (!format) {
      return;
    }
    let text = await serverCommand('cli-input.generateSkeleton', [service, operation, format.label]);
    // YAML can say which operation it is for, so the server checks the new document at once; JSON input files
    // cannot (the CLI refuses unknown keys): they are associated once saved as NAME.SERVICE.OPERATION.json.
    if (format.label === 'yaml-input') {
      text = `# cli-input: ${service} ${operation}\n${text}`;
    }
    const document = await vscode.workspace.openTextDocument({ language: format.language, content: text });
    await vscode.window.showTextDocument(document);
  } catch (error) {
    vscode.window.showErrorMessage(`cli-input-ls: ${error.message || error}`);
  }
}

function activate(context) {
  // Registered before the server starts, so the first use of the command never finds it missing. Its id differs
  // from the server's own command ids, which vscode-languageclient registers as VS Code commands itself.
  context.subscriptions.push(vscode.commands.registerCommand('cliInputLs.generateSkeleton', generateSkeleton));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.serverPath`)) {
        restart();
      }
    })
  );
  // A server that does not start is reported by start(); the extension itself stays active so that fixing
  // cliInputLs.serverPath restarts it.
  return start().catch(() => undefined);
}

function deactivate() {
  return client ? client.stop().catch(() => undefined) : undefined;
}

module.exports = { activate, deactivate };
