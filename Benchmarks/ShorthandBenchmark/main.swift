// Times ShorthandParser on 100 KB strings of several shapes; prints numbers, asserts nothing.
//
//     swift run -c release shorthand-benchmark            # our parser
//     swift run -c release shorthand-benchmark --python   # and the AWS CLI's, via python3, side by side
//     swift run -c release shorthand-benchmark --only 6   # one shape (1-based), e.g. for perf record

import Foundation
import ShorthandSyntax

/// One input shape, built up to about `size` bytes.
struct Shape {
    var name: String
    var unit: (Int) -> String
    var prefix = ""
    var suffix = ""

    func text(size: Int) -> String {
        var out = prefix
        var i = 0
        while out.utf8.count < size {
            out += unit(i)
            i += 1
        }
        return out + suffix
    }
}

let size = 100 * 1024
let shapes: [Shape] = [
    Shape(name: "filters (keys, implicit lists, backtracking)") { i in
        "\(i == 0 ? "" : ",")Key\(i)=STATUS,Values\(i)=SUCCESS,FAILED,PENDING"
    },
    Shape(
        name: "explicit list of hashes",
        unit: { i in
            "\(i == 0 ? "" : ","){Name=tag:Name\(i),Values=[web-\(i),db-\(i),'x,y']}"
        }, prefix: "Filters=[", suffix: "]"),
    Shape(name: "quoted values with escapes") { i in
        "\(i == 0 ? "" : ",")k\(i)='it\\'s, \"quoted\" = \(i)',d\(i)=\"a\\\"b\\\\c,\(i)\""
    },
    Shape(name: "one long unquoted value (é, 中)", unit: { _ in "abc é 中 \\, def " }, prefix: "Description="),
    Shape(name: "backtracking into \\, escapes") { i in "\(i == 0 ? "" : ",")a\(i)=b,x\\,y\(i)=c" },
    Shape(name: "nested pairs, accepted") { i in "\(i == 0 ? "" : ",")Key\(i)=[a,{b=c}],V\(i)=x,y" },
    Shape(
        name: "the same refused at the end (+ tolerant pass)",
        unit: { i in
            "\(i == 0 ? "" : ",")Key\(i)=[a,{b=c}],V\(i)=x,y"
        }, suffix: ","),
]

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

/// The AWS CLI's parse time for `text` (best of a few runs), in milliseconds, or nil when python3 is unavailable.
func pythonMilliseconds(_ text: String) -> Double? {
    let script = """
        import json, sys, time
        from awscli.shorthand import ShorthandParser
        s = json.loads(sys.stdin.read())
        best = None
        for _ in range(5):
            t = time.perf_counter()
            try:
                ShorthandParser().parse(s)
            except Exception:
                pass
            d = time.perf_counter() - t
            best = d if best is None or d < best else best
        print(best * 1000)
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": literal += "\\\""
        case "\\": literal += "\\\\"
        case "\n": literal += "\\n"
        default: literal.unicodeScalars.append(scalar)
        }
    }
    input.fileHandleForWriting.write(Data((literal + "\"").utf8))
    try? input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

let withPython = CommandLine.arguments.contains("--python")
let only = CommandLine.arguments.firstIndex(of: "--only").flatMap { i in
    i + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[i + 1]) : nil
}
let clock = ContinuousClock()
print("ShorthandParser.parse on ~100 KB strings (release build), 50 runs each")
for (number, shape) in zip(1..., shapes) where only == nil || only == number {
    let text = shape.text(size: size)
    var result = ShorthandParser.parse(text)
    var times = [Double]()
    for _ in 0..<50 {
        let start = clock.now
        result = ShorthandParser.parse(text)
        times.append(milliseconds(clock.now - start))
    }
    times.sort()
    let verdict = result.error.map { "refused at \($0.index)" } ?? "accepted"
    var line = String(
        format: "%-48@ %7d bytes  min %6.3f ms  median %6.3f ms  %@", shape.name, text.utf8.count, times[0],
        times[times.count / 2], verdict)
    if withPython, let python = pythonMilliseconds(text) {
        line += String(format: "  | AWS CLI %8.1f ms", python)
    }
    print(line)
}
