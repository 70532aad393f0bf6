import KubeCluster

/// Reads objects for a verb the way kubectl's resource builder asks the API server: by name, or by
/// listing a resource in a namespace (or all) filtered by label and field selectors.
public struct ObjectQuery {
    public var namespace: String
    public var allNamespaces: Bool
    public var labelSelector: LabelSelector
    public var fieldSelector: FieldSelector

    public init(namespace: String, allNamespaces: Bool = false, labelSelector: LabelSelector = .everything,
                fieldSelector: FieldSelector = .everything) {
        self.namespace = namespace
        self.allNamespaces = allNamespaces
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
    }

    /// The query a verb's `-n`, `-A`, `-l` and `--field-selector` flags describe; a bad selector is an error text.
    public static func from(_ context: VerbContext) -> Result<ObjectQuery, KubectlMessage> {
        let invocation = context.invocation
        var query = ObjectQuery(namespace: context.namespace)
        query.allNamespaces = invocation.accepts("all-namespaces") && invocation.bool("all-namespaces")
        if invocation.accepts("selector"), !invocation.string("selector").isEmpty {
            do { query.labelSelector = try LabelSelector(parsing: invocation.string("selector")) } catch {
                return .failure(KubectlMessage("\(error)"))
            }
        }
        if invocation.accepts("field-selector"), !invocation.string("field-selector").isEmpty {
            do { query.fieldSelector = try FieldSelector(parsing: invocation.string("field-selector")) } catch {
                return .failure(KubectlMessage("\(error)"))
            }
        }
        return .success(query)
    }

    /// The stored objects of `resource` matching the selectors, in etcd key order.
    public func list(_ resource: APIResource, in store: ObjectStore) -> [any APIObject] {
        let scope: String? = (resource.namespaced && !allNamespaces) ? namespace : nil
        let objects = store.listAny(resource: resource.name, namespace: scope)
        guard !labelSelector.isEmpty || !fieldSelector.isEmpty else { return objects }
        return objects.filter { matches($0, resource: resource) }
    }

    /// The stored objects of `resource` matching the selectors, or the API server's BadRequest for a field label the
    /// kind does not support, in the words kubectl wraps it in (`Unable to find "/v1, Resource=pods" that match …`).
    /// `labelText` and `fieldText` are the selectors as given on the command line.
    public func select(_ resource: APIResource, in store: ObjectStore, labelText: String,
                       fieldText: String) -> Result<[any APIObject], APIError> {
        var query = self
        switch FieldSelectorSupport.validate(fieldSelector, group: resource.group, kind: resource.kind) {
        case .success(let converted): query.fieldSelector = converted
        case .failure(let error):
            let subject = "\(resource.group)/\(resource.preferredVersion), Resource=\(resource.name)"
            return .failure(.badRequest("Unable to find \(GoStringSyntax.quote(subject)) that match label selector "
                + "\(GoStringSyntax.quote(labelText)), field selector \(GoStringSyntax.quote(fieldText)): \(error.message)"))
        }
        return .success(query.list(resource, in: store))
    }

    /// The named object, or the API server's NotFound error.
    public func get(_ resource: APIResource, name: String, in store: ObjectStore) -> Result<any APIObject, APIError> {
        let key = ObjectKey(namespace: resource.namespaced ? namespace : "", name: name)
        guard let object = store.getAny(resource: resource.name, key) else {
            return .failure(APIError.notFound(resource.qualifiedName, name))
        }
        return .success(object)
    }

    func matches(_ object: any APIObject, resource: APIResource) -> Bool {
        guard labelSelector.isEmpty || labelSelector.matches(object.metadata.labelMap) else { return false }
        guard !fieldSelector.isEmpty else { return true }
        let json = (try? TreeEncoder().encode(object)) ?? .null
        return fieldSelector.matches { FieldSelectorSupport.selectableValue(of: $0, in: json, kind: resource.kind) }
    }
}
