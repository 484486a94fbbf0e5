"""Generates AWS CLI command lines for an operation from the CLI's own argument table and the input shape: valid
ones (required options, a random choice of the others, values as words, shorthand or JSON), and ones changed by
one mutation each (a dropped or misspelt option, an abbreviation, a repeated option, --opt=value, a stray word,
a broken shorthand or JSON value, numbers that are not numbers, file:// values, --cli-input-json merges, paging
and global options)."""
import json
import os
import re
import string

from doc_generator import Generator

PLAIN = re.compile(r'^[A-Za-z0-9_.:/@+-][A-Za-z0-9_.:/@+ -]*$')
WORDS = ['abc', 'my-name', 'é-ü', 'x😀y', 'a b', 'x,y', 'key=value', '[x', '{y', ' padded ', 'ÆØÅ', '*',
         'arn:aws:iam::123456789012:role/x', '0123', 'true', 'null', '"quoted"', "it's"]
INTEGERS = ['5', ' 7 ', '1_0', '-3', '0', '12', '١٢', '99999999999999999999', '+4']
BAD_INTEGERS = ['abc', '1.5', '1__0', '_1', '', '0x10', '5e2', 'seven']
FLOATS = ['1.5', '1e3', '-2', '0', '3.25', '.5', '1_0.5', 'nan', 'inf']
BAD_FLOATS = ['x', '1.5.2', '', '1e', 'e5', '1_.5']
MUTATION_CHARS = list('=,[]{}\'"\\ ')


