import KubeCluster
import Foundation

/// What a command passes besides its positional arguments to the resource builder.
public struct ResourceArgumentOptions: Sendable {
    /// `-l` / `--selector`; nil or blank when not given.
    public var labelSelector: String?
    /// `--field-selector`; nil or blank when not given.
    public var fieldSelector: String?
    /// `--all` (delete and friends): select every object of the types.
    public var selectAll: Bool
    /// True for `get` and `describe`: a bare `TYPE` lists every object. False for `delete`,
    /// where a bare type is `resource(s) were provided, but no name was specified`.
    public var allowEmptySelector: Bool
    /// True for commands that act on one type only (`you may only specify a single resource type`).
    public var singleResourceType: Bool
    /// `-A` / `--all-namespaces`: naming a namespaced object is then an error.
    public var allNamespaces: Bool

    /// Options with nothing selected; `allowEmptySelector` defaults to `get`'s behaviour.
    public init(labelSelector: String? = nil, fieldSelector: String? = nil, selectAll: Bool = false,
                allowEmptySelector: Bool = true, singleResourceType: Bool = false, allNamespaces: Bool = false) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.selectAll = selectAll
        self.allowEmptySelector = allowEmptySelector
        self.singleResourceType = singleResourceType
        self.allNamespaces = allNamespaces
    }
}

/// One resource type to act on, with the names asked for (none means: every object that
/// the selector picks).
public struct ResourceRequest: Equatable, Sendable {
    /// The resolved resource type.
    public var resource: APIResource
    /// The API version to use for it.
    public var version: String
    /// Object names in the order given; empty to list by selector.
    public var names: [String]

    /// A request from its parts.
    public init(resource: APIResource, version: String, names: [String]) {
        self.resource = resource
        self.version = version
        self.names = names
    }
}

/// The result of resolving a command's resource arguments.
public struct ResolvedResourceArguments: Equatable, Sendable {
    /// The requests in the order kubectl visits them.
    public var requests: [ResourceRequest]
    /// True when the objects are picked by selector (list form) rather than by name.
    public var selectsBySelector: Bool
    /// True when exactly one object was named, so `-o yaml` prints the object, not a `List`.
    public var singleItemImplied: Bool
    /// Messages to print on stderr as `Warning: <message>`, e.g. for the ambiguous `ev`.
    public var warnings: [String]
}


/// kubectl's resource-builder argument grammar (`cli-runtime` `ResourceTypeOrNameArgs` and the
/// visitors behind it): `TYPE`, `TYPE NAME…`, `TYPE1,TYPE2 [NAME…]`, `TYPE/NAME…`, and categories
/// such as `all`, with kubectl's errors and checks in kubectl's order.
public enum ResourceArguments {
    /// Resolves a command's positional arguments into resource requests.
    public static func resolve(_ arguments: [String], options: ResourceArgumentOptions = ResourceArgumentOptions(),
                               catalog: ResourceCatalog = .standard) -> Result<ResolvedResourceArguments, ResourceArgumentError> {
        var builder = ResourceArgumentBuilder(options: options, catalog: catalog)
        builder.readArguments(arguments)
        return builder.visit()
    }

    /// Splits `a,b,a` into distinct parts in order, keeping empty parts (`SplitResourceArgument`).
    public static func splitTypes(_ argument: String) -> [String] {
        var seen: Set<String> = []
        return argument.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            .filter { seen.insert($0).inserted }
    }
}

/// The builder state: what the arguments and flags asked for, then the visit that checks them.
struct ResourceArgumentBuilder {
    let options: ResourceArgumentOptions
    let catalog: ResourceCatalog
    var errors: [ResourceArgumentError] = []
    var labelSelector: String?
    var fieldSelector: String?
    var selectAll = false
    var types: [String] = []
    var names: [String] = []
    var tuples: [(type: String, name: String)] = []
    var warnings: [String] = []

    init(options: ResourceArgumentOptions, catalog: ResourceCatalog) {
        self.options = options
        self.catalog = catalog
        labelSelector = Self.nonBlank(options.labelSelector)
        fieldSelector = Self.nonBlank(options.fieldSelector)
        if options.selectAll {
            if labelSelector != nil || fieldSelector != nil {
                errors.append(.selectAllWithSelector)
            } else {
                selectAll = true
            }
        }
    }

    static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// `ResourceTypeOrNameArgs`: tuple form, or types (categories expanded) plus names.
    mutating func readArguments(_ raw: [String]) {
        var arguments = Self.normalizeTypesWithNames(raw)
        let slashed = arguments.filter { $0.contains("/") }.count
        if slashed > 0 {
            guard slashed == arguments.count else {
                errors.append(.typeWithTupleArguments)
                return
            }
            for argument in arguments {
                let parts = argument.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else {
                    errors.append(.tooManySlashes)
                    return
                }
                guard !parts[0].isEmpty, !parts[1].isEmpty, ResourceArguments.splitTypes(parts[0]).count == 1 else {
                    errors.append(.incompleteTuple)
                    return
                }
                tuples.append((type: parts[0], name: parts[1]))
            }
            return
        }
        guard let first = arguments.first else { return }
        arguments[0] = expandCategories(first)
        types = ResourceArguments.splitTypes(arguments[0])
        names = Array(arguments.dropFirst())
        if arguments.count == 1 && labelSelector == nil && options.allowEmptySelector {
            labelSelector = ""
        }
    }

