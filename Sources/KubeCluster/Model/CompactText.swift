extension String {
    /// The same text in a heap buffer no larger than it needs. Interpolation and `+` leave spare
    /// capacity (often near double), which a text kept for long — an event message, one per pod —
    /// would carry for its whole life. Texts short enough to be stored inline come back as they are.
    func compacted() -> String {
        let count = utf8.count
        guard count > 15 else { return self }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(from: utf8).1
        }
    }
}
