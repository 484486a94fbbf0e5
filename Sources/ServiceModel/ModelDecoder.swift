internal import JSONSyntax

/// Decodes a botocore `service-2.json` straight from its bytes with `JSONPullReader`: no syntax tree, no
/// `JSONValue` for the model, and documentation copied as written into one `DocumentationStore`.
///
/// Shapes refer to each other by name, often before the named shape appears (operations come before shapes), so a
/// name gets a provisional number when first seen; shape IDs follow the model's order and are given when the whole
/// model has been read, as the drafts become `Shape`s and `Member`s (`ModelDecoder+Assembly.swift`).
///
/// Keys repeated in an object behave as in Python's `dict`: the last value wins, at the first key's position.
struct ModelDecoder {
    /// Why decoding stopped when the bytes are JSON but not a usable model. Invalid JSON throws the reader's
    /// `JSONValue.DecodingError`.
    struct Failure: Error {
        var reason: String
    }

    var reader: JSONPullReader
    let overlay: ModelOverlay?

    /// Provisional shape numbers by name; names, drafts (nil until defined) by number; defined numbers in model
    /// order.
    var shapeNumbers: [String: Int32] = [:]
    var shapeNames: [String] = []
    var shapeDrafts: [ShapeDraft?] = []
    var shapeOrder: [Int32] = []
    var sawShapes = false
    /// The overlay's shapes already merged into a model shape.
    var overlaidShapes: Set<String> = []

    var operationDrafts: [OperationDraft] = []
    var operationPositions: [String: Int] = [:]
    var sawOperations = false
    var overlaidOperations: Set<String> = []

    var metadata: JSONValue?
    var serviceDocumentation: String?
    /// The bytes of the future `DocumentationStore`.
    var documentation: [UInt8] = []

    /// Reads the whole model in `bytes`, applying `overlay` (sdk-extras) on the way.
    static func read(_ bytes: [UInt8], overlay: ModelOverlay?) throws -> ModelDecoder {
        var decoder = ModelDecoder(reader: JSONPullReader(bytes: bytes), overlay: overlay)
        try decoder.readModel()
        return decoder
    }

    private init(reader: JSONPullReader, overlay: ModelOverlay?) {
        self.reader = reader
        self.overlay = overlay
    }

