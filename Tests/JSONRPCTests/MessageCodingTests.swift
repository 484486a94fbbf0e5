import JSONSyntax
import Testing

@testable import JSONRPC

@Suite("Message encoding and decoding")
struct MessageCodingTests {
    static let messages: [Message] = [
        .request(id: .number(1), method: "initialize", params: .object(["rootUri": .null])),
        .request(id: .string("é😀"), method: "m", params: .array([.integer(1), .string("a\r\nb")])),
        .request(id: .number(-5), method: "shutdown", params: nil),
        .notification(method: "exit", params: nil),
        .notification(method: "textDocument/didOpen", params: .object(["text": .string("é😀\r\n")])),
        .response(id: .number(2), result: .success(.null)),
        .response(id: .string("x"), result: .success(.object(["a": .array([])]))),
        .response(id: .number(3), result: .failure(ResponseError(.methodNotFound, "no such method"))),
        .response(id: nil, result: .failure(ResponseError(.parseError, "bad", data: .string("d")))),
    ]

    @Test(arguments: messages)
    func roundTrip(message: Message) {
        #expect(Message.decode(body: message.encodedBody()) == .success(message))
    }

    @Test func compactLayoutAndMemberOrder() {
        let request = Message.request(id: .number(1), method: "m", params: .object(["t": .string("é😀")]))
        #expect(
            String(decoding: request.encodedBody(), as: UTF8.self)
                == #"{"jsonrpc":"2.0","id":1,"method":"m","params":{"t":"é😀"}}"#)
        let error = Message.response(id: nil, result: .failure(ResponseError(.invalidRequest, "x")))
        #expect(
            String(decoding: error.encodedBody(), as: UTF8.self)
                == #"{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"x"}}"#)
        let notification = Message.notification(method: "exit", params: nil)
        #expect(String(decoding: notification.encodedBody(), as: UTF8.self) == #"{"jsonrpc":"2.0","method":"exit"}"#)
    }

    @Test(arguments: [
        "", "{", "not json", #"{"jsonrpc":"2.0","method":"m",}"#, #"{"a":1}{"b":2}"#, "{\"m\":\"\u{1}\"}",
        #"{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"m"}"#,
    ])
    func parseErrors(body: String) {
        expectInvalid(Array(body.utf8), code: .parseError, id: nil)
    }

