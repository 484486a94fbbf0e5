import Testing

@testable import JSONRPC

@Suite("Peeking into skipped bodies")
struct BodyPeekTests {
    static func peek(_ text: String) -> BodyPeek { BodyPeek(scanning: Array(text.utf8)) }

    @Test func requestWithIDFirst() {
        let peek = Self.peek(#"{"jsonrpc":"2.0","id":12,"method":"textDocument/didOpen","params":{"textDocument":{"te"#)
        #expect(peek == BodyPeek(id: .number(12), method: "textDocument/didOpen", hasParams: true))
        #expect(peek.isRequest)
        #expect(!peek.isResponse)
    }

    @Test func idAfterNestedParamsWithinThePrefix() {
        let text = #"{ "method" : "m", "params" : {"a":[1,{"id":99}],"s":"}]\"{"} , "id" : "é😀\n" }"#
        let peek = Self.peek(text)
        #expect(peek == BodyPeek(id: .string("é😀\n"), method: "m", hasParams: true))
    }

    @Test func idBeyondThePrefixIsUnknown() {
        let peek = Self.peek(#"{"method":"m","params":{"text":"aaaaaaa"#)
        #expect(peek == BodyPeek(id: nil, method: "m", hasParams: true))
        #expect(!peek.isRequest)
    }

    @Test func notificationWithoutID() {
        let peek = Self.peek(#"{"jsonrpc":"2.0","method":"didChange","params":{"contentChanges":[{"text":"x"#)
        #expect(!peek.isRequest && !peek.isResponse)
    }

    @Test func response() {
        let peek = Self.peek(#"{"jsonrpc":"2.0","id":3,"result":[{"a":1},{"b":"#)
        #expect(peek == BodyPeek(id: .number(3), hasResultOrError: true))
        #expect(peek.isResponse)
        #expect(!peek.isRequest)
    }

    @Test(arguments: [
        "", "[1,2]", "   ", "{", #"{"id""#, #"{"id":"#, #"{"id":12"#, #"{"id":1.5,"method":"m"}"#, "\u{0}\u{FF}",
    ])
    func nothingCertain(text: String) {
        let peek = Self.peek(text)
        #expect(peek.id == nil)
        #expect(!peek.isRequest && !peek.isResponse)
    }

    @Test func escapedKeysAreNotMistakenForID() {
        let peek = Self.peek(#"{"i\"d":5,"\u0069d":6,"method":"m"}"#)
        #expect(peek.id == nil)
        #expect(peek.method == "m")
    }
}
