import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file, as `make` and git's index compare it: when all of it is
/// unchanged, the file is taken to be unchanged without reading it.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970; -1 marks a stamp too fresh to trust (see `StatManifest`).
    var modified: Int64
    var inode: UInt64
    var device: UInt64

    static let missing = FileStamp(size: -1, modified: 0, inode: 0, device: 0)

    /// The stamp of the file at `path` (followed through links, as the loader reads it).
    static func of(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return FileStamp(info)
    }

    init(size: Int64, modified: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.device = device
    }

    init(_ info: stat) {
        self.init(
            size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }

    /// The years the modification time falls in (UTC and local): what a dateline-less
    /// article's anchor year can depend on, so it is part of the article's digest.
    var modificationYears: [Int] {
        let date = Date(timeIntervalSince1970: Double(modified) / 1e9)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? .current
        return [utc.component(.year, from: date), Calendar.current.component(.year, from: date)]
    }
}

/// The stamps of every file one request read, with each article's digest and the warnings
/// reading gave: kept in the cache (`*.stat`) so that the next run of the same request can name
/// the stored analysis from the stamps alone, reading only files whose stamp changed.
struct StatManifest: Sendable, HeaderedFormat {
    struct File: Sendable {
        var path: String
        var foundInFolder: Bool
        var stamp: FileStamp
        /// The metadata sidecar beside it (`FileStamp.missing` when there is none).
        var sidecar: FileStamp
        /// `AnalysisCache.articleDigest`, or "" for a file that was refused, not read.
        var digest: String
    }

    var files: [File]
    /// Warnings from reading the articles (not from walking the folders, which is done again).
    var notes: [Diagnostic]

    static let magic = Array("peacetalks-stats".utf8)
    static let formatVersion: UInt8 = 1


    func encode() -> [UInt8] {
        SealedFile.write(magic: Self.magic, version: Self.formatVersion) { writer in
            writer.array(files) { writer, file in
                writer.string(file.path)
                writer.bool(file.foundInFolder)
                writer.stamp(file.stamp)
                writer.stamp(file.sidecar)
                writer.string(file.digest)
            }
            writer.array(notes) { $0.diagnostic($1) }
        }
    }

    static func decode(_ buffer: UnsafeRawBufferPointer) throws -> StatManifest {
        var reader = try SealedFile.open(buffer, magic: magic, version: formatVersion, what: "stat manifest")
        let files = try reader.array { reader in
            File(
                path: try reader.string(), foundInFolder: try reader.bool(), stamp: try reader.stamp(),
                sidecar: try reader.stamp(), digest: try reader.string())
        }
        let notes = try reader.array { try $0.diagnostic() }
        guard reader.isAtEnd else { throw reader.failure("unexpected data after the stat manifest") }
        return StatManifest(files: files, notes: notes)
    }
}
