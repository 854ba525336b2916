import Dispatch
import MTLint

/// The glossary of a run (``GlossaryOption``), loaded on a second core while this one goes on
/// setting up the run.
final class GlossaryLoad: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the loading thread before it leaves `done`; read only after waiting
    // for `done`, which orders the write before the reads. (A Mutex, or a generic wrapper,
    // had its generic metadata instantiated at run time: ~0.1 M instructions each.)
    private var glossary: Glossary?
    private var error: GlossaryError?

    /// Starts loading the glossary of `paths`.
    init(paths: [String]) {
        DispatchQueue.global().async(group: done) {
            do throws(GlossaryError) {
                self.glossary = try GlossaryOption.load(paths)
            } catch {
                self.error = error
            }
        }
    }

    /// The loaded glossary, once it is loaded.
    func value() throws(GlossaryError) -> Glossary? {
        done.wait()
        if let error { throw error }
        return glossary
    }
}
