import XCTest
import KubeCluster
@testable import KubeCtl

/// Vectors from real kubectl 1.32.5 run against a server serving `ResourceCatalog.standard`'s
/// discovery data: the requests it made, in order, or the error it printed (after `error: `).
final class ResourceArgumentsTests: XCTestCase {
    /// Resolves and renders each request as `resource.group[name,name]` (`*` = by selector).
    func render(_ arguments: [String], _ options: ResourceArgumentOptions = ResourceArgumentOptions()) -> String {
        switch ResourceArguments.resolve(arguments, options: options) {
        case .success(let resolved):
            return resolved.requests.map { request in
                "\(request.resource.qualifiedName)@\(request.version)[" + (request.names.isEmpty ? "*" : request.names.joined(separator: ",")) + "]"
            }.joined(separator: " ")
        case .failure(let error):
            return "error: " + error.message
        }
    }

    func testGetGrammar() {
        let table: [([String], String)] = [
            (["pods"], "pods@v1[*]"),
            (["pods", "a", "b"], "pods@v1[a,b]"),
            (["pods,svc", "a"], "pods@v1[a] services@v1[a]"),
            (["pods,svc", "a", "b"], "pods@v1[a,b] services@v1[a,b]"),
            (["po/a", "svc/b", "po/c"], "pods@v1[a] services@v1[b] pods@v1[c]"),
            (["po/a", "po/a"], "pods@v1[a,a]"),
            (["po,pods", "a"], "pods@v1[a,a]"),
            (["pods,po"], "pods@v1[*]"),
            (["ev,events"], "events@v1[*]"),
            (["pods,deploy"], "pods@v1[*] deployments.apps@v1[*]"),
            (["all,cm"], "pods@v1[*] replicationcontrollers@v1[*] services@v1[*] daemonsets.apps@v1[*] deployments.apps@v1[*] "
                + "replicasets.apps@v1[*] statefulsets.apps@v1[*] horizontalpodautoscalers.autoscaling@v2[*] "
                + "cronjobs.batch@v1[*] jobs.batch@v1[*] configmaps@v1[*]"),
            (["hpa,horizontalpodautoscalers.v1.autoscaling"],
             "horizontalpodautoscalers.autoscaling@v2[*] horizontalpodautoscalers.autoscaling@v1[*]"),
            (["deployments/kubernetes-bootcamp", "services/kubernetes-bootcamp"],
             "deployments.apps@v1[kubernetes-bootcamp] services@v1[kubernetes-bootcamp]"),
            (["pod,svc"], "pods@v1[*] services@v1[*]"),
            (["pods", ""], "pods@v1[]"),
        ]
        for (arguments, expected) in table {
            XCTAssertEqual(render(arguments), expected, arguments.joined(separator: " "))
        }
    }

    func testGetErrors() {
        let tupleHint = "error: there is no need to specify a resource type as a separate argument when passing arguments in "
            + "resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
        let table: [([String], String)] = [
            (["podz"], "error: the server doesn't have a resource type \"podz\""),
            (["foo/bar"], "error: the server doesn't have a resource type \"foo\""),
            (["pod/"], "error: arguments in resource/name form must have a single resource and name"),
            (["/a"], "error: arguments in resource/name form must have a single resource and name"),
            (["pods,svc/a"], "error: arguments in resource/name form must have a single resource and name"),
            (["pod/a/b"], "error: arguments in resource/name form may not have more than one slash"),
            (["pods", "pod/a"], tupleHint),
            (["pod/a", "pods"], tupleHint),
            (["all", "a"], "error: you must specify only one resource"),
            (["pods,all", "a"], "error: the server doesn't have a resource type \"all\""),
            (["all/a"], "error: the server doesn't have a resource type \"all\""),
            (["pods,"], "error: the server doesn't have a resource type \"\""),
            ([",pods"], "error: the server doesn't have a resource type \"\""),
            (["pods,,svc"], "error: the server doesn't have a resource type \"\""),
            ([""], "error: the server doesn't have a resource type \"\""),
            (["podz,pods"], "error: the server doesn't have a resource type \"podz\""),
            (["pods,podz"], "error: the server doesn't have a resource type \"podz\""),
            (["podz", "x"], "error: the server doesn't have a resource type \"podz\""),
            (["podz/x", "pods/y"], "error: the server doesn't have a resource type \"podz\""),
            (["pods/x", "podz/y"], "error: the server doesn't have a resource type \"podz\""),
            (["deployments.v2.apps"], "error: the server doesn't have a resource type \"deployments\""),
        ]
        for (arguments, expected) in table {
            XCTAssertEqual(render(arguments), expected, arguments.joined(separator: " "))
        }
    }

