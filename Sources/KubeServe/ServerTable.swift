import Collections
import KubeCluster
import KubeCtl

/// Server-side table rendering (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`): the same printers as
/// the REPL's `kubectl get`, sent as a `meta.k8s.io/v1` Table whose rows carry the object's metadata.
enum ServerTable {
    /// How much of each object a row carries (`includeObject`).
    enum Embedding: String {
        case none = "None", metadata = "Metadata", object = "Object"
    }

    /// True when the Accept header asks for a meta.k8s.io Table (v1 or v1beta1).
    static func isRequested(accept: String?) -> Bool {
        guard let accept else { return false }
        return accept.split(separator: ",").contains { mediaType in
            let parameters = mediaType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return parameters.contains("as=Table") && parameters.contains("g=meta.k8s.io")
        }
    }

    /// The Table of `objects` of `resource`, as the API server renders it at the cluster's current instant.
    static func table(_ objects: [any APIObject], resource: APIResource, embedding: Embedding, cluster: Cluster,
                      resourceVersion: String) -> JSONValue {
        var root = OrderedDictionary<String, JSONValue>()
        root["kind"] = "Table"
        root["apiVersion"] = "meta.k8s.io/v1"
        root["metadata"] = ["resourceVersion": .string(resourceVersion)]
        root["columnDefinitions"] = columnDefinitions(resource)
        root["rows"] = .array(objects.map { row($0, resource: resource, embedding: embedding, cluster: cluster) })
        return .object(root)
    }

    /// The column definitions of a resource's printer (wide columns at priority 1; the name column has format `name`).
    static func columnDefinitions(_ resource: APIResource) -> JSONValue {
        let printer = TablePrinterRegistry.printer(for: resource.name)
        return .array(printer.columns.map { column in
            var member = OrderedDictionary<String, JSONValue>()
            member["name"] = .string(column.header)
            member["type"] = "string"
            member["format"] = .string(column.isName ? "name" : "")
            member["description"] = .string(column.isName ? "Name must be unique within a namespace." : column.header)
            member["priority"] = .int(column.wideOnly ? 1 : 0)
            return .object(member)
        })
    }

    /// One row: the printer's cells and the embedded object (or its metadata).
    static func row(_ object: any APIObject, resource: APIResource, embedding: Embedding, cluster: Cluster) -> JSONValue {
        let printer = TablePrinterRegistry.printer(for: resource.name)
        let context = TableContext(now: cluster.now, store: cluster.store)
        var member = OrderedDictionary<String, JSONValue>()
        member["cells"] = .array(printer.cells(object, context).map { .string($0) })
        switch embedding {
        case .none:
            break
        case .object:
            member["object"] = ServedJSON.encode(object)
        case .metadata:
            var partial = OrderedDictionary<String, JSONValue>()
            partial["kind"] = "PartialObjectMetadata"
            partial["apiVersion"] = "meta.k8s.io/v1"
            partial["metadata"] = ServedJSON.encode(object)["metadata"] ?? .emptyObject
            member["object"] = .object(partial)
        }
        return .object(member)
    }
}
