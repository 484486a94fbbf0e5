import Foundation

/// Polls `condition` every millisecond until it holds or `seconds` pass; returns whether it held.
///
/// Conditions must stay true once they hold: on a busy machine the test may resume only after the deadline, and
/// the last check then decides.
func waitUntil(seconds: Double = 30, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(1))
    }
    return condition()
}
