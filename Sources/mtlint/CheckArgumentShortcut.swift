import MTLint

/// Reads `mtlint check`'s arguments in their everyday spellings without swift-argument-parser,
/// whose parse of even the `check` command alone (reflecting its options, probing for a
/// completion-script request) was 10.4 M of the 23.5 M instructions of checking one small
/// file. Everyday means: paths that do not start with `-`, and the long options of
/// ``CheckCommand`` as `--name value` (a value that does not start with `-`) or
/// `--name=value`, values not empty, each option that takes one value given at most once, with values that
/// convert and pass ``CheckCommand/validate()``. Anything else — help, version, completion
/// scripts, `--`, short or unknown options, repeated or missing values, values that fail —
/// is declined, and swift-argument-parser answers it as before, with its own messages.
enum CheckArgumentShortcut {
    /// The request the arguments (after `check`) make, or nil when they are not everyday.
    static func request(_ arguments: [String]) -> CheckRequest? {
        var request = CheckRequest(paths: [])
        var given: Set<Substring> = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            guard argument.utf8.first == UInt8(ascii: "-") else {
                request.paths.append(argument)
                continue
            }
            guard argument.utf8.starts(with: "--".utf8) else { return nil }
            let name: Substring
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[argument.index(argument.startIndex, offsetBy: 2)..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard index < arguments.endIndex, arguments[index].utf8.first != UInt8(ascii: "-") else { return nil }
                name = argument.dropFirst(2)
                value = arguments[index]
                index += 1
            }
            // swift-argument-parser refuses an empty attached value (`--encoding=`).
            guard !value.isEmpty else { return nil }
            if name != "glossary" {
                guard given.insert(name).inserted else { return nil }
            }
            switch name {
            case "format":
                guard let format = CheckCommand.Format(rawValue: value) else { return nil }
                request.format = format
            case "fail-on":
                guard let failOn = CheckCommand.FailOn(rawValue: value) else { return nil }
                request.failOn = failOn
            case "jobs":
                guard let jobs = Int(value), jobs >= 1 else { return nil }
                request.jobs = jobs
            case "input-format":
                guard value == "auto" || InputFormat(rawValue: value) != nil else { return nil }
                request.inputFormat = value
            case "source": request.source = value
            case "output": request.output = value
            case "encoding": request.encoding = value
            case "glossary": request.glossary.append(value)
            case "xliff-notes": request.xliffNotes = value
            case "config": request.config = value
            default: return nil
            }
        }
        guard !request.paths.isEmpty, request.source == nil || request.paths.count == 1 else { return nil }
        return request
    }
}