    /// JavaScript and Python clients write a lone surrogate in an editor's text as an escape; jansson refuses it,
    /// which dropped whole `didChange` notifications and left the server's text behind the editor's.
    @Test(arguments: [
        (#"\ud800"#, "\u{FFFD}"), (#"\uDC00x"#, "\u{FFFD}x"), (#"é\ud83d\ude00\ud83d"#, "é😀\u{FFFD}"),
        (#"\\ud800"#, #"\ud800"#), (#"\ude00\ud83d\r\n"#, "\u{FFFD}\u{FFFD}\r\n"),
    ])
    func loneSurrogateEscapesReadAsReplacementCharacters(escaped: String, text: String) {
        let body = Array(#"{"jsonrpc":"2.0","method":"m","params":{"text":""#.utf8) + Array(escaped.utf8)
            + Array(#""}}"#.utf8)
        let expected = Message.notification(method: "m", params: .object(["text": .string(text)]))
        #expect(Message.decode(body: body) == .success(expected))
    }

    @Test func loneSurrogateOutsideAStringIsStillAParseError() {
        expectInvalid(Array(#"{"jsonrpc":"2.0","method":"m"}\ud800"#.utf8), code: .parseError, id: nil)
    }

    @Test func invalidUTF8IsAParseError() {
        expectInvalid(
            Array(#"{"jsonrpc":"2.0","method":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), code: .parseError, id: nil)
    }

    @Test(arguments: [
        (#"[{"jsonrpc":"2.0","id":1,"method":"m"}]"#, nil as RequestID?, "Batch"),
        ("[]", nil, "Batch"),
        ("5", nil, "JSON object"),
        (#""text""#, nil, "JSON object"),
        ("null", nil, "JSON object"),
        (#"{"jsonrpc":"2.0","id":3,"method":1}"#, .number(3), "'method'"),
        (#"{"id":4,"method":"m"}"#, .number(4), "'jsonrpc'"),
        (#"{"jsonrpc":"1.0","id":"s","method":"m"}"#, .string("s"), "'jsonrpc'"),
        (#"{"jsonrpc":"2.0","id":5,"method":"m","params":5}"#, .number(5), "'params'"),
        (#"{"jsonrpc":"2.0","method":"m","params":"x"}"#, nil, "'params'"),
        (#"{"jsonrpc":"2.0","id":null,"method":"m"}"#, nil, "'id'"),
        (#"{"jsonrpc":"2.0","id":1.5,"method":"m"}"#, nil, "'id'"),
        (#"{"jsonrpc":"2.0","id":true,"method":"m"}"#, nil, "'id'"),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"m"}"#, nil, "'id'"),
        (#"{"jsonrpc":"2.0","id":7}"#, .number(7), "'method'"),
        (#"{"jsonrpc":"2.0"}"#, nil, "'method'"),
    ])
    func invalidRequests(body: String, id: RequestID?, reason: String) {
        expectInvalid(Array(body.utf8), code: .invalidRequest, id: id, reason: reason)
    }

    @Test(arguments: [
        (#"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"m"}}"#, RequestID.number(1) as RequestID?),
        (#"{"jsonrpc":"2.0","id":2,"error":{"code":"x","message":"m"}}"#, .number(2)),
        (#"{"jsonrpc":"2.0","id":3,"error":{"code":1}}"#, .number(3)),
        (#"{"jsonrpc":"2.0","id":4,"error":"boom"}"#, .number(4)),
        (#"{"id":5,"result":null}"#, .number(5)),
        (#"{"jsonrpc":"2.0","result":null}"#, nil),
        (#"{"jsonrpc":"2.0","id":[1],"result":null}"#, nil),
    ])
    func malformedResponses(body: String, id: RequestID?) {
        guard case .failure(let invalid) = Message.decode(body: Array(body.utf8)) else {
            Issue.record("\(body) was accepted")
            return
        }
        #expect(invalid.isResponse)
        #expect(invalid.id == id)
    }

    @Test func nullParamsAreAbsentAndUnknownMembersIgnored() {
        let body = #"{"jsonrpc":"2.0","id":1,"method":"shutdown","params":null,"extra":{"x":1}}"#
        #expect(
            Message.decode(body: Array(body.utf8))
                == .success(.request(id: .number(1), method: "shutdown", params: nil)))
    }

    @Test func errorDataIsKept() {
        let body = #"{"jsonrpc":"2.0","id":"a","error":{"code":-32801,"message":"changed","data":{"retry":true}}}"#
        let expected = ResponseError(.contentModified, "changed", data: .object(["retry": .bool(true)]))
        #expect(
            Message.decode(body: Array(body.utf8)) == .success(.response(id: .string("a"), result: .failure(expected))))
    }

    @Test func namedCodes() {
        let codes: [(ResponseError.Code, Int, String)] = [
            (.parseError, -32700, "ParseError"), (.invalidRequest, -32600, "InvalidRequest"),
            (.methodNotFound, -32601, "MethodNotFound"), (.invalidParams, -32602, "InvalidParams"),
            (.internalError, -32603, "InternalError"), (.serverNotInitialized, -32002, "ServerNotInitialized"),
            (.unknownErrorCode, -32001, "UnknownErrorCode"), (.requestFailed, -32803, "RequestFailed"),
            (.serverCancelled, -32802, "ServerCancelled"), (.contentModified, -32801, "ContentModified"),
            (.requestCancelled, -32800, "RequestCancelled"),
        ]
        for (code, value, name) in codes {
            #expect(code.rawValue == value)
            #expect(code.description == name)
        }
        #expect(ResponseError.Code(rawValue: 42).description == "42")
    }

    @Test func requestIDs() {
        #expect(RequestID(.integer(3)) == .number(3))
        #expect(RequestID(.string("3")) == .string("3"))
        #expect(RequestID(.double(3)) == nil)
        #expect(RequestID(.null) == nil)
        #expect(RequestID.number(3).description == "3")
        #expect(RequestID.string("3").description == "\"3\"")
    }

    private func expectInvalid(
        _ body: [UInt8], code: ResponseError.Code, id: RequestID?, reason: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard case .failure(let invalid) = Message.decode(body: body) else {
            Issue.record("accepted: \(String(decoding: body, as: UTF8.self))", sourceLocation: sourceLocation)
            return
        }
        #expect(invalid.error.code == code, sourceLocation: sourceLocation)
        #expect(invalid.id == id, sourceLocation: sourceLocation)
        #expect(!invalid.isResponse, sourceLocation: sourceLocation)
        if let reason {
            #expect(invalid.error.message.contains(reason), "\(invalid.error.message)", sourceLocation: sourceLocation)
        }
    }
}
