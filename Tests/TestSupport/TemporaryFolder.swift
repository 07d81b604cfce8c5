import Foundation

/// A fresh temporary folder, removed when the value is dropped, also when a test fails.
/// Shared by the model, explorer and end-to-end tests.
public final class TemporaryFolder {
    public let url: URL
    /// The folder's own path.
    public var path: String { url.path }

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("peacetalks-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder (not created).
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `data` to `name`, making the folders on the way; returns its path.
    @discardableResult
    public func file(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    public func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String { try file(name, Data(bytes)) }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }
}
