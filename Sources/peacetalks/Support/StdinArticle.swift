#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PeaceTalksModel

/// `-` among the paths: the article comes from standard input (`curl … | peacetalks summary -`).
///
/// The loader reads files (their folder says which codebook and notes apply), so the text is
/// written to `stdin.txt` in a private temporary folder, which is removed when the program ends.
enum StdinArticle {
    static let dash = "-"

    /// The paths with `-` replaced by the file holding standard input, read once.
    static func replacingDash(in paths: [String], sizeLimit: Int) throws -> [String] {
        guard paths.contains(dash) else { return paths }
        guard paths.filter({ $0 == dash }).count == 1 else {
            throw Failure.usage("'-' (standard input) can be named only once")
        }
        let file = try store(try read(limit: sizeLimit))
        return paths.map { $0 == dash ? file : $0 }
    }

    /// Standard input to its end, refusing more than `limit` bytes.
    static func read(limit: Int) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { readInput($0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure.input("cannot read standard input (\(String(cString: strerror(errno))))")
            }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit {
                throw Failure.input(
                    "standard input is larger than the \(limit)-byte limit per article; raise it with --max-size")
            }
        }
        return data
    }

    private static func readInput(_ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(0, buffer, count)
        #else
        Darwin.read(0, buffer, count)
        #endif
    }

    /// Removed at exit: the text belongs to the pipe it came from.
    nonisolated(unsafe) private static var folder: String?

    private static func store(_ data: Data) throws -> String {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("peacetalks-stdin-XXXXXX").path
        var template = Array(base.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw Failure.input("cannot make a temporary folder for standard input")
        }
        let path = String(cString: made)
        folder = path
        atexit { StdinArticle.removeFolder() }
        let file = path + "/stdin.txt"
        guard FileManager.default.createFile(atPath: file, contents: data) else {
            throw Failure.input("cannot store standard input in \(path)")
        }
        return file
    }

    /// The folder standard input was stored in, if it was: nothing saved there outlives the run.
    static var storedFolder: String? { folder }

    private static func removeFolder() {
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// After standard input was read for the explorer, its keys come from the terminal, as
    /// `less` does. False when there is no terminal to read.
    static func readKeysFromTerminal() -> Bool {
        if isatty(0) == 1 { return true }
        let tty = open("/dev/tty", O_RDWR)
        guard tty >= 0 else { return false }
        defer { close(tty) }
        return dup2(tty, 0) == 0
    }
}
