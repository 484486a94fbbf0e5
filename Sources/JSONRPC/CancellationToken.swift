internal import Synchronization

/// Set when the peer cancels a request (`$/cancelRequest`); a running handler polls it.
package final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    package init() {}

    package var isCancelled: Bool { flag.load(ordering: .acquiring) }

    package func cancel() { flag.store(true, ordering: .releasing) }
}
