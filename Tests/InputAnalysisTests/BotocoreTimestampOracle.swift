import Foundation
import InputAnalysis
import InputSyntax

/// Runs botocore's own `parse_to_aware_datetime` in one `python3` process over many values and reads its verdicts.
struct BotocoreTimestampOracle {
    /// A value as the Python side receives it.
    enum Value: Hashable {
        case string(String)
        case integer(String)
        case float(Double)
        case bool(Bool)
        case bytes([UInt8])

        var scalarKind: ScalarKind {
            switch self {
            case .string(let text): .string(text)
            case .integer(let digits): .integer(digits)
            case .float(let number): .float(number)
            case .bool(let flag): .bool(flag)
            case .bytes(let data): .binary(data)
            }
        }

        /// One JSON line for the script below.
        var jsonLine: String {
            switch self {
            case .string(let text): #"{"k":"s","v":\#(Self.jsonString(text))}"#
            case .integer(let digits): #"{"k":"i","v":"\#(digits)"}"#
            case .float(let number):
                #"{"k":"f","v":"\#(number.isNaN ? "nan" : number.isInfinite ? (number < 0 ? "-inf" : "inf") : "\(number)")"}"#
            case .bool(let flag): #"{"k":"b","v":\#(flag)}"#
            case .bytes(let data): #"{"k":"y","v":"\#(Data(data).base64EncodedString())"}"#
            }
        }

        /// ASCII-only JSON string: every non-ASCII or control character escaped, so no line breaking can interfere.
        static func jsonString(_ text: String) -> String {
            var out = "\""
            for unit in text.utf16 {
                switch unit {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
                default:
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
            return out + "\""
        }
    }

    /// What Python reported for one value.
    enum Answer: Equatable {
        case accepted(Double)
        case rejected
        case crashed(String)
    }

    struct Run {
        var today: BotocoreTimestamp.Today
        var hostZoneNames: [String]
        var answers: [Answer]
    }

    enum Failure: Error, CustomStringConvertible {
        case python(String)
        var description: String {
            switch self {
            case .python(let message): message
            }
        }
    }

    static let script = #"""
        import sys, json, base64, datetime, time, warnings
        warnings.simplefilter("ignore")
        try:
            from botocore.utils import parse_to_aware_datetime
        except ImportError as e:
            print("botocore is not importable: %s" % e, file=sys.stderr)
            sys.exit(3)
        EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        now = datetime.datetime.now()
        out = [json.dumps({"today": [now.year, now.month, now.day], "tzname": list(time.tzname)})]
        for line in sys.stdin:
            item = json.loads(line)
            k, v = item["k"], item["v"]
            value = {"s": lambda: v, "i": lambda: int(v), "f": lambda: float(v), "b": lambda: bool(v),
                     "y": lambda: base64.b64decode(v)}[k]()
            try:
                dt = parse_to_aware_datetime(value)
                micros = (dt - EPOCH) // datetime.timedelta(microseconds=1)
                out.append(json.dumps(["A", micros]))
            except (TypeError, ValueError, AttributeError):
                out.append('["R"]')
            except Exception as e:
                out.append(json.dumps(["C", type(e).__name__]))
        sys.stdout.write("\n".join(out) + "\n")
        """#

    /// Runs the script once with `TZ=timeZone` over `values`.
    static func run(_ values: [Value], timeZone: String) throws -> Run {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("botocore-timestamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.jsonl")
        let output = directory.appendingPathComponent("out.jsonl")
        let errors = directory.appendingPathComponent("err.txt")
        try (values.map(\.jsonLine).joined(separator: "\n") + "\n").write(to: input, atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = timeZone
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        do {
            try process.run()
        } catch {
            throw Failure.python("cannot start python3 (needed with botocore for this test): \(error)")
        }
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Failure.python(
                "python3 with botocore is required for this test (exit \(process.terminationStatus)): \(stderr)")
        }
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map(String.init)
        guard lines.count == values.count + 1,
            let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any],
            let today = header["today"] as? [Int], today.count == 3, let names = header["tzname"] as? [String]
        else { throw Failure.python("unexpected output from python3: \(lines.prefix(3)) \(stderr)") }
        let answers = try lines.dropFirst().map { line -> Answer in
            guard let array = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any],
                let tag = array.first as? String
            else { throw Failure.python("unexpected answer line: \(line)") }
            switch tag {
            case "A":
                guard let micros = array.last as? NSNumber else { throw Failure.python("bad instant: \(line)") }
                return .accepted(micros.doubleValue / 1e6)
            case "R": return .rejected
            default: return .crashed(array.last as? String ?? "?")
            }
        }
        return Run(
            today: BotocoreTimestamp.Today(year: today[0], month: today[1], day: today[2]), hostZoneNames: names,
            answers: answers)
    }
}
