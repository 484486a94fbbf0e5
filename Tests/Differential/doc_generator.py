"""Generates input documents for an operation from its botocore input shape: valid ones, and ones broken by one
mutation each (a dropped required member, an unknown or misspelt key, a wrong type, null, a value below the
minimum, a union with zero or two members, a bad timestamp...)."""
import copy
import random
import string

ALNUM = string.ascii_letters + string.digits


class Generator:
    def __init__(self, rng, max_depth=6):
        self.rng = rng
        self.max_depth = max_depth

    # -- valid values ------------------------------------------------------------------------------------------

    def value(self, shape, depth=0, stack=()):
        t = shape.type_name
        if t == 'structure':
            if getattr(shape, 'is_document_type', False):
                return self.rng.choice([{'a': 1}, [1, 'x'], 'text', 3, None, True])
            return self.structure(shape, depth, stack)
        if t == 'list':
            low = int(shape.metadata.get('min', 0) or 0)
            n = max(low, self.rng.choice([1, 1, 2]))
            if depth >= self.max_depth:
                n = low
            return [self.value(shape.member, depth + 1, stack) for _ in range(min(n, 3) if low <= 3 else low)]
        if t == 'map':
            if depth >= self.max_depth:
                return {}
            key = self.string(shape.key)
            return {key: self.value(shape.value, depth + 1, stack)}
        if t == 'string':
            return self.string(shape)
        if t in ('integer', 'long'):
            low = shape.metadata.get('min', 0)
            high = shape.metadata.get('max', low + 100)
            low, high = int(low), int(min(high, low + 1000))
            return self.rng.randint(low, max(low, high))
        if t in ('float', 'double'):
            low = float(shape.metadata.get('min', 0))
            return round(low + self.rng.random() * 10, 2)
        if t == 'boolean':
            return self.rng.choice([True, False])
        if t == 'timestamp':
            return self.rng.choice(['2024-07-07T00:00:00Z', 1720310400, '2024-07-07', '2024-07-07T10:20:30+02:00'])
        if t == 'blob':
            return self.rng.choice(['aGVsbG8=', 'dGVzdA=='])
        return None

    def structure(self, shape, depth, stack):
        if shape.name in stack:
            return {}
        stack = stack + (shape.name,)
        members = list(shape.members.items())
        required = set(shape.required_members)
        result = {}
        if shape.metadata.get('union'):
            if members:
                name, member = self.rng.choice(members)
                result[name] = self.value(member, depth + 1, stack)
            return result
        for name, member in members:
            if name in required or (depth < self.max_depth and self.rng.random() < 0.4):
                result[name] = self.value(member, depth + 1, stack)
        return result

    def string(self, shape):
        enum = getattr(shape, 'enum', None) or shape.metadata.get('enum')
        if enum:
            return self.rng.choice(enum)
        low = int(shape.metadata.get('min', 1) or 1)
        high = int(shape.metadata.get('max', max(low, 12)))
        n = max(low, min(high, self.rng.randint(3, 12)))
        return ''.join(self.rng.choice(ALNUM) for _ in range(n)) if n < 4096 else 'x' * n

    # -- mutations ---------------------------------------------------------------------------------------------

    def places(self, value, shape, path=()):
        """Every (path, value, shape) in a generated document."""
        yield path, value, shape
        t = shape.type_name
        if t == 'structure' and isinstance(value, dict) and not getattr(shape, 'is_document_type', False):
            for name, child in value.items():
                if name in shape.members:
                    yield from self.places(child, shape.members[name], path + (name,))
        elif t == 'list' and isinstance(value, list):
            for i, child in enumerate(value):
                yield from self.places(child, shape.member, path + (i,))
        elif t == 'map' and isinstance(value, dict):
            for key, child in value.items():
                yield from self.places(child, shape.value, path + (key,))

    @staticmethod
    def _set(doc, path, new):
        if not path:
            return new
        target = doc
        for p in path[:-1]:
            target = target[p]
        target[path[-1]] = new
        return doc

    @staticmethod
    def _delete(doc, path):
        target = doc
        for p in path[:-1]:
            target = target[p]
        del target[path[-1]]

    def mutate(self, doc, shape):
        """A copy of `doc` with one mutation, and its name."""
        doc = copy.deepcopy(doc)
        places = list(self.places(doc, shape))
        kind = self.rng.choice([
            'drop-required', 'unknown-key', 'misspelt-key', 'null', 'wrong-type', 'wrong-type', 'bool-number',
            'below-min', 'union', 'timestamp', 'float-for-int', 'string-number', 'top-level',
        ])
        if kind == 'drop-required':
            options = [(p, v, s) for p, v, s in places if s.type_name == 'structure' and isinstance(v, dict)
                       and any(r in v for r in s.required_members)]
            if options:
                p, v, s = self.rng.choice(options)
                name = self.rng.choice([r for r in s.required_members if r in v])
                self._delete(doc, p + (name,))
                return doc, kind
        if kind in ('unknown-key', 'misspelt-key'):
            options = [(p, v, s) for p, v, s in places if s.type_name == 'structure' and isinstance(v, dict)
                       and not getattr(s, 'is_document_type', False)]
            if options:
                p, v, s = self.rng.choice(options)
                if kind == 'misspelt-key' and s.members:
                    name = self.rng.choice(list(s.members))
                    bad = self.rng.choice([name.lower(), name.upper(), name[:-1], name + 's', name[0].lower() + name[1:]])
                else:
                    bad = 'Bogus' + ''.join(self.rng.choice(string.ascii_letters) for _ in range(3))
                target = doc
                for q in p:
                    target = target[q]
                target[bad] = 'x'
                return doc, kind
        scalars = [(p, v, s) for p, v, s in places if p]
        if not scalars:
            return doc, 'none'
        p, v, s = self.rng.choice(scalars)
        t = s.type_name
        if kind == 'null':
            return self._set(doc, p, None), kind
        if kind == 'wrong-type':
            replacement = {
                'string': self.rng.choice([5, True, ['x'], {'a': 'b'}]),
                'integer': self.rng.choice(['5', [1], {'a': 1}]),
                'long': self.rng.choice(['5', [1]]),
                'float': self.rng.choice(['1.5', [1.5]]),
                'double': self.rng.choice(['1.5', {'v': 1}]),
                'boolean': self.rng.choice(['true', 1, 'yes']),
                'timestamp': self.rng.choice([[2024], {'t': 1}, True]),
                'blob': self.rng.choice([5, ['x'], True]),
                'list': self.rng.choice(['x', {'a': 'b'}, 5]),
                'map': self.rng.choice([['x'], 'x', 5]),
                'structure': self.rng.choice([['x'], 'x', 5]),
            }.get(t, 'x')
            return self._set(doc, p, replacement), kind
        if kind == 'bool-number' and t in ('integer', 'long', 'float', 'double'):
            return self._set(doc, p, self.rng.choice([True, False])), kind
        if kind == 'float-for-int' and t in ('integer', 'long'):
            return self._set(doc, p, float(v) if isinstance(v, int) else 5.0), kind
        if kind == 'string-number' and t in ('float', 'double'):
            return self._set(doc, p, self.rng.choice([3, 0, -1])), kind
        if kind == 'below-min':
            low = s.metadata.get('min')
            if low is not None:
                if t == 'string':
                    return self._set(doc, p, 'x' * max(0, int(low) - 1)), kind
                if t in ('integer', 'long', 'float', 'double'):
                    return self._set(doc, p, low - 1), kind
                if t == 'list' and low >= 1:
                    return self._set(doc, p, list(v)[: int(low) - 1] if isinstance(v, list) else []), kind
            if t == 'string':
                return self._set(doc, p, ''), kind
        if kind == 'union':
            options = [(q, w, u) for q, w, u in places if u.type_name == 'structure' and u.metadata.get('union')]
            if options:
                q, w, u = self.rng.choice(options)
                if self.rng.random() < 0.5:
                    return self._set(doc, q, {}), kind
                extra = [n for n in u.members if n not in w]
                if extra:
                    name = self.rng.choice(extra)
                    new = dict(w)
                    new[name] = self.value(u.members[name], 5)
                    return self._set(doc, q, new), kind
        if kind == 'timestamp' and t == 'timestamp':
            return self._set(doc, p, self.rng.choice(
                ['not a date', '2020-13-01', 'Jan 1 2020', '1 1 1', 'yesterday', '', '2020-01-01 25:00'])), kind
        if kind == 'top-level':
            return self.rng.choice([[doc], 'text', 5, None]), kind
        return self._set(doc, p, None), 'null'
