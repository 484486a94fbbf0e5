#!/usr/bin/env python3
"""Regenerates the seed corpora in Fuzz/corpus/<target>/ from the repository's own material.

Sources: the input files and shell scripts of examples/, command lines of Benchmarks/params/script.sh, the JSON and YAML texts written in the Swift tests (string literals, keycap
position markers removed), the shorthand vectors of Tests/ShorthandSyntaxTests/Fixtures/shorthand.json (measured
against the AWS CLI), and a few hand-written JSON-RPC streams. Seeds are named by the SHA-1 of their content and
capped in size, so the committed corpora stay small. Usage: Fuzz/make-corpus.py (from anywhere).
"""
import hashlib
import json
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "corpus"
MAX_SEED = 2048
MARKER = re.compile("[0-9#*]\ufe0f\u20e3")


def swift_literals(directory):
    """The string literals of the Swift files under `directory`: raw `#"..."#`, plain one-line and multi-line."""
    texts = []
    for path in sorted((ROOT / directory).rglob("*.swift")):
        source = path.read_text(encoding="utf-8")
        for block in re.findall(r'"""\n(.*?)\n\s*"""', source, re.S):
            indent = min((len(l) - len(l.lstrip(" ")) for l in block.splitlines() if l.strip()), default=0)
            texts.append("\n".join(l[indent:] for l in block.splitlines()))
        texts += re.findall(r'#"(.*?)"#', source)
        texts += [unescape(t) for t in re.findall(r'(?<![#\\])"((?:[^"\\\n]|\\.){2,})"', source)]
    return [MARKER.sub("", t) for t in texts]


def unescape(text):
    """A Swift string literal's text with its escapes (`\\n`, `\\"`, `\\u{E9}`...) resolved; interpolations kept."""
    simple = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", '"': '"', "'": "'", "\\": "\\"}

    def replace(match):
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if code < 0xD800 or 0xDFFF < code <= 0x10FFFF else ""
        return simple.get(match.group(2), match.group(0))

    return re.sub(r"\\u\{([0-9A-Fa-f]{1,8})\}|\\(.)", replace, text)


def looks_like(text, kind):
    stripped = text.strip()
    if kind == "json":
        return stripped[:1] in "{[\"" or stripped[:1].isdigit()
    return ":" in stripped or stripped.startswith("-")


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def jsonrpc_seeds():
    uri = "file:///w/a.ssm.list-command-invocations.json"
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "json", "version": 1, "text": "{\"é\": \"😀\"}\r\n"}}},
        {"jsonrpc": "2.0", "id": "x", "method": "textDocument/completion",
         "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": "x"}},
        {"jsonrpc": "2.0", "id": 7, "result": None},
        {"jsonrpc": "2.0", "id": 8, "error": {"code": -32601, "message": "no"}},
    ]
    seeds = [b"".join(frame(m) for m in messages)]
    seeds += [frame(m) for m in messages]
    raw = '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"contentChanges":[{"text":"\\ud800x"}]}}'
    seeds.append(b"Content-Length: %d\r\n\r\n" % len(raw) + raw.encode())
    seeds += [
        b"Content-Length: 5\r\n\r\n[1,2]",
        b"content-length: 2\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n{}",
        b"Content-Length: 99999999\r\n\r\n{\"id\":3,\"method\":\"m\"",
        b"Content-Length: 4\r\n\r\n{}{}Content-Length: 2\r\n\r\n{}",
        b"Content-Length: x\r\n\r\ngarbage\xff\xfeContent-Length: 2\r\n\r\n{}",
        b"Content-Length: 10\r\n\r\n{\"a\":\"\xc3\"}",
    ]
    # Byte 0-4 of the jsonrpc target's input are limits and the chunking seed.
    return [bytes([64, 200, 32, 16, 5]) + s for s in seeds]


def write(target, seeds):
    directory = CORPUS / target
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    unique = {}
    for seed in seeds:
        data = seed.encode("utf-8") if isinstance(seed, str) else seed
        if 0 < len(data) <= MAX_SEED:
            unique[hashlib.sha1(data).hexdigest()] = data
    for name, data in unique.items():
        (directory / name).write_bytes(data)
    return len(unique), sum(len(d) for d in unique.values())


def main():
    examples = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
    example_json = [p.read_bytes() for p in examples if p.suffix == ".json"]
    example_yaml = [p.read_bytes() for p in examples if p.suffix != ".json"]
    json_texts = [t for t in swift_literals("Tests/JSONSyntaxTests") if looks_like(t, "json")]
    yaml_texts = [t for t in swift_literals("Tests/YAMLSyntaxTests") if looks_like(t, "yaml")]
    analysis_texts = swift_literals("Tests/InputAnalysisTests")
    vectors = json.loads((ROOT / "Tests/ShorthandSyntaxTests/Fixtures/shorthand.json").read_text())["vectors"]

    counts = {
        "json-parser": write("json-parser", example_json + json_texts[:300]),
        "yaml-parser": write("yaml-parser", example_yaml + yaml_texts[:300]),
        # Byte 0 of the shorthand target's input chooses the file loader.
        "shorthand-parser": write(
            "shorthand-parser", [bytes([i % 2]) + v["in"].encode("utf-8", "surrogatepass") for i, v in enumerate(vectors)]),
        "jsonrpc-framing": write("jsonrpc-framing", jsonrpc_seeds()),
    }
    # Bytes 0-5 of the analysis target's input: format, operation, completion and hover offsets.
    analysis = []
    for i, text in enumerate(example_json + [t.encode() for t in analysis_texts if looks_like(t, "json")][:120]):
        analysis.append(bytes([0, i % 8, 0, i * 7 % 256, 0, i * 13 % 256]) + text)
    for i, text in enumerate(example_yaml + [t.encode() for t in analysis_texts if looks_like(t, "yaml")][:120]):
        analysis.append(bytes([1, i % 8, 0, i * 7 % 256, 0, i * 13 % 256]) + text)
    # Byte 0 modulo 3 == 2: a shell script; seeds from examples/ and single commands of the params benchmark.
    scripts = [p.read_bytes() for p in sorted((ROOT / "examples").rglob("*.sh"))]
    lines = (ROOT / "Benchmarks/params/script.sh").read_text(encoding="utf-8").splitlines()
    commands = [line for line in dict.fromkeys(lines) if "aws " in line]
    scripts += [line.encode() for line in commands[:80]]
    for i, text in enumerate(scripts):
        analysis.append(bytes([2 + 128 * (i % 2), 0, 0, i * 11 % 256, 0, 0]) + text)
    counts["analysis"] = write("analysis", analysis)
    total = 0
    for target, (files, size) in counts.items():
        print(f"{target}: {files} seeds, {size} bytes")
        total += size
    print(f"total: {total} bytes")


if __name__ == "__main__":
    main()
