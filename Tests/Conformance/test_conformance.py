"""LSP conformance of `cli-input-ls serve`, through pytest-lsp with the capabilities of real clients."""
import os
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import BINARY, SCHEMAS

WORKSPACE = tempfile.mkdtemp(prefix='cli-input-ls-conformance-')
WINDOW = os.path.join(WORKSPACE, 'typos.ssm.describe-maintenance-window-execution-task-invocations.json')
WINDOW_URI = 'file://' + WINDOW
TEXT = '{\n    "WindowExecutionId": "é😀",\n    "TaskID": "x",\n    "Filters": [{"Key": "STATUS", "Values": ["success", ""]}]\n}\n'


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[BINARY, 'serve']), params=['visual-studio-code', 'neovim', 'emacs'])
async def client(lsp_client: LanguageClient, request):
    # Real editors accept the server's file-watcher registration; pytest-lsp's client needs to be told to.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        return None

    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        root_uri='file://' + WORKSPACE,
        workspace_folders=[types.WorkspaceFolder(uri='file://' + WORKSPACE, name='w')],
        initialization_options={'modelDirectories': [SCHEMAS]},
    )
    lsp_client.initialize_result = await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def open_window(client):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=WINDOW_URI, language_id='json', version=1, text=TEXT)))
    if client.initialize_result.capabilities.diagnostic_provider is None:
        await client.wait_for_notification('textDocument/publishDiagnostics')
        return client.diagnostics[WINDOW_URI]
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=WINDOW_URI)))
    return report.items


async def test_initialize_advertises_what_the_server_does(client: LanguageClient):
    capabilities = client.initialize_result.capabilities
    assert capabilities.hover_provider
    assert capabilities.completion_provider is not None
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert 'cli-input.generateSkeleton' in capabilities.execute_command_provider.commands


async def test_diagnostics(client: LanguageClient):
    diagnostics = await open_window(client)
    codes = {d.code for d in diagnostics}
    assert {'unknown-member', 'missing-required', 'filter-value', 'min-length'} <= codes
    assert all(d.source == 'cli-input-ls' for d in diagnostics)
    unknown = next(d for d in diagnostics if d.code == 'unknown-member')
    assert unknown.range.start.line == 2


async def test_completion_of_status_values(client: LanguageClient):
    await open_window(client)
    line = TEXT.split('\n')[3]
    character = line.index('""') + 1
    encoding = client.initialize_result.capabilities.position_encoding or 'utf-16'
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=WINDOW_URI),
        position=types.Position(line=3, character=character)))
    items = result.items if isinstance(result, types.CompletionList) else result
    assert [i.label for i in items] == ['PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILED', 'TIMED_OUT', 'CANCELLING',
                                        'CANCELLED']
    assert encoding in ('utf-8', 'utf-16', 'utf-32')


async def test_hover_and_symbols(client: LanguageClient):
    await open_window(client)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=WINDOW_URI), position=types.Position(line=3, character=7)))
    assert hover is not None and 'Filters' in str(hover.contents)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=WINDOW_URI)))
    assert {getattr(s, 'name') for s in symbols} >= {'WindowExecutionId', 'Filters'}


async def test_code_actions(client: LanguageClient):
    diagnostics = await open_window(client)
    unknown = next(d for d in diagnostics if d.code == 'unknown-member')
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=WINDOW_URI), range=unknown.range,
        context=types.CodeActionContext(diagnostics=[unknown])))
    titles = [a.title for a in actions]
    assert 'Change to TaskId' in titles


async def test_execute_command_returns_the_skeleton(client: LanguageClient):
    skeleton = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command='cli-input.generateSkeleton', arguments=['ssm', 'list-command-invocations', 'yaml-input']))
    assert skeleton.startswith("CommandId: ''")


async def test_incremental_change(client: LanguageClient):
    await open_window(client)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=WINDOW_URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=2, character=9), end=types.Position(line=2, character=11)),
            text='Id')]))
    if client.initialize_result.capabilities.diagnostic_provider is None:
        await client.wait_for_notification('textDocument/publishDiagnostics')
        diagnostics = client.diagnostics[WINDOW_URI]
    else:
        diagnostics = (await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=WINDOW_URI)))).items
    assert 'unknown-member' not in {d.code for d in diagnostics}


SCRIPT = os.path.join(WORKSPACE, 'run.sh')
SCRIPT_URI = 'file://' + SCRIPT
SCRIPT_TEXT = ('#!/bin/sh\n# é😀\naws ssm describe-maintenance-window-execution-task-invocations \\\n'
               '  --window-execution-id 11111111-2222-3333-4444-555555555555 --task-id x \\\n'
               '  --filters Key=STATUS,Values=DONE,\n')


async def test_shell_script_findings_and_completion(client: LanguageClient):
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=SCRIPT_URI, language_id='shellscript', version=1, text=SCRIPT_TEXT)))
    if client.initialize_result.capabilities.diagnostic_provider is None:
        await client.wait_for_notification('textDocument/publishDiagnostics')
        diagnostics = client.diagnostics[SCRIPT_URI]
    else:
        diagnostics = (await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=SCRIPT_URI)))).items
    # `--task-id x` is too short; the trailing comma is a shorthand syntax error at the end of the line.
    codes = {d.code for d in diagnostics}
    assert {'min-length', 'syntax'} <= codes
    last = SCRIPT_TEXT.split('\n')[4]
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=SCRIPT_URI),
        position=types.Position(line=4, character=len(last))))
    items = result.items if isinstance(result, types.CompletionList) else result
    assert [i.label for i in items] == ['PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILED', 'TIMED_OUT', 'CANCELLING',
                                        'CANCELLED']
