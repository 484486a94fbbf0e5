internal import JSONSyntax

/// Decodes a botocore `service-2.json` straight from its bytes with `JSONPullReader`: no syntax tree and no
/// `JSONValue` for the model; `Shape`s and `Member`s are built as their JSON is read, and documentation strings
/// stay where they are in the model's bytes (`DocumentationStore`) until something reads them.
///
/// Shapes refer to each other by name, often before the named shape appears (operations come before shapes), so a
/// shape's ID is the order in which its name first appears in the model, a reference included
/// (`ShapeNameTable`). A name that is referenced but never defined is an error; one that only ignored values
/// mention leaves a gap, closed when the service is assembled (`ModelDecoder+Assembly.swift`).
///
/// Keys repeated in an object behave as in Python's `dict`: the last value wins, at the first key's position.
struct ModelDecoder {
    /// Why decoding stopped when the bytes are JSON but not a usable model. Invalid JSON throws the reader's
    /// `JSONValue.DecodingError`.
    struct Failure: Error {
        var reason: String
    }

    var reader: JSONPullReader
    /// The reader's bytes, which documentation spans point into.
    var store: DocumentationStore
    let overlay: ModelOverlay?
    let nameExceptions: [String: String]

    /// Shape names by provisional ID, and the shapes defined so far (nil for a name not defined yet).
    var shapeNames = ShapeNameTable()
    var shapes: [Shape?] = []
    var sawShapes = false
    /// The overlay's shapes already merged into a model shape.
    var overlaidShapes: Set<String> = []

    var operations: [Operation] = []
    var operationPositions: [String: Int] = [:]
    var sawOperations = false
    var overlaidOperations: Set<String> = []

    var metadata: JSONValue?
    var serviceDocumentation: String?

    /// Reads the whole model in `bytes`, applying `overlay` (sdk-extras) on the way.
    static func read(
        _ bytes: [UInt8], overlay: ModelOverlay?, nameExceptions: [String: String]
    ) throws -> ModelDecoder {
        var decoder = ModelDecoder(bytes: bytes, overlay: overlay, nameExceptions: nameExceptions)
        try decoder.readModel()
        return decoder
    }

    private init(bytes: [UInt8], overlay: ModelOverlay?, nameExceptions: [String: String]) {
        reader = JSONPullReader(bytes: bytes)
        store = DocumentationStore(json: bytes)
        self.overlay = overlay
        self.nameExceptions = nameExceptions
    }

    private mutating func readModel() throws {
        guard case .object = try reader.peekKind() else { throw Failure(reason: "the top level is not an object") }
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

    /// Runs `body` with a reader of `value` written out as JSON in place of the model's reader.
    private mutating func reading<T>(_ value: JSONValue, _ body: (inout ModelDecoder) throws -> T) throws -> T {
        let bytes = Array(value.encode(.compact).utf8)
        var otherReader = JSONPullReader(bytes: bytes)
        var otherStore = DocumentationStore(json: bytes)
        swap(&reader, &otherReader)
        swap(&store, &otherStore)
        defer {
            swap(&reader, &otherReader)
            swap(&store, &otherStore)
        }
        return try body(&self)
    }

    // MARK: - Shapes

    private mutating func readShapes() throws {
        // A repeated "shapes" key replaces the earlier value.
        for k in shapes.indices { shapes[k] = nil }
        overlaidShapes.removeAll()
        sawShapes = true
        guard case .object = try reader.peekKind() else {
            // The overlay's object replaces anything else; without one the model has no shapes.
            guard overlay?.hasShapes == true else { throw Failure(reason: "it has no \"shapes\" object") }
            try reader.skipValue()
            return
        }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            let id = shapeID(key)
            let name = shapeNames.names[id.index]
            if let extra = overlay?.shapes[name] {
                overlaidShapes.insert(name)
                let merged = try reader.readValue().deepMerging(extra)
                shapes[id.index] = try reading(merged) { try $0.readShape(name) }
            } else {
                shapes[id.index] = try readShape(name)
            }
        }
    }