    private mutating func readModel() throws {
        guard try reader.peekKind() == .object else { throw Failure(reason: "the top level is not an object") }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch ModelKey.of(key, in: reader) {
            case .metadata?: metadata = try reader.readValue()
            case .operations?: try readOperations()
            case .shapes?: try readShapes()
            case .documentation?: serviceDocumentation = try readOptionalString()
            default: try reader.skipValue()
            }
        }
        try reader.finish()
        try applyOverlayAdditions()
    }

    // MARK: - Shapes

    private mutating func readShapes() throws {
        // A repeated "shapes" key replaces the earlier value.
        for number in shapeOrder { shapeDrafts[Int(number)] = nil }
        shapeOrder.removeAll()
        overlaidShapes.removeAll()
        sawShapes = true
        guard try reader.peekKind() == .object else {
            // The overlay's object replaces anything else; without one the model has no shapes.
            guard overlay?.hasShapes == true else { throw Failure(reason: "it has no \"shapes\" object") }
            try reader.skipValue()
            return
        }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            let name = reader.string(of: key)
            let draft: ShapeDraft
            if let extra = overlay?.shapes[name] {
                overlaidShapes.insert(name)
                draft = try decodeShape(name, from: reader.readValue().deepMerging(extra))
            } else {
                draft = try readShape(name)
            }
            define(draft, number: shapeNumber(name))
        }
    }

    /// The provisional number of the shape named `name`, given on first sight.
    mutating func shapeNumber(_ name: String) -> Int32 {
        if let number = shapeNumbers[name] { return number }
        let number = Int32(shapeNames.count)
        shapeNumbers[name] = number
        shapeNames.append(name)
        shapeDrafts.append(nil)
        return number
    }

    private mutating func define(_ draft: ShapeDraft, number: Int32) {
        if shapeDrafts[Int(number)] == nil { shapeOrder.append(number) }
        shapeDrafts[Int(number)] = draft
    }

    /// Decodes a shape given as a value (merged with its overlay) by reading it written out as JSON.
    private mutating func decodeShape(_ name: String, from value: JSONValue) throws -> ShapeDraft {
        var other = JSONPullReader(bytes: Array(value.encode(.compact).utf8))
        swap(&reader, &other)
        defer { swap(&reader, &other) }
        return try readShape(name)
    }

    // MARK: - Operations

    private mutating func readOperations() throws {
        operationDrafts.removeAll()
        operationPositions.removeAll()
        overlaidOperations.removeAll()
        sawOperations = true
        guard try reader.peekKind() == .object else {
            guard overlay?.hasOperations == true else { throw Failure(reason: "it has no \"operations\" object") }
            try reader.skipValue()
            return
        }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            let name = reader.string(of: key)
            if let extra = overlay?.operations[name] {
                overlaidOperations.insert(name)
                add(try decodeOperation(name, from: reader.readValue().deepMerging(extra)))
            } else {
                add(try readOperation(name))
            }
        }
    }

    private mutating func add(_ draft: OperationDraft) {
        if let position = operationPositions[draft.name] {
            operationDrafts[position] = draft
        } else {
            operationPositions[draft.name] = operationDrafts.count
            operationDrafts.append(draft)
        }
    }

    private mutating func decodeOperation(_ name: String, from value: JSONValue) throws -> OperationDraft {
        var other = JSONPullReader(bytes: Array(value.encode(.compact).utf8))
        swap(&reader, &other)
        defer { swap(&reader, &other) }
        return try readOperation(name)
    }

    private mutating func readOperation(_ name: String) throws -> OperationDraft {
        guard try reader.peekKind() == .object else { throw Failure(reason: "operation \"\(name)\" is not an object") }
        try reader.beginObject()
        var draft = OperationDraft(name: name)
        while let key = try reader.nextKey() {
            switch ModelKey.of(key, in: reader) {
            case .input?:
                guard let input = try readReference(name: "") else {
                    throw Failure(reason: "operation \(name) input has no shape reference")
                }
                draft.input = input.target
            case .output?:
                guard let output = try readReference(name: "") else {
                    throw Failure(reason: "operation \(name) output has no shape reference")
                }
                draft.output = output.target
            case .documentation?: draft.documentation = try readDocumentation()
            case .deprecated?: draft.isDeprecated = try readFlag()
            case .deprecatedMessage?: draft.deprecatedMessage = try readOptionalString()
            case .http?: try readHTTP(into: &draft)
            default: try reader.skipValue()
            }
        }
        return draft
    }

    private mutating func readHTTP(into draft: inout OperationDraft) throws {
        draft.httpMethod = nil
        draft.requestURI = nil
        guard try reader.peekKind() == .object else { return try reader.skipValue() }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch ModelKey.of(key, in: reader) {
            case .method?: draft.httpMethod = try readOptionalString()
            case .requestUri?: draft.requestURI = try readOptionalString()
            default: try reader.skipValue()
            }
        }
    }

    // MARK: - The overlay's additions

    /// Adds what the overlay has and the model lacks, after the model's own, and merges metadata and
    /// documentation.
    private mutating func applyOverlayAdditions() throws {
        guard let overlay else { return }
        if overlay.hasShapes { sawShapes = true }
        for name in overlay.shapeOrder where !overlaidShapes.contains(name) {
            guard let extra = overlay.shapes[name] else { continue }
            define(try decodeShape(name, from: extra), number: shapeNumber(name))
        }
        if overlay.hasOperations { sawOperations = true }
        for name in overlay.operationOrder where !overlaidOperations.contains(name) {
            guard let extra = overlay.operations[name] else { continue }
            add(try decodeOperation(name, from: extra))
        }
        if let extra = overlay.metadata { metadata = metadata.map { $0.deepMerging(extra) } ?? extra }
        // Merging replaces anything but two objects, and an object is no documentation string.
        if let extra = overlay.documentation { serviceDocumentation = extra.stringValue }
    }
}
