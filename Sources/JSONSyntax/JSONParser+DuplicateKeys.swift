import InputSyntax
import TextModel

/// The `duplicate-key` warning: Python's `json.loads` keeps the last of equal keys, so every earlier one is
/// silently ignored by the AWS CLI.
extension JSONParser {
    /// Objects up to this size compare keys pairwise; larger ones use a hash table.
    private static let pairwiseLimit = 8

    mutating func reportDuplicateKeys(_ members: [SyntaxMember]) {
        guard members.count > 1 else { return }
        if members.count <= Self.pairwiseLimit {
            for i in 0..<(members.count - 1) {
                for j in (i + 1)..<members.count where ExactKey(members[i].key) == ExactKey(members[j].key) {
                    reportDuplicate(members[i])
                    break
                }
            }
            return
        }
        var last = [ExactKey: Int](minimumCapacity: members.count)
        for (index, member) in members.enumerated() { last[ExactKey(member.key)] = index }
        guard last.count < members.count else { return }
        for (index, member) in members.enumerated() where last[ExactKey(member.key)] != index {
            reportDuplicate(member)
        }
    }

    private mutating func reportDuplicate(_ member: SyntaxMember) {
        report(
            JSONParseMessage.duplicateKey(member.key), member.keyRange, severity: .warning,
            code: SyntaxDiagnostic.Code.duplicateKey)
    }
}

/// A key compared by its exact Unicode scalars, as Python compares `str`: Swift's `String` equality would
/// treat `é` and `e` + U+0301 as one key, Python does not.
private struct ExactKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        // Equal scalars imply canonical equivalence, so Swift's fast `==` rules most pairs out first.
        lhs.text == rhs.text && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if done == nil {
            for b in text.utf8 { hasher.combine(b) }
        }
    }
}
