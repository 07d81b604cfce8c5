import TestSupport

// The shared fixtures under the names these tests use, visible in every file without an import.
typealias TemporaryFolder = TestSupport.TemporaryFolder
typealias Repository = TestSupport.Repository
