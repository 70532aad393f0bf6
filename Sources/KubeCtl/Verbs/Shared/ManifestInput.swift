import KubeCluster

/// The objects a `-f` command works on, its files read and resolved: used by apply, create, replace, delete
/// and by the workload verbs (scale, label, set, rollout …) through `TargetResolver`.
struct ManifestInput {
    /// The objects resolved, in file order.
    var objects: [ManifestObject]
    /// What went wrong reading or resolving, in the order met.
    var errors: [CommandError]

    /// Reads and resolves the command's `-f` arguments (`-R`, `--validate`, `-n`). With `local` (`--local`
    /// commands) objects keep the namespace they were written with.
    static func load(_ context: VerbContext, local: Bool = false) -> ManifestInput {
        let invocation = context.invocation
        let validation = invocation.accepts("validate") ? invocation.string("validate") : "strict"
        return load(context, filenames: invocation.strings("filename"),
                    recursive: invocation.accepts("recursive") && invocation.bool("recursive"),
                    validate: FieldValidation(flag: validation) != .ignore, local: local)
    }

    /// Reads and resolves `filenames` (files, directories, `-`, URLs). `validate` runs kubectl's client-side
    /// schema checks (apply/create/replace); verbs without them (label, scale, set …) report a missing
    /// kind or apiVersion as `unable to decode`.
    static func load(_ context: VerbContext, filenames: [String], recursive: Bool, validate: Bool,
                     local: Bool = false) -> ManifestInput {
        let reader = ManifestReader(files: context.session.files, stdin: context.stdin, recursive: recursive)
        let (documents, readErrors) = reader.read(filenames)
        let resolver = ManifestResolver(namespace: context.namespace, enforceNamespace: context.namespaceWasSet,
                                        validate: validate, fillsNamespace: !local)
        let (objects, resolveErrors) = resolver.resolve(documents)
        return ManifestInput(objects: objects, errors: readErrors + resolveErrors)
    }

    /// kubectl's checks before any file is read: `-f`/`-k` given, no stray arguments, no kustomize.
    static func precheck(_ context: VerbContext, allowsArguments: Bool = false) -> Int32? {
        let invocation = context.invocation
        if !invocation.string("kustomize").isEmpty {
            return context.fail("kubetutor does not simulate kustomize (-k); apply the manifests with -f instead")
        }
        if invocation.strings("filename").isEmpty {
            return context.fail("must specify one of -f and -k")
        }
        if !allowsArguments, !invocation.arguments.isEmpty {
            return context.usage("Unexpected args: [\(invocation.arguments.joined(separator: " "))]")
        }
        return checkValidateFlag(context)
    }

    /// kubectl's refusal of a `--validate` value it does not know (nil when the value is fine or not a flag here).
    static func checkValidateFlag(_ context: VerbContext) -> Int32? {
        let invocation = context.invocation
        guard invocation.accepts("validate"), FieldValidation(flag: invocation.string("validate")) == nil else { return nil }
        return context.fail(FieldValidation.invalidFlagMessage(invocation.string("validate")))
    }
}

/// Go's `%+v` of a decoded JSON map (`map[a:1 b:map[c:[x y]]]`), which some API server errors quote.
enum GoValueDescription {
    /// The `%+v` text of `value`.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return GoFloatFormat.format(number, verb: "g", precision: -1)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(describe).joined(separator: " ") + "]"
        case .object(let members):
            return "map[" + members.keys.sorted().map { "\($0):\(describe(members[$0] ?? .null))" }.joined(separator: " ") + "]"
        }
    }
}