    /// The ID of the shape named by a string token of the reader, given on first sight.
    mutating func shapeID(_ token: JSONStringToken) -> ShapeID {
        if token.hasEscapes { return shapeID(reader.string(of: token)) }
        let bytes = reader.bytes
        let number = bytes.withUnsafeBufferPointer { buffer in
            shapeNames.number(of: UnsafeBufferPointer(rebasing: buffer[token.start..<token.end]))
        }
        if Int(number) == shapes.count { shapes.append(nil) }
        return ShapeID(Int(number))
    }

    /// The ID of the shape named `name`, given on first sight.
    mutating func shapeID(_ name: String) -> ShapeID {
        let number = shapeNames.number(of: name)
        if Int(number) == shapes.count { shapes.append(nil) }
        return ShapeID(Int(number))
    }

    // MARK: - Operations

    private mutating func readOperations() throws {
        operations.removeAll()
        operationPositions.removeAll()
        overlaidOperations.removeAll()
        sawOperations = true
        guard case .object = try reader.peekKind() else {
            guard overlay?.hasOperations == true else { throw Failure(reason: "it has no \"operations\" object") }
            try reader.skipValue()
            return
        }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            let name = reader.string(of: key)
            if let extra = overlay?.operations[name] {
                overlaidOperations.insert(name)
                let merged = try reader.readValue().deepMerging(extra)
                add(try reading(merged) { try $0.readOperation(name) })
            } else {
                add(try readOperation(name))
            }
        }
    }

    private mutating func add(_ operation: Operation) {
        if let position = operationPositions[operation.name] {
            operations[position] = operation
        } else {
            operationPositions[operation.name] = operations.count
            operations.append(operation)
        }
    }

    private mutating func readOperation(_ name: String) throws -> Operation {
        guard case .object = try reader.peekKind() else {
            throw Failure(reason: "operation \"\(name)\" is not an object")
        }
        try reader.beginObject()
        var operation = Operation(name: name, cliName: CLINames.operationCommandName(name, exceptions: nameExceptions))
        while let key = try reader.nextKey() {
            switch ModelKey.of(key, in: reader) {
            case .input?:
                guard let input = try readMember(named: "") else {
                    throw Failure(reason: "operation \(name) input has no shape reference")
                }
                operation.input = input.shape
            case .output?:
                guard let output = try readMember(named: "") else {
                    throw Failure(reason: "operation \(name) output has no shape reference")
                }
                operation.output = output.shape
            case .documentation?: operation.documentationText = try readDocumentation()
            case .deprecated?: operation.isDeprecated = try readFlag()
            case .deprecatedMessage?: operation.deprecatedMessage = try readOptionalString()
            case .http?: try readHTTP(into: &operation)
            default: try reader.skipValue()
            }
        }
        return operation
    }

    private mutating func readHTTP(into operation: inout Operation) throws {
        operation.httpMethod = nil
        operation.requestURI = nil
        guard case .object = try reader.peekKind() else { return try reader.skipValue() }
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch ModelKey.of(key, in: reader) {
            case .method?: operation.httpMethod = try readOptionalString()
            case .requestUri?: operation.requestURI = try readOptionalString()
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
            let id = shapeID(name)
            shapes[id.index] = try reading(extra) { try $0.readShape(name) }
        }
        if overlay.hasOperations { sawOperations = true }
        for name in overlay.operationOrder where !overlaidOperations.contains(name) {
            guard let extra = overlay.operations[name] else { continue }
            add(try reading(extra) { try $0.readOperation(name) })
        }
        if let extra = overlay.metadata { metadata = metadata.map { $0.deepMerging(extra) } ?? extra }
        // Merging replaces anything but two objects, and an object is no documentation string.
        if let extra = overlay.documentation { serviceDocumentation = extra.stringValue }
    }
}
