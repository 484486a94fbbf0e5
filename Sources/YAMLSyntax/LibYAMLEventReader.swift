import CYAML
import InputSyntax
import TextModel

/// The whole C boundary of the module: runs libyaml's event parser over a byte range and hands each event to Swift
/// as a `YAMLEvent` value.
///
/// libyaml's marks count characters (Unicode scalars, `\r\n` as two) from the first byte it is given; the reader
/// converts them to UTF-8 byte offsets into the whole document on the line they are read. Not `Sendable`: one
/// reader serves one parse on one thread.
final class LibYAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let initialized: Bool

    init() {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        initialized = yaml_parser_initialize(parser) != 0
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
    }

    /// Feeds `bytes[start..<end]` to libyaml and calls `body` with each event until the stream ends, `body` returns
    /// false, or libyaml reports an error (returned). Call once per reader.
    ///
    /// - Parameters:
    ///   - bytes: the whole document; offsets in events and errors are UTF-8 byte offsets (0-based) into it.
    ///   - start: the first byte fed, UTF-8 byte offset (after a byte-order mark, for example).
    ///   - end: one past the last byte fed, UTF-8 byte offset.
    func run(_ bytes: [UInt8], start: Int, end: Int, _ body: (YAMLEvent) -> Bool) -> LibYAMLError? {
        guard initialized else {
            return LibYAMLError(problem: "libyaml could not be initialized", problemOffset: start)
        }
        let start = min(max(0, start), bytes.count)
        let end = min(max(start, end), bytes.count)
        var converter = ScalarIndexConverter(bytes: bytes, base: start)
        // An empty array may have no storage to point at; libyaml still needs a valid pointer.
        let input = bytes.isEmpty ? [0] : bytes
        return input.withUnsafeBufferPointer { buffer -> LibYAMLError? in
            guard let base = buffer.baseAddress else {
                return LibYAMLError(problem: "no input", problemOffset: start)
            }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, base + start, end - start)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) != 0 else {
                    return error(&converter, start: start)
                }
                let converted = Self.convert(&event, &converter)
                let isEnd = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if let converted, !body(converted) { return nil }
                if isEnd { return nil }
            }
        }
    }

    private func error(_ converter: inout ScalarIndexConverter, start: Int) -> LibYAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        let context = p.context.map { String(cString: $0) }
        if p.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset into the input rather than a character mark.
            let value = p.problem_value >= 0 ? Int(p.problem_value) : nil
            return LibYAMLError(
                problem: problem, context: context, problemOffset: start + p.problem_offset, problemValue: value)
        }
        let offset = converter.byteOffset(forScalarIndex: p.problem_mark.index)
        let contextOffset = context == nil ? nil : converter.byteOffset(forScalarIndex: p.context_mark.index)
        return LibYAMLError(problem: problem, context: context, problemOffset: offset, contextOffset: contextOffset)
    }

    private static func convert(_ event: inout yaml_event_t, _ converter: inout ScalarIndexConverter) -> YAMLEvent? {
        let startOffset = converter.byteOffset(forScalarIndex: event.start_mark.index)
        let endOffset = converter.byteOffset(forScalarIndex: event.end_mark.index)
        let range = ByteRange(start: startOffset, end: endOffset)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            let d = event.data.document_start
            let version = d.version_directive.map { (major: Int($0.pointee.major), minor: Int($0.pointee.minor)) }
            kind = .documentStart(version: version, implicit: d.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(implicit: event.data.document_end.implicit != 0)
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let value: String
            if let p = s.value {
                value = String(decoding: UnsafeBufferPointer(start: p, count: s.length), as: UTF8.self)
            } else {
                value = ""
            }
            let style: ScalarStyle
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let properties = YAMLNodeProperties(anchor: string(s.anchor), tag: string(s.tag))
            kind = .scalar(
                YAMLScalarEvent(
                    properties: properties, value: value, plainImplicit: s.plain_implicit != 0, style: style))
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            kind = .sequenceStart(
                YAMLNodeProperties(anchor: string(s.anchor), tag: string(s.tag)),
                flow: s.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let m = event.data.mapping_start
            kind = .mappingStart(
                YAMLNodeProperties(anchor: string(m.anchor), tag: string(m.tag)),
                flow: m.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        default:
            return nil
        }
        return YAMLEvent(kind: kind, range: range)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
