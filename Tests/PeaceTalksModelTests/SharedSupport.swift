import TestSupport

// The shared fixtures (Tests/TestSupport) under the names these tests use, visible in every file
// without an import of their own.
typealias TempFolder = TestSupport.TemporaryFolder
typealias Repository = TestSupport.Repository
