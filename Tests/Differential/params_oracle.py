"""Runs the real AWS CLI (v1, in-process) on whole command lines and records the parameters of the first request
as botocore validates them, or that the CLI refused the command line. No request is sent: the call stops right
after botocore's `before-parameter-build` handlers, once the parameters have been validated."""
import base64
import copy
import io
import json
import logging
import math
import os
from contextlib import redirect_stderr, redirect_stdout
from unittest import mock

os.environ.setdefault('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE')
os.environ.setdefault('AWS_SECRET_ACCESS_KEY', 'secret')
os.environ.setdefault('AWS_DEFAULT_REGION', 'us-east-1')
os.environ['AWS_CONFIG_FILE'] = os.devnull
os.environ['AWS_SHARED_CREDENTIALS_FILE'] = os.devnull
os.environ['AWS_PAGER'] = ''

import botocore.client  # noqa: E402
import botocore.validate  # noqa: E402


class _Stop(Exception):
    """Raised once the first request's parameters are recorded, so that nothing is sent."""


class ParamsOracle:
    """One AWS CLI driver reused for many command lines."""

    def __init__(self):
        import awscli.clidriver
        _install_tracking()
        self.driver = awscli.clidriver.create_clidriver()
        self.driver._get_command_table()
        self._client_config = self.driver.session.get_default_client_config()
        self._registered = []
        inner = self.driver.session.get_component('event_emitter')._emitter
        for name in ('register', 'register_first', 'register_last'):
            setattr(inner, name, _recording(self, getattr(inner, name)))

    def run(self, argv):
        """{'accepted': True, 'params': <JSON-ready value>} when botocore would send the request;
        {'accepted': False, 'errors': [...], 'stderr': ...} when the CLI refuses the command line."""
        record = {}
        original = botocore.client.BaseClient._emit_api_params

        def emit_api_params(client, api_params, operation_model, context):
            params = original(client, api_params=api_params, operation_model=operation_model, context=context)
            if 'params' not in record:
                record['params'] = copy.copy(params)
                record['operation'] = operation_model
                report = botocore.validate.ParamValidator().validate(params, operation_model.input_shape)
                record['errors'] = [str(e) for e in report._errors] if report.has_errors() else []
            raise _Stop()

        self._restore_tables(argv)
        # Global options write into the session (`--region`, `--profile`, client config): start clean.
        session = self.driver.session
        session._session_instance_vars.clear()
        session.set_default_client_config(self._client_config)
        out, err = io.StringIO(), io.StringIO()
        with mock.patch.object(botocore.client.BaseClient, '_emit_api_params', emit_api_params), \
                redirect_stdout(out), redirect_stderr(err):
            try:
                self.driver.main(list(argv))
            except SystemExit:
                pass
            except Exception as e:  # noqa: BLE001 - the CLI crashed on the input: a refusal too
                err.write(repr(e))
        for name in ('botocore', 'awscli', 's3transfer', 'urllib3'):
            # `--debug` (or an abbreviation of it) attaches stream handlers that would outlive the command line.
            logger = logging.getLogger(name)
            logger.handlers.clear()
            logger.setLevel(logging.NOTSET)
        if 'params' not in record or record['errors']:
            return {'accepted': False, 'errors': record.get('errors'), 'stderr': err.getvalue()[-400:]}
        return {'accepted': True, 'params': to_json(record['params']), 'operation': record['operation']}

    def _restore_tables(self, argv):
        """Each real `aws` invocation is a new process. In one long-lived driver, argument tables are cached and
        changed in place (`--cli-input-json` makes every argument optional), and handlers registered while
        building them pile up (EC2's flag pairs of one command would check another's namespace). Forget the tables
        built and the handlers registered by the previous command line."""
        for operation in _BUILT:
            operation._arg_table = None
        _BUILT.clear()
        inner = self.driver.session.get_component('event_emitter')._emitter
        for event_name, handler, unique_id in reversed(self._registered):
            inner.unregister(event_name, handler=handler, unique_id=unique_id)
        self._registered = []


_BUILT = []


def _recording(oracle, method):
    def register(event_name, handler, unique_id=None, unique_id_uses_count=False):
        oracle._registered.append((event_name, handler, unique_id))
        return method(event_name, handler, unique_id=unique_id, unique_id_uses_count=unique_id_uses_count)
    return register


def _tracking(create):
    def create_argument_table(operation):
        table = create(operation)
        _BUILT.append(operation)
        return table
    return create_argument_table


def _install_tracking():
    from awscli.clidriver import ServiceOperation
    if not getattr(ServiceOperation, '_oracle_patched', False):
        ServiceOperation._create_argument_table = _tracking(ServiceOperation._create_argument_table)
        ServiceOperation._oracle_patched = True


def to_json(value):
    """The parameters as `params` prints them: bytes as {"$base64"}, open files as {"$file"}."""
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {'$base64': base64.b64encode(bytes(value)).decode()}
    if hasattr(value, 'read') and hasattr(value, 'name'):
        name = value.name
        value.close()
        return {'$file': name}
    return value


def canonical(value):
    """A comparable text for JSON-ready values (NaN equal to itself, key order ignored)."""
    def fix(v):
        if isinstance(v, float) and math.isnan(v):
            return 'NaN-float'
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        if isinstance(v, list):
            return [fix(x) for x in v]
        return v
    return json.dumps(fix(value), sort_keys=True)
