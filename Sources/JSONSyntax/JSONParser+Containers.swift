import InputSyntax
import TextModel

/// The state handlers of objects and arrays: what each token means after `{`, a key, `:`, a value or `,`, and
/// how a missing or extra piece is reported once and skipped or filled in.
extension JSONParser {
    mutating func objectStep(_ token: JSONToken) -> Step {
        let state = current.state
        switch state {
        case .expectKey, .expectKeyAfterComma:
            switch token.kind {
            case .string, .singleQuotedString, .word:
                readKey(token)
                // Fast path: the colon right after the key is taken here, without a trip through the loop.
                if current.state == .expectColon,
                    let after = offset(after: UInt8(ascii: ":"), from: token.end)
                {
                    current.state = .expectValue
                    return .resume(after)
                }
                return .next
            case .endObject:
                if state == .expectKeyAfterComma {
                    report(
                        JSONParseMessage.trailingCommaInObject, ByteRange(start: current.comma, end: current.comma + 1))
                }
                closeInnermost(end: token.end)
                return afterValue(endingAt: token.end)
            case .comma:
                report(JSONParseMessage.expectingPropertyName, token.range)
                return .next
            case .colon:
                // `{: 1}`: read the value after the colon and drop it.
                report(JSONParseMessage.expectingPropertyName, .empty(at: token.start))
                current.state = .expectValue
                return .next
            case .beginObject, .beginArray:
                report(JSONParseMessage.expectingPropertyName, token.range)
                current.state = .expectValue
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
                current.state = .expectValue
                return .next
            case .string, .singleQuotedString, .word:
                report(JSONParseMessage.expectingColon, .empty(at: current.keyEnd))
                if isFollowedByColon(token) {
                    // `"a" "b": 1`: the token is the next key; the first key has neither colon nor value.
                    addMissingValue(at: token.start)
                    current.state = .expectKey
                } else {
                    current.state = .expectValue
                }
                return .again
            case .beginObject, .beginArray:
                report(JSONParseMessage.expectingColon, .empty(at: current.keyEnd))
                current.state = .expectValue
                return .again
            case .comma, .endObject, .endArray:
                report(JSONParseMessage.expectingColon, .empty(at: current.keyEnd))
                addMissingValue(at: token.start)
                current.state = .expectSeparator
                return .again
            case .endOfText:
                return finishAtEndOfText()
            case .comment:
                return .next
            }
        case .expectValue, .expectValueAfterComma:
            switch token.kind {
            case .string, .singleQuotedString, .word:
                if current.hasKey, isFollowedByColon(token) {
                    // `"a": ⏎ "b": 1`: the value of "a" is missing and the token is the next key.
                    report(JSONParseMessage.expectingValue, .empty(at: token.start))
                    addMissingValue(at: token.start)
                    current.state = .expectKey
                    return .again
                }
                return beginValue(token)
            case .beginObject, .beginArray:
                return beginValue(token)
            case .comma, .endObject, .endArray:
                report(JSONParseMessage.expectingValue, .empty(at: token.start))
                addMissingValue(at: token.start)
                current.state = .expectSeparator
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
                current.comma = token.start
                current.state = .expectKeyAfterComma
                return .next
            case .endObject:
                closeInnermost(end: token.end)
                return afterValue(endingAt: token.end)
            case .string, .singleQuotedString, .word:
                reportMissingComma()
                current.state = .expectKey
                return .again
            case .beginObject, .beginArray:
                // A container where a key belongs: one diagnostic, then it is read and dropped.
                reportMissingComma()
                current.state = .expectValue
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
        let state = current.state
        switch state {
        case .expectSeparator:
            switch token.kind {
            case .comma:
                current.comma = token.start
                current.state = .expectValueAfterComma
                return .next
            case .endArray:
                closeInnermost(end: token.end)
                return afterValue(endingAt: token.end)
            case .string, .singleQuotedString, .word, .beginObject, .beginArray:
                reportMissingComma()
                current.state = .expectValue
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
                if state == .expectValueAfterComma {
                    report(
                        JSONParseMessage.trailingCommaInArray, ByteRange(start: current.comma, end: current.comma + 1))
                }
                closeInnermost(end: token.end)
                return afterValue(endingAt: token.end)
            case .comma:
                // `[1,,2]`: a missing element keeps the later elements at their indexes.
                report(JSONParseMessage.expectingValue, .empty(at: token.start))
                elementScratch.append(SyntaxNode(.missing, range: .empty(at: token.start)))
                current.comma = token.start
                current.state = .expectValueAfterComma
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
        let key: String
        switch token.kind {
        case .string:
            key = stringValue(token, quote: UInt8(ascii: "\""))
            if !token.isTerminated { report(JSONParseMessage.unterminatedString, token.range) }
        case .singleQuotedString:
            key = stringValue(token, quote: UInt8(ascii: "'"))
            report(JSONParseMessage.singleQuotedString, token.range)
        default:
            key = text(token.range)
            if !reportInvalidUTF8(in: token.range) {
                report(JSONParseMessage.unquotedKey(excerpt(token.range)), token.range)
            }
        }
        // The member goes in now, its value `.missing` until one is read, so the key is never copied again.
        current.pendingMember = memberScratch.count
        memberScratch.append(
            SyntaxMember(
                key: key, keyRange: token.range, value: SyntaxNode(.missing, range: .empty(at: token.end))))
        current.keyEnd = token.end
        current.lastEnd = token.end
        if token.isTerminated {
            current.state = .expectColon
            current.lastWasUnterminated = false
        } else {
            // The string stopped at a line break or at the end: the member ends there, and the next line
            // starts afresh instead of being read as this key's value.
            addMissingValue(at: token.end)
            current.state = .expectSeparator
            current.lastWasUnterminated = true
        }
    }

    private mutating func reportMissingComma() {
        guard !current.lastWasUnterminated else { return }
        report(JSONParseMessage.expectingComma, .empty(at: current.lastEnd))
    }
}
