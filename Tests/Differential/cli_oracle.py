"""Runs the real AWS CLI (v1, in-process) on `--cli-input-json` documents with requests stubbed out, and records
exactly what botocore's client-side validation reports (or that the CLI refused the file before validating)."""
import io
import json
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from unittest import mock

os.environ.setdefault('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE')
os.environ.setdefault('AWS_SECRET_ACCESS_KEY', 'secret')
os.environ.setdefault('AWS_DEFAULT_REGION', 'us-east-1')
os.environ['AWS_CONFIG_FILE'] = os.devnull
os.environ['AWS_SHARED_CREDENTIALS_FILE'] = os.devnull
os.environ['AWS_PAGER'] = ''

import botocore.validate  # noqa: E402
from botocore.awsrequest import AWSResponse  # noqa: E402

# botocore's error kinds → cli-input-ls finding codes.
CODES = {
    'missing required field': 'missing-required',
    'unknown field': 'unknown-member',
    'invalid type': 'invalid-type',
    'invalid length': 'min-length',
    'invalid range': 'min-value',
    'empty input': 'union-empty',
    'more than one input': 'union-multiple',
    'invalid type for document': 'invalid-type',
    'unable to encode to json': 'invalid-type',
}


class _Recorder:
    def __init__(self):
        self.errors = None

    def install(self):
        original = botocore.validate.ParamValidator.validate
        recorder = self

        def validate(validator, params, shape):
            report = original(validator, params, shape)
            recorder.errors = list(report._errors)
            return report

        return mock.patch.object(botocore.validate.ParamValidator, 'validate', validate)


def _stub_response(**kwargs):
    raw = mock.Mock()
    raw.stream.return_value = iter([b''])
    return AWSResponse('https://example.invalid', 200, {}, raw)


class CLIOracle:
    """One AWS CLI driver reused for many commands."""

    def __init__(self):
        import awscli.clidriver
        self.driver = awscli.clidriver.create_clidriver()
        self.driver.session.register('before-send', _stub_response)

    def verdict(self, service, operation, document_text):
        """{(code, path, member)} botocore reports; {('syntax', 'input', None)} when the CLI refuses invalid JSON;
        {('invalid-type', 'input', None)} for a top level that is not an object; None when the CLI fails for
        another reason."""
        recorder = _Recorder()
        out, err = io.StringIO(), io.StringIO()
        with recorder.install(), redirect_stdout(out), redirect_stderr(err):
            try:
                status = self.driver.main([service, operation, '--cli-input-json', document_text])
            except SystemExit as e:
                status = e.code
            except Exception as e:  # noqa: BLE001 - the CLI itself crashed (e.g. v1 on a top-level list)
                status = 255
                err.write(repr(e))
        stderr = err.getvalue()
        self.last_error = stderr.strip().splitlines()[-1] if stderr.strip() else f'exit {status}'
        if recorder.errors is not None:
            return {self._finding(kind, name, extra) for kind, name, extra in recorder.errors}
        if 'Invalid JSON' in stderr:
            return {('syntax', 'input', None)}
        if "has no attribute 'keys'" in stderr or 'Invalid type: expecting map' in stderr:
            # v1 crashes on a top level that is not an object; v2 reports `Invalid type: expecting map`.
            return {('invalid-type', 'input', None)}
        if status == 0 or 'An error occurred' in stderr or 'Unable to parse response' in stderr:
            return set()  # validation passed; the stubbed response may not parse, which does not matter here
        return None

    @staticmethod
    def _finding(kind, name, extra):
        code = CODES.get(kind, kind)
        path = name[1:] if name.startswith('.') else name
        path = path or 'input'
        member = None
        if kind == 'missing required field':
            member = extra['required_name']
        elif kind == 'unknown field':
            member = extra['unknown_param']
        return (code, path, member)


if __name__ == '__main__':
    oracle = CLIOracle()
    print(oracle.verdict(sys.argv[1], sys.argv[2], sys.argv[3]))
