"""`check --format json` against the real AWS CLI's `--cli-input-json` processing (v1, in-process, requests
stubbed): for generated and mutated documents of a broad sample of operations, the set of (code, path, member)
of the CLI's own finding codes must be identical. The same data written as YAML must give the same verdicts
(AWS CLI v2 reads YAML; its validation is the same botocore code)."""
import json
import os
import random
import tempfile

import pytest

from cli_oracle import CLIOracle
from conftest import run
from doc_generator import Generator

CLI_CODES = {'syntax', 'missing-required', 'unknown-member', 'invalid-type', 'min-length', 'min-value',
             'union-empty', 'union-multiple'}
SEED_OPERATIONS = [('ssm', 'list-command-invocations'),
                   ('ssm', 'describe-maintenance-window-execution-task-invocations')]
OPERATIONS = int(os.environ.get('DIFF_CHECK_OPERATIONS', '160'))
DOCUMENTS = int(os.environ.get('DIFF_CHECK_DOCUMENTS', '24'))
TARGET = 0.999


def sample_operations(session, clidriver, rng):
    from awscli.clidriver import ServiceCommand, ServiceOperation
    table = clidriver._get_command_table()
    candidates = []
    for name, command in table.items():
        if not isinstance(command, ServiceCommand) or getattr(command, '_UNDOCUMENTED', False):
            continue
        for op_name, op in command._get_command_table().items():
            if isinstance(op, ServiceOperation) and not getattr(op, '_UNDOCUMENTED', False):
                model = op._operation_model
                if model.input_shape is not None and model.input_shape.members and not model.has_streaming_output:
                    candidates.append((name, op_name, model))
    rng.shuffle(candidates)
    chosen = [c for c in candidates if (c[0], c[1]) in SEED_OPERATIONS]
    services = set()
    for c in candidates:  # spread over services first
        if c[0] not in services and len(chosen) < OPERATIONS:
            chosen.append(c)
            services.add(c[0])
    for c in candidates:
        if len(chosen) >= OPERATIONS:
            break
        if c not in chosen:
            chosen.append(c)
    return chosen


def to_yaml(value):
    from io import StringIO
    from ruamel.yaml import YAML
    yaml = YAML(typ='safe', pure=True)
    yaml.default_flow_style = False
    stream = StringIO()
    yaml.dump(value, stream)
    return stream.getvalue()


def ours(binary, models, service, operation, documents, suffix):
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for i, text in enumerate(documents):
            path = os.path.join(directory, f'doc{i:04}.{suffix}')
            with open(path, 'w') as f:
                f.write(text)
            paths.append(path)
        result = run(binary, 'check', '--format', 'json', '--cli-version', '1', '--operation',
                     f'{service} {operation}', *paths, models=models)
        assert result.returncode in (0, 1), result.stderr
        files = {f['file']: f for f in json.loads(result.stdout)['files']}
        verdicts = []
        for path in paths:
            diagnostics = files[path]['diagnostics']
            found = {(d['code'], d['path'] if d['code'] != 'syntax' else 'input', d.get('member'))
                     for d in diagnostics if d['code'] in CLI_CODES}
            if any(code == 'syntax' for code, _, _ in found):
                found = {('syntax', 'input', None)}
            verdicts.append(found)
        return verdicts


@pytest.fixture(scope='module')
def corpus(session, clidriver):
    rng = random.Random(int(os.environ.get('DIFF_CHECK_SEED', '20261123')))
    generator = Generator(rng)
    oracle = CLIOracle()
    cases = []
    for service, operation, model in sample_operations(session, clidriver, rng):
        shape = model.input_shape
        docs = []
        for i in range(DOCUMENTS):
            valid = generator.value(shape)
            doc, kind = (valid, 'valid') if i % 4 == 0 else generator.mutate(valid, shape)
            docs.append((doc, kind))
        texts = [json.dumps(d) for d, _ in docs]
        if rng.random() < 0.3:
            texts[-1] = texts[-1][: max(1, len(texts[-1]) // 2)]  # a broken file
        verdicts = []
        for text in texts:
            verdicts.append(oracle.verdict(service, operation, text))
            if verdicts[-1] is None:
                print(f'\nskipped {service} {operation}: the CLI failed with {oracle.last_error[:200]!r}')
        cases.append((service, operation, docs, texts, verdicts))
    return cases


def compare(cases, binary, botocore_data, yaml):
    total = agree = skipped = 0
    disagreements = []
    for service, operation, docs, texts, verdicts in cases:
        if yaml:
            # The same values as YAML. A JSON file cut in half may still be valid YAML (`nu` is a string), so the
            # YAML twin of a broken file opens one more flow sequence that nothing closes.
            texts = [to_yaml(json.loads(t)) if _is_json(t) else '[' + t for t in texts]
        got = ours(binary, botocore_data, service, operation, texts, 'yaml' if yaml else 'json')
        for (doc, kind), text, expected, actual in zip(docs, texts, verdicts, got):
            if expected is None:
                skipped += 1
                continue
            total += 1
            if expected == actual:
                agree += 1
            else:
                disagreements.append((service, operation, kind, text[:300], sorted(map(str, expected)),
                                      sorted(map(str, actual))))
    rate = agree / total if total else 0
    print(f'\n{"YAML" if yaml else "JSON"}: {agree}/{total} documents identical ({rate:.4%}), {skipped} skipped '
          f'(the CLI failed for another reason)')
    for d in disagreements[:15]:
        print('  DIFF', d)
    assert total > 1000
    assert rate >= TARGET, f'{len(disagreements)} disagreements'


def _is_json(text):
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


def test_json_documents_agree_with_the_cli(corpus, binary, botocore_data):
    compare(corpus, binary, botocore_data, yaml=False)


def test_same_data_as_yaml_agrees(corpus, binary, botocore_data):
    compare(corpus, binary, botocore_data, yaml=True)
