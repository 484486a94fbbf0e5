/// Bounds on what the reader accepts, so that no input can exhaust memory; all sizes in bytes.
package struct FramingLimits: Sendable, Hashable {
    /// Largest message body read into memory (default 64 MiB, as `SyntaxLimits.maxDocumentBytes`). A longer body is
    /// skipped as it streams by, never buffered.
    package var maxBodyBytes: Int
    /// Largest header section (all header lines of one message, line ends included; default 8 KiB). Real clients
    /// send under 100 bytes; anything longer is treated as garbage and skipped.
    package var maxHeaderBytes: Int
    /// How much of a skipped body's start is kept to look for its `id` and `method` (default 4 KiB).
    package var oversizedPeekBytes: Int
    /// Size of each `read` from the input (default 64 KiB).
    package var readChunkBytes: Int

    package init(
        maxBodyBytes: Int = 64 << 20, maxHeaderBytes: Int = 8 << 10, oversizedPeekBytes: Int = 4 << 10,
        readChunkBytes: Int = 64 << 10
    ) {
        self.maxBodyBytes = max(0, maxBodyBytes)
        self.maxHeaderBytes = max(64, maxHeaderBytes)
        self.oversizedPeekBytes = max(0, oversizedPeekBytes)
        self.readChunkBytes = max(1, readChunkBytes)
    }
}
