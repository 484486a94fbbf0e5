import InputSyntax
import TextModel

/// The state handlers of objects and arrays: what each token means after `{`, a key, `:`, a value or `,`, and
/// how a missing or extra piece is reported once and skipped or filled in.
extension JSONParser {
    mutating func objectStep(_ token: JSONToken) -> Step {
        let top = stack.count - 1
        let frame = stack[top]
        switch frame.state {
        case .expectKey, .expectKeyAfterComma:
            switch token.kind {
            case .string, .singleQuotedString, .word:
                readKey(token)
                return .next
            case .endObject:
                if frame.state == .expectKeyAfterComma {
                    report(JSONParseMessage.trailingCommaInObject, frame.comma)
                }
                closeInnermost(end: token.range.end)
                return .next
            case .comma:
                report(JSONParseMessage.expectingPropertyName, token.range)
                return .next
            case .colon:
                // `{: 1}`: read the value after the colon and drop it.
                report(JSONParseMessage.expectingPropertyName, .empty(at: token.range.start))
                stack[top].state = .expectValue
                return .next
            case .beginObject, .beginArray:
                report(JSONParseMessage.expectingPropertyName, token.range)
                stack[top].state = .expectValue
                return .again
            case .endArray:
                return mismatchedClose(token)
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        case .expectColon:
            switch token.kind {
            case .colon:
                stack[top].state = .expectValue
                return .next
            case .string, .singleQuotedString, .word:
                report(JSONParseMessage.expectingColon, .empty(at: frame.keyRange.end))
                if kindAfter(token) == .colon {
                    // `"a" "b": 1`: the token is the next key; the first key has neither colon nor value.
                    stack[top].addMemberWithMissingValue(at: token.range.start)
                    stack[top].state = .expectKey
                } else {
                    stack[top].state = .expectValue
                }
                return .again
            case .beginObject, .beginArray:
                report(JSONParseMessage.expectingColon, .empty(at: frame.keyRange.end))
                stack[top].state = .expectValue
                return .again
            case .comma, .endObject, .endArray:
                report(JSONParseMessage.expectingColon, .empty(at: frame.keyRange.end))
                stack[top].addMemberWithMissingValue(at: token.range.start)
                stack[top].state = .expectSeparator
                return .again
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        case .expectValue, .expectValueAfterComma:
            switch token.kind {
            case .string, .singleQuotedString, .word:
                if frame.hasKey, kindAfter(token) == .colon {
                    // `"a": ⏎ "b": 1`: the value of "a" is missing and the token is the next key.
                    report(JSONParseMessage.expectingValue, .empty(at: token.range.start))
                    stack[top].addMemberWithMissingValue(at: token.range.start)
                    stack[top].state = .expectKey
                    return .again
                }
                return beginValue(token)
            case .beginObject, .beginArray:
                return beginValue(token)
            case .comma, .endObject, .endArray:
                report(JSONParseMessage.expectingValue, .empty(at: token.range.start))
                stack[top].addMemberWithMissingValue(at: token.range.start)
                stack[top].state = .expectSeparator
                return .again
            case .colon:
                report(JSONParseMessage.unexpected(":"), token.range)
                return .next
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        case .expectSeparator:
            switch token.kind {
            case .comma:
                stack[top].comma = token.range
                stack[top].state = .expectKeyAfterComma
                return .next
            case .endObject:
                closeInnermost(end: token.range.end)
                return .next
            case .string, .singleQuotedString, .word:
                reportMissingComma(frame)
                stack[top].state = .expectKey
                return .again
            case .beginObject, .beginArray:
                // A container where a key belongs: one diagnostic, then it is read and dropped.
                reportMissingComma(frame)
                stack[top].state = .expectValue
                return .again
            case .colon:
                report(JSONParseMessage.unexpected(":"), token.range)
                return .next
            case .endArray:
                return mismatchedClose(token)
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        }
    }

    mutating func arrayStep(_ token: JSONToken) -> Step {
        let top = stack.count - 1
        let frame = stack[top]
        switch frame.state {
        case .expectSeparator:
            switch token.kind {
            case .comma:
                stack[top].comma = token.range
                stack[top].state = .expectValueAfterComma
                return .next
            case .endArray:
                closeInnermost(end: token.range.end)
                return .next
            case .string, .singleQuotedString, .word, .beginObject, .beginArray:
                reportMissingComma(frame)
                stack[top].state = .expectValue
                return .again
            case .colon:
                report(JSONParseMessage.unexpected(":"), token.range)
                return .next
            case .endObject:
                return mismatchedClose(token)
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        default:
            switch token.kind {
            case .string, .singleQuotedString, .word, .beginObject, .beginArray:
                return beginValue(token)
            case .endArray:
                if frame.state == .expectValueAfterComma {
                    report(JSONParseMessage.trailingCommaInArray, frame.comma)
                }
                closeInnermost(end: token.range.end)
                return .next
            case .comma:
                // `[1,,2]`: a missing element keeps the later elements at their indexes.
                report(JSONParseMessage.expectingValue, .empty(at: token.range.start))
                stack[top].elements.append(SyntaxNode(.missing, range: .empty(at: token.range.start)))
                stack[top].comma = token.range
                stack[top].state = .expectValueAfterComma
                return .next
            case .colon:
                report(JSONParseMessage.unexpected(":"), token.range)
                return .next
            case .endObject:
                return mismatchedClose(token)
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        }
    }

    /// Reads `token` as the key of a new member. Only a double-quoted string is JSON; a single-quoted string or
    /// a bare word is read too, with a diagnostic, so that `{a: 1}` still has a member `a`.
    private mutating func readKey(_ token: JSONToken) {
        let top = stack.count - 1
        let key: String
        switch token.kind {
        case .string:
            key = stringValue(token, quote: UInt8(ascii: "\""))
            if !token.isTerminated { report(JSONParseMessage.unterminatedString, token.range) }
        case .singleQuotedString:
            key = stringValue(token, quote: UInt8(ascii: "'"))
            report(JSONParseMessage.singleQuotedString, token.range)
        default:
            key = String(decoding: bytes[token.range.range], as: UTF8.self)
            if !reportInvalidUTF8(in: token.range) {
                report(JSONParseMessage.unquotedKey(excerpt(token.range)), token.range)
            }
        }
        stack[top].key = key
        stack[top].keyRange = token.range
        stack[top].hasKey = true
        stack[top].lastEnd = token.range.end
        if token.isTerminated {
            stack[top].state = .expectColon
            stack[top].lastWasUnterminated = false
        } else {
            // The string stopped at a line break or at the end: the member ends there, and the next line
            // starts afresh instead of being read as this key's value.
            stack[top].addMemberWithMissingValue(at: token.range.end)
            stack[top].state = .expectSeparator
            stack[top].lastWasUnterminated = true
        }
    }

    private mutating func reportMissingComma(_ frame: Frame) {
        guard !frame.lastWasUnterminated else { return }
        report(JSONParseMessage.expectingComma, .empty(at: frame.lastEnd))
    }
}
