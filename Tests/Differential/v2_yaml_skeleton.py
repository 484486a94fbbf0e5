"""A reference for AWS CLI v2's `--generate-cli-skeleton yaml-input`, built on ruamel.yaml 0.19.1 (the version the
v2 installer pins) and botocore's shape objects, following AWSCLI.md 2.4. The AWS CLI v2 itself is not installable
here; the seeds' outputs in AWSCLI.md (checked in test_skeleton.py) pin this reference to the real one.
"""
import io
import re
import xml.etree.ElementTree as ET

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, TaggedScalar


def _first_sentence(docs):
    try:
        text = ''.join(ET.fromstring(f'<doc>{docs}</doc>').itertext())
    except ET.ParseError:
        text = docs
    cut = re.split(r'[.:]', text, maxsplit=1)[0]
    if cut:
        cut += '.'
    return cut.replace('\n', ' ').replace('\u2028', ' ')


def _comment(structure, name, member):
    parts = []
    if name in structure.required_members:
        parts.append('[REQUIRED]')
    parts.append(_first_sentence(member.documentation or ''))
    enum = getattr(member, 'enum', None)
    if enum:
        parts.append('Valid values are: ' + ', '.join(enum) + '.')
    text = ' '.join(parts)
    return None if not text or text.isspace() else text


def _node(shape, stack):
    stack.append(shape.name)
    try:
        if shape.type_name == 'structure':
            if stack.count(shape.name) > 1:
                return CommentedMap()
            mapping = CommentedMap()
            for name, member in shape.members.items():
                mapping[name] = _node(member, stack)
                comment = _comment(shape, name, member)
                if comment is not None:
                    mapping.yaml_add_eol_comment('# ' + comment, name)
            return mapping
        if shape.type_name == 'list':
            return [_node(shape.member, stack)]
        if shape.type_name == 'map':
            return CommentedMap([('KeyName', _node(shape.value, stack))])
        if shape.type_name == 'string':
            enum = getattr(shape, 'enum', None)
            return enum[0] if enum else ''
        if shape.type_name in ('integer', 'long'):
            return 0
        if shape.type_name in ('float', 'double'):
            return 0.0
        if shape.type_name == 'boolean':
            return True
        if shape.type_name == 'timestamp':
            import datetime
            return datetime.datetime(1970, 1, 1, 0, 0, 0)
        if shape.type_name == 'blob':
            # AWSCLI.md 2.4 shows v2 printing `Blob: !!binary ''`; ruamel writes a bytes value as `!!binary |`,
            # so v2's value is a binary-tagged empty scalar.
            return TaggedScalar('', tag='tag:yaml.org,2002:binary')
        return None
    finally:
        stack.pop()


def yaml_skeleton(operation_model):
    shape = operation_model.input_shape
    root = CommentedMap() if shape is None else _node(shape, [])
    stream = io.StringIO()
    YAML().dump(root, stream)
    return stream.getvalue()
