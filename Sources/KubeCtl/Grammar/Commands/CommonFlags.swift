// Flags that many kubectl 1.32 commands share. Names, shorthands, kinds and defaults are facts taken from the
// real binary; the descriptions are kubetutor's own wording.

extension FlagSpec {
    /// `--allow-missing-template-keys=true` of every command that prints objects.
    public static let allowMissingTemplateKeys = FlagSpec.bool(
        "allow-missing-template-keys", default: true,
        "When true, a missing field or map key in a template is not an error. Applies to the go-template and jsonpath output formats only.")

    /// `--show-managed-fields=false` of every command that prints objects.
    public static let showManagedFields = FlagSpec.bool(
        "show-managed-fields", "Keep metadata.managedFields when printing JSON or YAML.")

    /// `--template=''` of every command that prints objects.
    public static let template = FlagSpec.string(
        "template",
        "Go template, or path to a template file, for -o go-template and -o go-template-file. See https://pkg.go.dev/text/template for the syntax.")

    /// `-o, --output=''` of commands that print the objects they change.
    public static let printOutput = FlagSpec.string(
        "output", short: "o",
        "Output format: json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json or jsonpath-file.")

    /// `--dry-run='none'`; given alone it means `unchanged`, which kubectl then rejects or warns about.
    public static let dryRun = FlagSpec.string(
        "dry-run", default: "none",
        "\"none\", \"server\" or \"client\". With client, only print the object that would be sent. With server, send the request but do not persist the result.")
        .bareValue("unchanged")

    /// `-R, --recursive=false` of commands that read manifests.
    public static let recursive = FlagSpec.bool(
        "recursive", short: "R", "Also process subdirectories of the directories given with -f/--filename.")

    /// `-k, --kustomize=''` of commands that read manifests.
    public static let kustomize = FlagSpec.string(
        "kustomize", short: "k", "Kustomization directory to process. Cannot be combined with -f or -R.")

    /// `-l, --selector=''` label selector.
    public static let selector = FlagSpec.string(
        "selector", short: "l",
        "Label selector to filter with, using '=', '==' or '!=', for example -l app=web,tier!=db. Objects must match every condition.")

    /// `--validate='strict'`; given alone it means `strict`.
    public static let validate = FlagSpec.string(
        "validate", default: "strict",
        "Schema validation: strict (or true) rejects invalid input, warn reports unknown or duplicate fields without failing, ignore (or false) skips validation. Server-side validation is used when the API server supports it.")
        .bareValue("strict")

    /// `--save-config=false` of creating commands.
    public static let saveConfig = FlagSpec.bool(
        "save-config",
        "Store the configuration of the object in its annotation so that 'kubectl apply' can be used on it later. Otherwise the annotation is left untouched.")

    /// `-A, --all-namespaces=false`.
    public static let allNamespaces = FlagSpec.bool(
        "all-namespaces", short: "A",
        "Look in every namespace instead of only the current one; any --namespace value is ignored.")

    /// `--field-selector=''`.
    public static let fieldSelector = FlagSpec.string(
        "field-selector",
        "Field selector to filter with, using '=', '==' or '!=', for example --field-selector status.phase=Running. The server supports only a few fields per type.")

    /// `--chunk-size=500` of listing commands.
    public static let chunkSize = FlagSpec.int(
        "chunk-size", default: 500,
        "Fetch long lists in pages of this many items instead of all at once; 0 turns paging off. This flag is beta.")

    /// `--cascade='background'`; given alone it means `background`.
    public static let cascade = FlagSpec.string(
        "cascade", default: "background",
        "How dependents are deleted: \"background\", \"orphan\" or \"foreground\". Defaults to background.")
        .bareValue("background")

    /// `--grace-period=-1` of deleting commands.
    public static let gracePeriod = FlagSpec.int(
        "grace-period", default: -1,
        "Seconds a resource gets to shut down gracefully. Negative values are ignored; 1 means immediately. 0 is only allowed with --force.")

    /// `-f, --filename=[]` with the generic description.
    public static let filename = FlagSpec.filename(
        "File, directory or URL with manifests of the resources to act on.")

    /// `-f, --filename=[]` with a command-specific description.
    public static func filename(_ usage: String) -> FlagSpec {
        .stringSlice("filename", short: "f", usage)
    }

    /// `--field-manager` with the command's default manager name, e.g. `kubectl-create`.
    public static func fieldManager(_ defaultManager: String) -> FlagSpec {
        .string("field-manager", default: defaultManager, "Name recorded as the manager of the fields this command sets.")
    }

    /// `--pod-running-timeout` with the command's default, e.g. `1m0s`.
    public static func podRunningTimeout(_ defaultValue: String) -> FlagSpec {
        .duration("pod-running-timeout", default: defaultValue,
                  "How long to wait for at least one pod to be running (for example 5s, 2m or 3h; must be above zero).")
    }
}
