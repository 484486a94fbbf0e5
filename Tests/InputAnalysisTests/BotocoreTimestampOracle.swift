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
            case .string(let text): return #"{"k":"s","v":\#(Self.jsonString(text))}"#
            case .integer(let digits): return #"{"k":"i","v":"\#(digits)"}"#
            case .float(let number):
                let text = number.isNaN ? "nan" : number.isInfinite ? (number < 0 ? "-inf" : "inf") : "\(number)"
                return #"{"k":"f","v":"\#(text)"}"#
            case .bool(let flag): return #"{"k":"b","v":\#(flag)}"#
            case .bytes(let data): return #"{"k":"y","v":"\#(Data(data).base64EncodedString())"}"#
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
        import sys, json, base64, datetime, time, types, warnings
        warnings.simplefilter("ignore")
        try:
            from botocore.utils import parse_to_aware_datetime
        except ImportError as e:
            print("botocore is not importable: %s" % e, file=sys.stderr)
            sys.exit(3)
        import dateutil.parser._parser as dateutil_parser
        if len(sys.argv) > 1:
            # Pretend another date: dateutil fills missing fields from datetime.now() and places two-digit years
            # around the year it saw when it was imported.
            year, month, day = map(int, sys.argv[1].split("-"))
            class FixedNow(datetime.datetime):
                @classmethod
                def now(cls, tz=None):
                    return cls(year, month, day, 12, 0, 0)
            shim = types.SimpleNamespace(**{k: getattr(datetime, k) for k in dir(datetime) if not k.startswith("__")})
            shim.datetime = FixedNow
            dateutil_parser.datetime = shim
            dateutil_parser.DEFAULTPARSER.info._year = year
            dateutil_parser.DEFAULTPARSER.info._century = year // 100 * 100
        EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        now = dateutil_parser.datetime.datetime.now()
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

    /// Runs the script once with `TZ=timeZone` over `values`, on today's date or the one given.
    static func run(_ values: [Value], timeZone: String, pretending today: BotocoreTimestamp.Today? = nil) throws
        -> Run
    {
        let arguments = today.map { ["\($0.year)-\($0.month)-\($0.day)"] } ?? []
        let text = try python(
            script, arguments: arguments, input: values.map(\.jsonLine).joined(separator: "\n") + "\n",
            timeZone: timeZone)
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count == values.count + 1,
            let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any],
            let today = header["today"] as? [Int], today.count == 3, let names = header["tzname"] as? [String]
        else { throw Failure.python("unexpected output from python3: \(lines.prefix(3))") }
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

    /// Runs `python3 -c script arguments…` with `TZ=timeZone`, `input` on stdin; returns stdout. Temporary files
    /// rather than pipes, so neither side can block the other.
    static func python(_ script: String, arguments: [String] = [], input: String, timeZone: String = "UTC") throws
        -> String
    {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("botocore-timestamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputFile = directory.appendingPathComponent("in.txt")
        let outputFile = directory.appendingPathComponent("out.txt")
        let errorFile = directory.appendingPathComponent("err.txt")
        try input.write(to: inputFile, atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = timeZone
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        do {
            try process.run()
        } catch {
            throw Failure.python("cannot start python3 (needed, with botocore, for this test): \(error)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw Failure.python(
                "python3 with botocore is required for this test (exit \(process.terminationStatus)): \(stderr)")
        }
        return try String(contentsOf: outputFile, encoding: .utf8)
    }
}