    func testSelectorsAndFlags() {
        let selector = ResourceArgumentOptions(labelSelector: "a=b")
        let fields = ResourceArgumentOptions(fieldSelector: "a=b")
        let deleting = ResourceArgumentOptions(allowEmptySelector: false)
        let deleteAll = ResourceArgumentOptions(selectAll: true, allowEmptySelector: false)
        let deleteAllWithSelector = ResourceArgumentOptions(labelSelector: "a=b", selectAll: true, allowEmptySelector: false)
        let allNamespaces = ResourceArgumentOptions(allNamespaces: true)
        let table: [([String], ResourceArgumentOptions, String)] = [
            (["pods", "a"], selector, "error: name cannot be provided when a selector is specified"),
            (["pod/a"], selector, "error: selectors and the all flag cannot be used when passing resource/name arguments"),
            (["pods", "x"], fields, "error: name cannot be provided when a selector is specified"),
            (["pods,deploy"], selector, "pods@v1[*] deployments.apps@v1[*]"),
            (["pods"], ResourceArgumentOptions(labelSelector: "  "), "pods@v1[*]"),
            (["pod"], deleting, "error: resource(s) were provided, but no name was specified"),
            (["pods,svc"], deleting, "error: resource(s) were provided, but no name was specified"),
            (["podz"], deleting, "error: the server doesn't have a resource type \"podz\""),
            ([], ResourceArgumentOptions(labelSelector: "a=b", allowEmptySelector: false),
             "error: at least one resource must be specified to use a selector"),
            ([], deleteAll, "error: at least one resource must be specified to use a selector"),
            (["pods"], deleteAll, "pods@v1[*]"),
            (["pods"], deleteAllWithSelector, "error: setting 'all' parameter but found a non empty selector. "),
            (["pods", "a"], deleteAll, "error: name cannot be provided when a selector is specified"),
            (["pod/a"], deleteAll, "error: selectors and the all flag cannot be used when passing resource/name arguments"),
            (["all", "a"], deleting, "error: you must specify only one resource"),
            (["pod/a", "svc"], deleting, "error: there is no need to specify a resource type as a separate argument when passing "
                + "arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource "
                + "resource/<resource_name>'"),
            (["pods", "x"], allNamespaces, "error: a resource cannot be retrieved by name across all namespaces"),
            (["po/a", "no/b"], allNamespaces, "error: a resource cannot be retrieved by name across all namespaces"),
            (["nodes", "x"], allNamespaces, "nodes@v1[x]"),
            (["pods"], allNamespaces, "pods@v1[*]"),
            (["deploy,rs", "a"], ResourceArgumentOptions(singleResourceType: true), "error: you may only specify a single resource type"),
            (["deploy"], ResourceArgumentOptions(singleResourceType: true), "deployments.apps@v1[*]"),
        ]
        for (arguments, options, expected) in table {
            XCTAssertEqual(render(arguments, options), expected, arguments.joined(separator: " "))
        }
        XCTAssertEqual(render([], deleting), "error: " + ResourceArgumentError.missingResource.message)
    }

    func testSeveralBuilderErrorsArePrintedOnePerLine() {
        let options = ResourceArgumentOptions(labelSelector: "a=b", selectAll: true, allowEmptySelector: false)
        guard case .failure(let error) = ResourceArguments.resolve(["pods", "pod/a"], options: options) else {
            return XCTFail("expected an error")
        }
        XCTAssertEqual(error.kubectlText, "setting 'all' parameter but found a non empty selector. \n"
                       + "there is no need to specify a resource type as a separate argument when passing arguments in resource/name "
                       + "form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'")
        XCTAssertEqual(ResourceArgumentError.unknownType("podz").kubectlText, "error: the server doesn't have a resource type \"podz\"")
    }

    func testWarningsAndSingleItem() throws {
        let warning = "short name \"ev\" could also match lower priority resource events.events.k8s.io"
        let cases: [([String], [String], Bool, Bool)] = [
            (["ev"], [warning], false, true), (["ev,ev"], [warning], false, true), (["ev/a", "ev/b"], [warning], false, false),
            (["ev", "x"], [warning], true, false), (["ev,events"], [warning], false, true), (["pods", "a"], [], true, false),
            (["pods", "a", "b"], [], false, false), (["po/a"], [], true, false), (["pods"], [], false, true),
        ]
        for (arguments, warnings, single, bySelector) in cases {
            let resolved = try ResourceArguments.resolve(arguments).get()
            XCTAssertEqual(resolved.warnings, warnings, arguments.joined(separator: " "))
            XCTAssertEqual(resolved.singleItemImplied, single, arguments.joined(separator: " "))
            XCTAssertEqual(resolved.selectsBySelector, bySelector, arguments.joined(separator: " "))
        }
    }

    func testTypeRequiredHint() {
        XCTAssertEqual(ResourceArgumentError.typeRequiredHint(verb: "describe"),
                       "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
        XCTAssertEqual(ResourceArguments.splitTypes("pods,svc,pods,,"), ["pods", "svc", ""])
    }
}
