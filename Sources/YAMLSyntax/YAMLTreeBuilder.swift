import InputSyntax
import TextModel

/// Builds the syntax tree from libyaml events the way ruamel's composer and safe constructor would build Python
/// values: one document, anchors and aliases expanded (bounded), merge keys applied, duplicate keys refused,
/// scalars resolved and constructed.
///
/// Work is bottom-up on an explicit stack of open collections, so no input depth reaches Swift's call stack.
struct YAMLTreeBuilder {
    let bytes: [UInt8]
    var diagnostics: [SyntaxDiagnostic] = []
    var frames: [Frame] = []
    private var root: YAMLBuiltNode?
    private var rootIsAbsent = false
    private var anchors: [String: YAMLBuiltNode] = [:]
    /// Anchors on collections still open: an alias to one would make the value contain itself.
    private var openAnchors: Set<String> = []
    var version: YAMLSchemaVersion = .v1_2
    private var documentCount = 0
    /// Nodes created by alias expansion so far.
    private var expandedNodes = 0
    /// Where scalars, flow collections and tags lie, for `YAMLRuamelScannerRules`.
    var facts = YAMLScannerFacts()
    /// A key being typed that libyaml stopped on, to be added when its mapping is closed.
    var recoveredKey: (frameIndex: Int, key: String, range: ByteRange)?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A collection whose end event has not arrived yet. One struct for both kinds, so that appending to the top
    /// frame mutates it in place (an enum payload would be copied, making long collections quadratic).
    struct Frame {
        var isMapping: Bool
        var properties: YAMLNodeProperties
        var flow: Bool
        /// UTF-8 byte offset of the start event (at its properties, bracket, first `-` or first key).
        var start: Int
        /// UTF-8 byte offset where the last child (or the start event) ended; empty items are placed after it.
        var lastEnd: Int
        /// A sequence's items.
        var items: [YAMLBuiltNode] = []
        /// A mapping's entries.
        var entries: [(key: YAMLBuiltNode, keyRange: ByteRange, value: YAMLBuiltNode)] = []
        /// A mapping's key waiting for its value.
        var pendingKey: (node: YAMLBuiltNode, range: ByteRange)?
    }

    // MARK: events

    /// Consumes one event; returns false when parsing must stop (a second document or a limit).
    mutating func handle(_ event: YAMLEvent) -> Bool {
        switch event.kind {
        case .streamStart, .streamEnd:
            return true
        case .documentEnd(let implicit):
            if !implicit { facts.documentEnds.append(event.range.start) }
            return true
        case .documentStart(let directive, _):
            documentCount += 1
            if documentCount > 1 {
                diagnostics.append(secondDocumentDiagnostic(event.range))
                return false
            }
            version = directive.map { $0.major == 1 && $0.minor == 1 } == true ? .v1_1 : .v1_2
            return true
        case .scalar(let scalar):
            recordFacts(scalar, range: event.range)
            let built = buildScalar(scalar, range: event.range)
            if let anchor = scalar.properties.anchor { define(anchor, built) }
            attach(built, keyRange: keyRange(event.range, scalar.properties))
            return true
        case .alias(let name):
            return alias(name, range: event.range)
        case .sequenceStart(let properties, let flow):
            guard enter(properties, range: event.range) else { return false }
            recordTag(properties, range: event.range)
            frames.append(
                Frame(
                    isMapping: false, properties: properties, flow: flow, start: event.range.start,
                    lastEnd: event.range.end))
            return true
        case .mappingStart(let properties, let flow):
            guard enter(properties, range: event.range) else { return false }
            recordTag(properties, range: event.range)
            frames.append(
                Frame(
                    isMapping: true, properties: properties, flow: flow, start: event.range.start,
                    lastEnd: event.range.end))
            return true
        case .sequenceEnd, .mappingEnd:
            closeTopFrame(endRange: event.range)
            return true
        }
    }

