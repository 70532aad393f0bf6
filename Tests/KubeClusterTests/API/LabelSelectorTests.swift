import Foundation
import XCTest
@testable import KubeCluster

final class LabelSelectorTests: XCTestCase {
    /// Input and the canonical string real kubectl 1.32.5 sends after parsing it (`kubectl top pod -l`).
    let canonical: [(String, String)] = [
        ("b=2,a in (y,x)", "a in (x,y),b=2"), ("  a = b  ,  c  ", "a=b,c"), ("x=,z= ", "x=,z="), ("!x", "!x"),
        ("x>1,z<5", "x>1,z<5"), ("a in (x,)", "a in (,x)"), ("a in ()", "a in ()"), ("a notin (in)", "a notin (in)"),
        ("in in (in)", "in in (in)"), ("z,y notin (jkl),x in (def,abc)", "x in (abc,def),y notin (jkl),z"),
        ("x notin (abc,def),bar,z in (),w", "bar,w,x notin (abc,def),z in ()"), ("x==a,x=b", "x==a,x=b"),
        ("a=in", "a=in"), ("example.com/a=b", "example.com/a=b"), ("a in (b,a,b)", "a in (a,b)"),
        // upstream TestSelectorParse good strings (canonical form is the input without spaces)
        ("x=a,y=b,z=c", "x=a,y=b,z=c"), ("", ""), ("x!=a,y=b", "x!=a,y=b"), ("x=", "x="), ("x= ", "x="),
        ("x= ,z= ", "x=,z="), ("\rx", "x"), ("foo  in\t (abc)", "foo in (abc)"), ("x notin\n (abc)", "x notin (abc)"),
        ("app=nginx,tier", "app=nginx,tier"), ("a.b-c_d", "a.b-c_d"), ("A=B", "A=B"), ("a=,b", "a=,b"),
        ("a in(x)", "a in (x)"), ("!a,b", "!a,b"), ("a!=", "a!="), ("a==", "a=="),
    ]

