import Foundation

/// Runs blocking work on a thread of its own and waits for it without blocking the test's executor, so that
/// blocking tests cannot starve the other tests running in parallel.
func onThread<Result: Sendable>(_ body: @escaping @Sendable () -> Result) async -> Result {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: body()) }.start()
    }
}
