extension LineTable {
    /// The lines of text held in an array (marked-up originals, tests).
    init(_ bytes: [UInt8]) {
        self.init(TextBytes(bytes))
    }
}