    /// Turns libyaml's error into the document's one syntax diagnostic (returned, not recorded) and remembers a
    /// key being typed, if that is what libyaml stopped on.
    mutating func fail(_ error: LibYAMLError) -> SyntaxDiagnostic {
        if error.problem == "did not find expected <document start>", documentCount > 0 {
            let offset = error.problemOffset
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") || bytes[offset] == UInt8(ascii: "}") {
                return SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.syntax,
                    message: "This '\(Character(Unicode.Scalar(bytes[offset])))' closes nothing: no flow collection is open here.",
                    range: characterRange(at: offset))
            }
            // libyaml wants `---` before content after `...`; for the AWS CLI it is a second document either way.
            return secondDocumentDiagnostic(.empty(at: offset))
        }
        recoverTypedKey(error)
        return SyntaxDiagnostic(
            code: SyntaxDiagnostic.Code.syntax, message: YAMLErrorMessages.message(for: error),
            range: characterRange(at: error.problemOffset))
    }

    /// Records a diagnostic found outside the event stream (invalid UTF-8, a scanner rule).
    mutating func report(_ diagnostic: SyntaxDiagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Closes every open collection and returns the document's tree.
    mutating func finish() -> ParseResult {
        while !frames.isEmpty { closeTopFrame(endRange: nil) }
        let node = rootIsAbsent ? nil : root?.node
        return ParseResult(root: node, diagnostics: diagnostics)
    }

    // MARK: nodes

    private mutating func buildScalar(_ s: YAMLScalarEvent, range: ByteRange) -> YAMLBuiltNode {
        let isKey = isKeyPosition
        let tag: YAMLTag
        if let name = s.properties.tag, name != "!" {
            tag = YAMLTag(fullName: name)
        } else if s.plainImplicit || s.properties.tag == "!" {
            // ruamel resolves every scalar tagged `!`, even an empty one libyaml does not mark implicit.
            tag = YAMLScalarResolver.resolve(s.value, version: version)
        } else {
            tag = .str
        }
        var valueRange = range
        let absent = s.value.isEmpty && s.style == .plain && s.properties.anchor == nil && s.properties.tag == nil
        if absent && range.isEmpty {
            valueRange = .empty(at: emptyValueOffset(mark: range.start))
        } else if s.style == .literal || s.style == .folded {
            valueRange = trimmedTrailingSpace(valueRange)
        }
        if frames.isEmpty { rootIsAbsent = absent }
        if isKey && tag == .merge {
            let node = SyntaxNode(.scalar(Scalar(.string(s.value), style: s.style)), range: valueRange)
            return YAMLBuiltNode(node: node, size: 1, shape: .scalar(keyText: s.value), tag: .merge, identity: nil)
        }
        let constructTag = isKey && tag == .value ? YAMLTag.str : tag
        switch YAMLScalarConstructor.construct(constructTag, value: s.value, version: version, offset: range.start) {
        case .success(let constructed):
            let node = SyntaxNode(.scalar(Scalar(constructed.kind, style: s.style)), range: valueRange)
            let keyText: String
            if case .string(let text) = constructed.kind { keyText = text } else { keyText = s.value }
            return YAMLBuiltNode(
                node: node, size: 1, shape: .scalar(keyText: keyText), tag: constructTag, identity: constructed.identity)
        case .failure(let error):
            refuse(range, error.message)
            let node = SyntaxNode(.scalar(Scalar(.string(s.value), style: s.style)), range: valueRange)
            return YAMLBuiltNode(
                node: node, size: 1, shape: .scalar(keyText: s.value), tag: constructTag, identity: .string(s.value))
        }
    }

    private mutating func alias(_ name: String, range: ByteRange) -> Bool {
        guard let anchored = anchors[name] else {
            let problem = openAnchors.contains(name)
                ? "The alias *\(name) refers to a node that contains it; a recursive value cannot be sent."
                : "Undefined alias *\(name): no anchor &\(name) before it."
            diagnostics.append(SyntaxDiagnostic(code: SyntaxDiagnostic.Code.syntax, message: problem, range: range))
            let node = SyntaxNode(.missing, range: range)
            attach(
                YAMLBuiltNode(node: node, size: 1, shape: .scalar(keyText: "*" + name), tag: .str, identity: .unique(range.start)),
                keyRange: range)
            return true
        }
        expandedNodes += anchored.size
        guard expandedNodes <= SyntaxLimits.maxAliasExpansionNodes else {
            diagnostics.append(
                SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.limit,
                    message:
                        "Aliases expand to more than \(SyntaxLimits.maxAliasExpansionNodes) nodes; the document is not read further.",
                    range: range))
            return false
        }
        attach(anchored.moved(to: range), keyRange: range)
        return true
    }

    private mutating func enter(_ properties: YAMLNodeProperties, range: ByteRange) -> Bool {
        guard frames.count < SyntaxLimits.maxNestingDepth else {
            diagnostics.append(
                SyntaxDiagnostic(
                    code: SyntaxDiagnostic.Code.limit,
                    message: "Nesting deeper than \(SyntaxLimits.maxNestingDepth) levels; the document is not read further.",
                    range: characterRange(at: range.start)))
            return false
        }
        if frames.isEmpty { rootIsAbsent = false }
        if let anchor = properties.anchor {
            anchors[anchor] = nil
            openAnchors.insert(anchor)
        }
        return true
    }

    private mutating func define(_ anchor: String, _ built: YAMLBuiltNode) {
        openAnchors.remove(anchor)
        anchors[anchor] = built
    }

    private mutating func closeTopFrame(endRange: ByteRange?) {
        guard var frame = frames.popLast() else { return }
        if frame.flow, let endRange { facts.flow.append(ByteRange(start: frame.start, end: endRange.end)) }
        let built: YAMLBuiltNode
        if frame.isMapping {
            if frame.flow, frame.start < bytes.count, bytes[frame.start] != UInt8(ascii: "{") {
                recordGluedPairColons(frame)
            }
            if let pending = frame.pendingKey {
                let missing = SyntaxNode(.missing, range: .empty(at: valueOffset(afterKey: pending.range)))
                frame.entries.append((pending.node, pending.range, Self.missingValue(missing)))
                frame.pendingKey = nil
            }
            if let recovered = recoveredKey, recovered.frameIndex == frames.count {
                let keyNode = SyntaxNode(.scalar(Scalar(.string(recovered.key), style: .plain)), range: recovered.range)
                let key = YAMLBuiltNode(
                    node: keyNode, size: 1, shape: .scalar(keyText: recovered.key), tag: .str,
                    identity: .string(recovered.key))
                let missing = SyntaxNode(.missing, range: .empty(at: recovered.range.end))
                frame.entries.append((key, recovered.range, Self.missingValue(missing)))
                recoveredKey = nil
            }
            built = finishMapping(frame, endRange: endRange)
        } else {
            built = finishSequence(frame, endRange: endRange)
        }
        if let anchor = frame.properties.anchor { define(anchor, built) }
        attach(built, keyRange: built.node.range)
    }

    private static func missingValue(_ node: SyntaxNode) -> YAMLBuiltNode {
        YAMLBuiltNode(node: node, size: 1, shape: .scalar(keyText: ""), tag: .null, identity: .null)
    }

    /// Hands a finished node to the open collection, or makes it the document's root.
    private mutating func attach(_ built: YAMLBuiltNode, keyRange: ByteRange) {
        let top = frames.count - 1
        guard top >= 0 else {
            if root == nil { root = built }
            return
        }
        if !frames[top].isMapping {
            frames[top].items.append(built)
            frames[top].lastEnd = max(frames[top].lastEnd, built.node.range.end)
        } else if let pending = frames[top].pendingKey {
            frames[top].entries.append((pending.node, pending.range, built))
            frames[top].pendingKey = nil
        } else {
            frames[top].pendingKey = (built, keyRange)
        }
    }

    /// Whether the next node is a mapping key.
    private var isKeyPosition: Bool {
        guard let top = frames.indices.last else { return false }
        return frames[top].isMapping && frames[top].pendingKey == nil
    }

    // MARK: diagnostics

    /// Adds an error for a node ruamel's constructor refuses.
    mutating func refuse(_ range: ByteRange, _ problem: String) {
        diagnostics.append(
            SyntaxDiagnostic(
                code: SyntaxDiagnostic.Code.syntax,
                message: "Invalid YAML value: \(problem) (the AWS CLI refuses the document).", range: range))
    }

    private func secondDocumentDiagnostic(_ range: ByteRange) -> SyntaxDiagnostic {
        var r = range
        if r.isEmpty {
            // An implicit document (content after `...`) has no marker: point at the rest of its first line.
            r = trimmedTrailingSpace(ByteRange(start: r.start, end: lineEnd(from: r.start)))
        }
        return SyntaxDiagnostic(
            code: SyntaxDiagnostic.Code.syntax,
            message: "A second YAML document starts here; the AWS CLI reads exactly one document.", range: r)
    }
}