    /// `TYPE1,TYPE2 NAME…` becomes `TYPE1/NAME… TYPE2/NAME…`.
    static func normalizeTypesWithNames(_ arguments: [String]) -> [String] {
        guard arguments.count >= 2, let first = arguments.first else { return arguments }
        let typeList = ResourceArguments.splitTypes(first)
        guard typeList.count > 1 else { return arguments }
        return typeList.flatMap { type in arguments.dropFirst().map { "\(type)/\($0)" } }
    }

    /// Replaces each comma-separated part that names a category with its resources.
    func expandCategories(_ argument: String) -> String {
        argument.split(separator: ",", omittingEmptySubsequences: false).map { part -> String in
            guard let members = catalog.expandCategory(String(part)) else { return String(part) }
            return members.map(\.qualifiedName).joined(separator: ",")
        }.joined(separator: ",")
    }

    /// `visitorResult`: decides between selector, tuple, name and bare-type forms.
    mutating func visit() -> Result<ResolvedResourceArguments, ResourceArgumentError> {
        if let error = ResourceArgumentError.aggregate(errors) { return .failure(error) }
        if selectAll { labelSelector = "" }
        do {
            if labelSelector != nil || fieldSelector != nil { return .success(try visitBySelector()) }
            if !tuples.isEmpty { return .success(try visitByTuples()) }
            if !names.isEmpty { return .success(try visitByNames()) }
            if !types.isEmpty {
                _ = try resolveDistinct(types)
                return .failure(.typeWithoutNames)
            }
            return .failure(.missingResource)
        } catch let error as ResourceArgumentError {
            return .failure(error)
        } catch {
            return .failure(ResourceArgumentError(message: "\(error)"))
        }
    }

    mutating func visitBySelector() throws -> ResolvedResourceArguments {
        if !names.isEmpty { throw ResourceArgumentError.namesWithSelector }
        if !tuples.isEmpty { throw ResourceArgumentError.tuplesWithSelector }
        if types.isEmpty { throw ResourceArgumentError.selectorWithoutType }
        if types.count > 1 && options.singleResourceType { throw ResourceArgumentError.severalTypes }
        let requests = try resolveDistinct(types).map { ResourceRequest(resource: $0.resource, version: $0.version, names: []) }
        return ResolvedResourceArguments(requests: requests, selectsBySelector: true, singleItemImplied: false, warnings: warnings)
    }

    mutating func visitByNames() throws -> ResolvedResourceArguments {
        if types.count > 1 { throw ResourceArgumentError.namesWithSeveralTypes }
        guard let resolved = try resolveDistinct(types).first else { throw ResourceArgumentError.namesWithSeveralTypes }
        if resolved.resource.namespaced && options.allNamespaces { throw ResourceArgumentError.namedAcrossNamespaces }
        let request = ResourceRequest(resource: resolved.resource, version: resolved.version, names: names)
        return ResolvedResourceArguments(requests: [request], selectsBySelector: false,
                                         singleItemImplied: names.count == 1, warnings: warnings)
    }

    mutating func visitByTuples() throws -> ResolvedResourceArguments {
        var resolvedByType: [String: ResourceResolution] = [:]
        var distinct: [APIResource] = []
        for tuple in tuples where resolvedByType[tuple.type] == nil {
            let resolution = try resolve(tuple.type)
            resolvedByType[tuple.type] = resolution
            if !distinct.contains(resolution.resource) { distinct.append(resolution.resource) }
        }
        if distinct.count > 1 && options.singleResourceType { throw ResourceArgumentError.severalTypes }
        var requests: [ResourceRequest] = []
        for tuple in tuples {
            guard let resolution = resolvedByType[tuple.type] else { continue }
            if resolution.resource.namespaced && options.allNamespaces { throw ResourceArgumentError.namedAcrossNamespaces }
            if let last = requests.last, last.resource == resolution.resource, last.version == resolution.version {
                requests[requests.count - 1].names.append(tuple.name)
            } else {
                requests.append(ResourceRequest(resource: resolution.resource, version: resolution.version, names: [tuple.name]))
            }
        }
        return ResolvedResourceArguments(requests: requests, selectsBySelector: false,
                                         singleItemImplied: tuples.count == 1, warnings: warnings)
    }

    /// `resourceMappings`: resolves every type in order, dropping repeats of the same kind and version.
    mutating func resolveDistinct(_ typeList: [String]) throws -> [ResourceResolution] {
        var result: [ResourceResolution] = []
        for type in typeList {
            let resolution = try resolve(type)
            if !result.contains(where: { $0.resource == resolution.resource && $0.version == resolution.version }) {
                result.append(resolution)
            }
        }
        return result
    }

    mutating func resolve(_ type: String) throws -> ResourceResolution {
        guard let resolution = catalog.resolve(type) else {
            throw ResourceArgumentError.unknownType(ResourceCatalog.splitGroupResource(type).resource)
        }
        warnings += resolution.warnings
        return resolution
    }
}
