#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pages of a read-only file mapping that are no longer needed, handed back to the kernel:
/// they stay in the page cache, but no longer count towards this process's memory. Reading
/// them again reads the file again.
enum MappedPages {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// The whole pages inside `range` of `mapping` (a pointer from `mmap` of a file, never
    /// written; for other memory `MADV_DONTNEED` would discard its contents).
    static func release(_ range: Range<Int>, of mapping: UnsafeRawBufferPointer) {
        guard let base = mapping.baseAddress, pageSize > 0 else { return }
        let start = (range.lowerBound + pageSize - 1) / pageSize * pageSize
        let end = range.upperBound / pageSize * pageSize
        guard start < end else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }
}
