/// A place inside an input document, printed in the AWS CLI's notation: `Filters[0].Values[1]`, `Tags.myKey` for
/// a map value, `Tags (key: myKey)` for a map key, `input` for the top level.
package struct InputPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
    package enum Component: Sendable, Hashable {
        /// A structure member.
        case member(String)
        /// A list element.
        case index(Int)
        /// A map value, by its key.
        case mapValue(String)
        /// A map key itself.
        case mapKey(String)
    }

    package var components: [Component]

    package init(_ components: [Component] = []) {
        self.components = components
    }

    package init(arrayLiteral elements: Component...) {
        self.components = elements
    }

    /// The top level of the input.
    package static let root = InputPath()

    package func appending(_ component: Component) -> InputPath {
        var copy = self
        copy.components.append(component)
        return copy
    }

    package var isRoot: Bool { components.isEmpty }

    package var description: String {
        guard !components.isEmpty else { return "input" }
        var out = ""
        for component in components {
            switch component {
            case .member(let name):
                out += out.isEmpty ? name : "." + name
            case .index(let i):
                out += "[\(i)]"
            case .mapValue(let key):
                out += "." + key
            case .mapKey(let key):
                out += " (key: \(key))"
            }
        }
        return out
    }
}