class CommandGenerator:
    """Command lines for one operation of the CLI's command table."""

    def __init__(self, rng, directory):
        self.rng = rng
        self.values = Generator(rng, max_depth=3)
        self.directory = directory
        self.files = 0

    # -- the argument table ------------------------------------------------------------------------------------

    @staticmethod
    def options(operation):
        """{member: (cli name, kind)} for the model-driven arguments; kind is 'list', 'bool' or 'one'."""
        from awscli import arguments
        result = {}
        for name, argument in operation.arg_table.items():
            if getattr(argument, '_UNDOCUMENTED', False) and type(argument) is not arguments.CLIArgument:
                continue
            kind = {arguments.ListArgument: 'list', arguments.BooleanArgument: 'bool',
                    arguments.CLIArgument: 'one'}.get(type(argument))
            if kind is None or (kind == 'bool' and name.startswith('no-') and
                                argument._serialized_name in result):
                continue
            result.setdefault(argument._serialized_name, (name, kind))
        return result

    # -- command lines -----------------------------------------------------------------------------------------

    def command(self, service, command, operation):
        """(argv, kind): a valid command line, or one changed by a mutation."""
        model = operation._operation_model
        shape = model.input_shape
        options = self.options(operation)
        required = [m for m in shape.required_members if m in options] if shape else []
        chosen = list(required)
        for member in options:
            if member not in chosen and self.rng.random() < 0.3:
                chosen.append(member)
        groups = []
        for member in chosen:
            name, kind = options[member]
            groups.append(self.option(name, kind, shape.members[member]))
        self.rng.shuffle(groups)
        argv = [service, command]
        for group in groups:
            argv += group
        if self.rng.random() < 0.5:
            return argv, 'valid'
        return self.mutate(argv, groups, options, shape, operation, service, command)

    def option(self, name, kind, member):
        """The words of one option with a generated value."""
        if kind == 'bool':
            return ['--' + self.rng.choice([name, 'no-' + name])]
        return ['--' + name] + self.words(member, kind)

    def words(self, member, kind):
        t = member.type_name
        if kind == 'list':
            element = member.member
            if element.type_name in ('structure', 'list', 'map') and not _is_document(element):
                value = self.values.value(member)
                choice = self.rng.random()
                if choice < 0.6:
                    return [self.shorthand(v, element) for v in value] or []
                if choice < 0.8:
                    return [json.dumps(value)]
                return [json.dumps(v) for v in value]
            count = self.rng.choice([1, 1, 2, 3])
            return [self.scalar_word(element) for _ in range(count)]
        if t in ('structure', 'map') and not _is_document(member):
            value = self.values.value(member)
            if self.rng.random() < 0.65:
                return [self.shorthand(value, member)]
            return [json.dumps(value)]
        if _is_document(member):
            return [json.dumps(self.values.value(member))]
        return [self.scalar_word(member)]

    def scalar_word(self, shape):
        t = shape.type_name
        if t in ('integer', 'long'):
            if self.rng.random() < 0.7:
                return str(self.values.value(shape))
            return self.rng.choice(INTEGERS)
        if t in ('float', 'double'):
            return self.rng.choice(FLOATS + [str(self.values.value(shape))])
        if t == 'boolean':
            return self.rng.choice(['true', 'false', 'True', 'yes', ''])
        if t == 'timestamp':
            return self.rng.choice(['2024-07-07T00:00:00Z', '1720310400', '2024-07-07', 'Jan 1 2020'])
        if t == 'blob':
            return self.rng.choice(['aGVsbG8=', 'hello', 'dGVzdA=='])
        if t == 'string':
            enum = shape.enum
            if enum and self.rng.random() < 0.7:
                return self.rng.choice(enum)
            if self.rng.random() < 0.6:
                return self.values.string(shape)
            return self.rng.choice(WORDS)
        return 'x'

    def shorthand(self, value, shape, top=True):
        """`value` written in shorthand (quoting what plain values cannot hold)."""
        t = shape.type_name
        if isinstance(value, dict) and t in ('structure', 'map'):
            parts = []
            for key, item in value.items():
                if t == 'structure':
                    member = shape.members.get(key)
                else:
                    member = shape.value
                if member is None:
                    continue
                parts.append(f'{key}={self.shorthand(item, member, False)}')
            body = ','.join(parts)
            return body if top else '{' + body + '}'
        if isinstance(value, list) and t == 'list':
            return '[' + ','.join(self.shorthand(v, shape.member, False) for v in value) + ']'
        if isinstance(value, bool):
            return 'true' if value else 'false'
        if value is None:
            return "''"
        if isinstance(value, (dict, list)):
            return json.dumps(value)
        text = str(value)
        if PLAIN.match(text) and not text.endswith(' '):
            return text
        return "'" + text.replace("'", "\\'") + "'"

    # -- mutations ---------------------------------------------------------------------------------------------

    KINDS = [
        'drop', 'misspell', 'abbreviate', 'repeat', 'equals', 'stray', 'shorthand', 'shorthand', 'shorthand', 'json',
        'json', 'number', 'file', 'file-missing', 'input-json', 'input-file', 'paging', 'global', 'unknown',
        'empty-list', 'dash-value', 'mixed',
    ]

    def mutate(self, argv, groups, options, shape, operation, service, command):
        """One mutation that applies to this command line (tries a few kinds before giving up)."""
        for _ in range(6):
            kind = self.rng.choice(self.KINDS)
            mutated = self.mutate_as(kind, argv, groups, options, shape, operation, service, command)
            if mutated is not None:
                return mutated, kind
        return argv, 'valid'

    def mutate_as(self, kind, argv, groups, options, shape, operation, service, command):
        rng = self.rng
        words = list(argv)
        option_indexes = [i for i, w in enumerate(words) if w.startswith('--')]
        if kind == 'drop' and groups:
            drop = rng.choice(groups)
            return [service, command] + [w for g in groups if g is not drop for w in g]
        if kind == 'misspell' and option_indexes:
            i = rng.choice(option_indexes)
            name = words[i][2:]
            if len(name) > 2:
                j = rng.randrange(len(name) - 1)
                name = rng.choice([name[:j] + name[j + 1] + name[j] + name[j + 2:], name + 's', name[:-1],
                                   name.replace('-', '', 1)])
            words[i] = '--' + name
            return words
        if kind == 'abbreviate' and option_indexes:
            i = rng.choice(option_indexes)
            name = words[i][2:]
            words[i] = '--' + name[:max(1, rng.randrange(len(name)) + 1)]
            return words
        if kind == 'repeat' and groups:
            group = rng.choice(groups)
            member = next((m for m, (n, _) in options.items() if '--' + n == group[0]), None)
            again = self.option(options[member][0], options[member][1], shape.members[member]) if member else group
            return words + again
        if kind == 'equals':
            candidates = [g for g in groups if len(g) == 2]
            if candidates:
                group = rng.choice(candidates)
                rest = [w for g in groups if g is not group for w in g]
                return [service, command] + rest + [group[0] + '=' + group[1]]
        if kind == 'stray':
            words.insert(rng.randrange(2, len(words) + 1), rng.choice(['stray', 'x y', '-', '--', '-x', '5']))
            return words
        if kind == 'shorthand':
            candidates = [i for i in range(3, len(words)) if '=' in words[i] and not words[i].startswith('--')]
            if candidates:
                i = rng.choice(candidates)
                words[i] = self.mutate_text(words[i])
                return words
        if kind == 'json':
            candidates = [i for i in range(3, len(words)) if words[i][:1] in '[{']
            if candidates:
                i = rng.choice(candidates)
                text = words[i]
                words[i] = rng.choice([text[:max(1, len(text) // 2)], text + ',', text.replace('"', "'", 2),
                                       text.replace(':', '', 1), ' ' + text, text + ' x'])
                return words
        if kind == 'number':
            numbers = [(m, n) for m, (n, k) in options.items() if k == 'one'
                       and shape.members[m].type_name in ('integer', 'long', 'float', 'double')]
            if numbers:
                member, name = rng.choice(numbers)
                is_int = shape.members[member].type_name in ('integer', 'long')
                value = rng.choice(BAD_INTEGERS + INTEGERS if is_int else BAD_FLOATS + FLOATS)
                return words + ['--' + name, value]
        if kind in ('file', 'file-missing'):
            candidates = [i for i in range(3, len(words)) if not words[i].startswith('--')
                          and words[i - 1].startswith('--')]
            if candidates:
                i = rng.choice(candidates)
                if kind == 'file-missing':
                    words[i] = 'file://' + os.path.join(self.directory, 'missing', 'nope.txt')
                else:
                    words[i] = 'file://' + self.write_file(words[i])
                return words
        if kind in ('input-json', 'input-file') and shape is not None:
            document = self.values.value(shape)
            if rng.random() < 0.3:
                document, _ = self.values.mutate(document, shape)
            text = json.dumps(document)
            if rng.random() < 0.1:
                text = text[:max(1, len(text) // 2)]
            moved = [] if rng.random() < 0.5 else list(groups)
            keep = [w for g in groups if g not in moved for w in g] if moved else words[2:]
            value = text if kind == 'input-json' else 'file://' + self.write_file(text)
            return [service, command] + keep + ['--cli-input-json', value]
        if kind == 'paging':
            extra = rng.choice([
                ['--max-items', rng.choice(['5', '0', 'x', '-1'])], ['--page-size', rng.choice(['3', '0', 'x'])],
                ['--starting-token', rng.choice(['abc', 'a___b', 'None', 'eyJOZXh0VG9rZW4iOiAiYWJjIn0='])],
                ['--no-paginate', '--max-items', '3'], ['--no-paginate'],
            ])
            return words + extra
        if kind == 'global':
            extra = rng.choice([
                ['--region', 'us-west-2'], ['--region', 'bad region'], ['--output', 'json'], ['--output', 'yaml'],
                ['--endpoint-url', 'http://localhost:4566'], ['--endpoint-url', 'localhost'], ['--no-verify-ssl'],
                ['--color', 'off'], ['--cli-read-timeout', 'x'], ['--reg', 'eu-west-1'], ['--no'], ['--query', 'x'],
            ])
            position = rng.choice([0, 2, len(words)])
            return words[:position] + extra + words[position:]
        if kind == 'unknown':
            return words + ['--' + rng.choice(['bogus', 'cli-input-yaml', 'dry-runn', 'profile-name']),
                            'x']
        if kind == 'empty-list':
            lists = [n for m, (n, k) in options.items() if k == 'list']
            if lists:
                return words + ['--' + rng.choice(lists)]
        if kind == 'dash-value':
            ones = [n for m, (n, k) in options.items() if k == 'one']
            if ones:
                return words + ['--' + rng.choice(ones), rng.choice(['-x', '-5', '--y', '-1.5', '- x'])]
        if kind == 'mixed':
            lists = [n for m, (n, k) in options.items() if k == 'list'
                     and shape.members[m].member.type_name == 'structure']
            if lists:
                name = rng.choice(lists)
                member = next(m for m, (n, k) in options.items() if n == name)
                value = self.values.value(shape.members[member])
                element = shape.members[member].member
                items = [self.shorthand(v, element) if rng.random() < 0.5 else json.dumps(v) for v in value]
                return words + ['--' + name] + items
        return None

    def mutate_text(self, text):
        rng = self.rng
        chars = list(text)
        for _ in range(rng.choice([1, 1, 2])):
            op = rng.choice(['insert', 'delete', 'swap'])
            if op == 'insert' or len(chars) < 2:
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(MUTATION_CHARS))
            elif op == 'delete':
                del chars[rng.randrange(len(chars))]
            else:
                j = rng.randrange(len(chars) - 1)
                chars[j], chars[j + 1] = chars[j + 1], chars[j]
        return ''.join(chars)

    def write_file(self, text):
        self.files += 1
        path = os.path.join(self.directory, f'value{self.files:05}.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path


def _is_document(shape):
    if getattr(shape, 'is_document_type', False):
        return True
    if shape.type_name == 'list':
        return _is_document(shape.member)
    if shape.type_name == 'map':
        return _is_document(shape.value)
    return False