    /// Input and the error real kubectl 1.32.5 prints for it (after its `error: ` prefix).
    let failures: [(String, String)] = [
        ("a b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"),
        ("a=b,", "found '', expected: identifier after ','"),
        ("=b", "found '=', expected: !, identifier, or 'end of string'"),
        ("a in (x", "unable to parse requirement: found '', expected: ',' or ')'"),
        ("a=b c", "found 'c', expected: ',' or 'end of string'"),
        ("a in x", "unable to parse requirement: found 'x' expected: '('"),
        ("!a=b", "found '=', expected: ',' or 'end of string'"),
        ("a=(", "unable to parse requirement: found '(', expected: identifier"),
        ("a,,b", "found ',', expected: identifier after ','"),
        (",a", "found ',', expected: !, identifier, or 'end of string'"),
        ("a!b", "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"),
        ("a in (x y)", "unable to parse requirement: found 'y', expected: ',' or ')'"),
        ("a in (x,,y", "unable to parse requirement: found '', expected: ',' or ')'"),
        ("x notin (a)b", "found 'b', expected: ',' or 'end of string'"),
        ("!", "unable to parse requirement: found '', expected: identifier"),
        ("a,!", "unable to parse requirement: found '', expected: identifier"),
        ("a=b,,", "found ',', expected: identifier after ','"),
        ("a=b=c", "found '=', expected: ',' or 'end of string'"),
        ("a==b==c", "found '==', expected: ',' or 'end of string'"),
        ("a=!b", "unable to parse requirement: found '!', expected: identifier"),
        ("a!", "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"),
        ("a(", "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"),
        ("a)b", "unable to parse requirement: found ')', expected: in, notin, =, ==, !=, gt, lt"),
        ("a,b)", "unable to parse requirement: found ')', expected: in, notin, =, ==, !=, gt, lt"),
        ("a=b)", "found ')', expected: ',' or 'end of string'"),
        ("a in x,y", "unable to parse requirement: found 'x' expected: '('"),
        ("a in (x),", "found '', expected: identifier after ','"),
        ("a notin", "unable to parse requirement: found '' expected: '('"),
        ("ain(x)", "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"),
        ("a!=(b)", "unable to parse requirement: found '(', expected: identifier"),
        ("a>x", "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer"),
        ("a<", "unable to parse requirement: values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, the value must be an integer"),
        ("/a", "unable to parse requirement: <nil>: Invalid value: \"/a\": prefix part must be non-empty"),
        ("a/", "unable to parse requirement: <nil>: Invalid value: \"a/\": name part must be non-empty; name part "
            + "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
            + "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"),
        ("-a=b", "unable to parse requirement: <nil>: Invalid value: \"-a\": name part must consist of alphanumeric characters, "
            + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
            + "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"),
        ("a_/b=c", "unable to parse requirement: <nil>: Invalid value: \"a_/b\": prefix part a lowercase RFC 1123 subdomain must "
            + "consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character "
            + "(e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
        ("a/b/c", "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric "
            + "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  "
            + "or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS "
            + "subdomain prefix and '/' (e.g. 'example.com/MyName')"),
        (String(repeating: "a", count: 64), "unable to parse requirement: <nil>: Invalid value: \"\(String(repeating: "a", count: 64))\": "
            + "name part must be no more than 63 characters"),
        ("a=" + String(repeating: "b", count: 64), "unable to parse requirement: values[0][a]: Invalid value: "
            + "\"\(String(repeating: "b", count: 64))\": must be no more than 63 characters"),
        ("a in (z_,b)", "unable to parse requirement: values[1][a]: Invalid value: \"z_\": a valid label must be an empty string "
            + "or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
            + "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
    ]

    func testCanonicalStringsMatchKubectl() throws {
        for (input, expected) in canonical {
            XCTAssertEqual(try LabelSelector(parsing: input).description, expected, "input \(input.debugDescription)")
        }
    }

    func testErrorsMatchKubectl() {
        for (input, expected) in failures {
            XCTAssertThrowsError(try LabelSelector(parsing: input), "input \(input)") { error in
                XCTAssertEqual((error as? LabelSelectorError)?.message, expected, "input \(input)")
            }
        }
    }

    func testSeveralBadValuesAreAggregated() {
        let valueRule = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must "
            + "start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
            + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        XCTAssertThrowsError(try LabelSelector(parsing: "a in (b_,c_)")) { error in
            XCTAssertEqual((error as? LabelSelectorError)?.message, "unable to parse requirement: [values[0][a]: Invalid value: \"b_\": "
                           + valueRule + ", values[1][a]: Invalid value: \"c_\": " + valueRule + "]")
        }
    }

    func testMatchingFromUpstreamTables() throws {
        let table: [(String, [String: String], Bool)] = [
            ("", ["x": "y"], true), ("x=y", ["x": "y"], true), ("x=y,z=w", ["x": "y", "z": "w"], true),
            ("x!=y,z!=w", ["x": "z", "z": "a"], true), ("notin=in", ["notin": "in"], true), ("x", ["x": "z"], true),
            ("!x", ["y": "z"], true), ("x>1", ["x": "2"], true), ("x<1", ["x": "0"], true), ("x=z", [:], false),
            ("x=y", ["x": "z"], false), ("x=y,z=w", ["x": "w", "z": "w"], false), ("x!=y,z!=w", ["x": "z", "z": "w"], false),
            ("x", ["y": "z"], false), ("!x", ["x": "z"], false), ("x>1", ["x": "0"], false), ("x<1", ["x": "2"], false),
            ("foo=bar,baz=blah", ["foo": "bar", "baz": "blah"], true), ("foo=bar,foobar=bar,baz=blah", ["foo": "bar", "baz": "blah"], false),
            ("x in (foo),y notin (alpha)", ["x": "foo", "y": "baz"], true), ("x in (foo),y in (alpha)", ["x": "foo", "y": "baz"], false),
            ("x notin (),y", ["y": ""], true), ("!x,y", ["y": ""], true), ("x notin (),!y", ["y": ""], false),
            ("x in ()", ["y": "baz"], false), ("z>1", ["z": "v2"], false), ("x!=y", [:], true), ("x notin (a)", [:], true),
            ("env in (prod,qa)", ["env": "qa"], true), ("env in (prod,qa)", ["env": "dev"], false),
        ]
        for (selector, labels, expected) in table {
            XCTAssertEqual(try LabelSelector(parsing: selector).matches(labels), expected, "\(selector) on \(labels)")
        }
        XCTAssertTrue(LabelSelector.everything.matches(["x": "y"]))
        XCTAssertTrue(LabelSelector.everything.isEmpty)
        XCTAssertFalse(LabelSelector.nothing.matches([:]))
        XCTAssertEqual(LabelSelector.nothing.description, "")
    }

    func testSelectorFromLabelMap() {
        let selector = LabelSelector(matchLabels: ["tier": "web", "app": "nginx"])
        XCTAssertEqual(selector.description, "app=nginx,tier=web")
        XCTAssertTrue(selector.matches(["app": "nginx", "tier": "web", "x": "y"]))
        XCTAssertFalse(selector.matches(["app": "nginx"]))
        XCTAssertTrue(LabelSelector(matchLabels: [:]).matches(["a": "b"]))
        XCTAssertEqual(selector.requiredValue(for: "app"), "nginx")
        XCTAssertNil(selector.requiredValue(for: "other"))
        XCTAssertEqual(LabelSelector.formatLabels(["b": "2", "a": "1"]), "a=1,b=2")
        XCTAssertEqual(LabelSelector.formatLabels([:]), "<none>")
    }

    func testRequirementConstructorFromUpstreamTable() {
        let table: [(String, LabelRequirement.Operator, [String], Bool)] = [
            ("x", .in, [], false), ("x", .notIn, [], false), ("x", .in, ["foo"], true), ("x", .notIn, ["foo"], true),
            ("x", .exists, [], true), ("x", .doesNotExist, [], true), ("1foo", .in, ["bar"], true), ("1234", .in, ["bar"], true),
            ("y", .greaterThan, ["1"], true), ("z", .lessThan, ["6"], true), ("foo", .greaterThan, ["bar"], false),
            ("barz", .lessThan, ["blah"], false), (String(repeating: "a", count: 254), .exists, [], false),
            ("x", .equals, ["a", "b"], false), ("x", .exists, ["a"], false),
        ]
        for (key, op, values, valid) in table {
            XCTAssertEqual((try? LabelRequirement(key: key, operator: op, values: values)) != nil, valid, "\(key) \(op) \(values)")
        }
        XCTAssertThrowsError(try LabelRequirement(key: "x", operator: .in, values: [])) { error in
            XCTAssertEqual((error as? LabelSelectorError)?.message,
                           "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty")
        }
    }

    func testRequirementStringsFromUpstreamTable() throws {
        let requirements = [
            try LabelRequirement(key: "x", operator: .notIn, values: ["abc"]),
            try LabelRequirement(key: "y", operator: .in, values: ["mno", "jkl"]),
            try LabelRequirement(key: "z", operator: .notIn, values: [""]),
        ]
        XCTAssertEqual(LabelSelector(requirements: requirements).description, "x notin (abc),y in (jkl,mno),z notin ()")
        let mixed = [
            try LabelRequirement(key: "z", operator: .notEquals, values: ["a"]),
            try LabelRequirement(key: "x", operator: .equals, values: ["abc"]),
            try LabelRequirement(key: "y", operator: .doubleEquals, values: ["jkl"]),
            try LabelRequirement(key: "z", operator: .exists, values: []),
        ]
        XCTAssertEqual(LabelSelector(requirements: mixed).description, "x=abc,y==jkl,z!=a,z")
    }
}
