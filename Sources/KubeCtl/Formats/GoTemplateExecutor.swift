import KubeCluster

/// A Go-template execution error, worded as Go words it
/// (`template: output:1:7: executing "output" at <.a.b>: nil pointer evaluating interface {}.b`).
public struct TemplateExecutionError: Error, Equatable {
    /// The full Go error text.
    public let message: String
}

/// One run of a parsed template over a data tree: Go's `state` (variables, current node, output).
final class GoTemplateExecution {
    private enum Site {
        case arg(TemplateArg)
        case command(TemplateCommand)
        case pipe(TemplatePipe)
        case node(pos: Int, text: String)

        var pos: Int {
            switch self {
            case .arg(let arg): return arg.pos
            case .command(let command): return command.pos
            case .pipe(let pipe): return pipe.pos
            case .node(let pos, _): return pos
            }
        }

        var text: String {
            switch self {
            case .arg(let arg): return arg.goString
            case .command(let command): return command.goString
            case .pipe(let pipe): return pipe.goString
            case .node(_, let text): return text
            }
        }
    }

    private enum LoopSignal: Error { case breakLoop, continueLoop }

    private let source: [UInt8]
    private let parseName: String
    private let definitions: [String: [TemplateNode]]
    private let missingKeyIsError: Bool
    private var templateName: String
    private var site: Site?
    private var vars: [(name: String, value: TemplateValue)]
    private var depth = 0
    private(set) var output = ""

    init(source: String, name: String, definitions: [String: [TemplateNode]], data: TemplateValue,
         missingKeyIsError: Bool) {
        self.source = Array(source.utf8)
        self.parseName = name
        self.templateName = name
        self.definitions = definitions
        self.missingKeyIsError = missingKeyIsError
        self.vars = [("$", data)]
    }

    /// Runs `nodes` with `dot` as data; output accumulates even when an error is thrown.
    func run(_ nodes: [TemplateNode], dot: TemplateValue) throws {
        try walk(dot, nodes)
    }

    // MARK: errors

    private func fail(_ message: String) -> TemplateExecutionError {
        guard let site else {
            return TemplateExecutionError(message: "template: \(templateName): \(message)")
        }
        let position = min(site.pos, source.count)
        let before = source[..<position]
        let line = 1 + before.filter { $0 == UInt8(ascii: "\n") }.count
        let column = before.lastIndex(of: UInt8(ascii: "\n")).map { position - $0 - 1 } ?? position
        return TemplateExecutionError(message: "template: \(parseName):\(line):\(column): executing "
            + "\(GoValueText.quote(templateName)) at <\(site.text)>: \(message)")
    }

    // MARK: statements

    private func walk(_ dot: TemplateValue, _ nodes: [TemplateNode]) throws {
        for node in nodes { try walk(dot, node) }
    }

    private func walk(_ dot: TemplateValue, _ node: TemplateNode) throws {
        switch node {
        case .text(let text):
            output += text
        case .action(let pos, let pipe):
            site = .node(pos: pos, text: node.goString)
            let value = try evalPipeline(dot, pipe)
            if pipe.decls.isEmpty { output += value.printed }
        case .ifNode(let pipe, let list, let elseList), .with(let pipe, let list, let elseList):
            let mark = vars.count
            defer { vars.removeLast(max(0, vars.count - mark)) }
            let value = try evalPipeline(dot, pipe)
            if value.truth {
                if case .with = node { try walk(value, list) } else { try walk(dot, list) }
            } else if let elseList {
                try walk(dot, elseList)
            }
        case .rangeNode(_, let pipe, let list, let elseList):
            try walkRange(dot, pipe, list, elseList)
        case .template(let pos, let name, let pipe):
            site = .node(pos: pos, text: node.goString)
            guard let body = definitions[name] else {
                throw fail("template \(GoValueText.quote(name)) not defined")
            }
            let newDot = try pipe.map { try evalPipeline(dot, $0) } ?? .invalid
            let saved = (vars, templateName)
            vars = [("$", newDot)]
            templateName = name
            depth += 1
            defer { (vars, templateName) = saved; depth -= 1 }
            guard depth < 10_000 else { throw fail("exceeded maximum template depth (100000)") }
            try walk(newDot, body)
        case .breakLoop:
            throw LoopSignal.breakLoop
        case .continueLoop:
            throw LoopSignal.continueLoop
        }
    }

    private func walkRange(_ dot: TemplateValue, _ pipe: TemplatePipe, _ list: [TemplateNode],
                           _ elseList: [TemplateNode]?) throws {
        let outerMark = vars.count
        defer { vars.removeLast(max(0, vars.count - outerMark)) }
        let value = try evalPipeline(dot, pipe)
        let mark = vars.count
        var iterations: [(index: TemplateValue, element: TemplateValue)] = []
        switch value.unboxed {
        case .json(.array(let items)):
            iterations = items.enumerated().map { (.int($0.offset), .boxed($0.element)) }
        case .json(.object(let members)):
            iterations = GoValueText.sortedPairs(members).map { (.json(.string($0.key)), .boxed($0.value)) }
        case .invalid:
            break
        case let other:
            throw fail("range can't iterate over \(other.printed)")
        }
        do {
            for (index, element) in iterations {
                bindRangeVariables(pipe, index: index, element: element)
                defer { vars.removeLast(max(0, vars.count - mark)) }
                do {
                    try walk(element, list)
                } catch LoopSignal.continueLoop {
                    continue
                }
            }
        } catch LoopSignal.breakLoop {
            return
        }
        if iterations.isEmpty, let elseList { try walk(dot, elseList) }
    }

    private func bindRangeVariables(_ pipe: TemplatePipe, index: TemplateValue, element: TemplateValue) {
        guard !pipe.decls.isEmpty else { return }
        let names = pipe.decls.compactMap { decl -> String? in
            if case .variable(_, let idents) = decl { return idents.first }
            return nil
        }
        if pipe.isAssign {
            if names.count > 1 {
                setVariable(names[0], index)
                setVariable(names[1], element)
            } else if let name = names.first {
                setVariable(name, element)
            }
            return
        }
        if vars.count >= 1 { vars[vars.count - 1].value = element }
        if names.count > 1 && vars.count >= 2 { vars[vars.count - 2].value = index }
    }

    private func setVariable(_ name: String, _ value: TemplateValue) {
        if let position = vars.lastIndex(where: { $0.name == name }) { vars[position].value = value }
    }

    // MARK: pipelines and commands

    func evalPipeline(_ dot: TemplateValue, _ pipe: TemplatePipe) throws -> TemplateValue {
        site = .pipe(pipe)
        var value: TemplateValue?
        for command in pipe.commands {
            value = try evalCommand(dot, command, final: value).unboxed
        }
        let result = value ?? .invalid
        for decl in pipe.decls {
            guard case .variable(_, let idents) = decl, let name = idents.first else { continue }
            if pipe.isAssign {
                guard vars.contains(where: { $0.name == name }) else { throw fail("undefined variable: \(name)") }
                setVariable(name, result)
            } else {
                vars.append((name, result))
            }
        }
        return result
    }

    private func notAFunction(_ args: [TemplateArg], _ final: TemplateValue?) throws {
        if args.count > 1 || final != nil, let first = args.first {
            throw fail("can't give argument to non-function \(first.goString)")
        }
    }

    private func evalCommand(_ dot: TemplateValue, _ command: TemplateCommand,
                             final: TemplateValue?) throws -> TemplateValue {
        guard let first = command.args.first else { return .invalid }
        switch first {
        case .field(_, let idents):
            site = .arg(first)
            return try evalFieldChain(dot, receiver: dot, idents, args: command.args, final: final)
        case .chain:
            return try evalChain(dot, first, args: command.args, final: final)
        case .identifier(_, let name):
            return try evalFunction(dot, first, name, errorSite: .command(command), args: command.args,
                                    final: final)
        case .pipe(let pipe):
            try notAFunction(command.args, final)
            return try evalPipeline(dot, pipe)
        case .variable:
            return try evalVariable(dot, first, args: command.args, final: final)
        default:
            break
        }
        site = .arg(first)
        try notAFunction(command.args, final)
        switch first {
        case .bool(_, let value): return .json(.bool(value))
        case .dot: return dot
        case .nilValue: throw fail("nil is not a command")
        case .number(_, let number): return try idealConstant(number)
        case .string(_, _, let text): return .json(.string(text))
        default: throw fail("can't evaluate command \(GoValueText.quote(first.goString))")
        }
    }

    private func idealConstant(_ number: TemplateNumber) throws -> TemplateValue {
        let text = number.text.lowercased()
        let isHexInt = text.hasPrefix("0x") && !text.contains("p")
        if number.isFloat && !isHexInt && !number.text.hasPrefix("'") && text.contains(where: { ".ep".contains($0) }) {
            return .json(.double(number.float64))
        }
        if number.isInt {
            guard let value = Int(exactly: number.int64) else { throw fail("\(number.text) overflows int") }
            return .int(value)
        }
        if number.isUint { throw fail("\(number.text) overflows int") }
        return .invalid
    }

    private func evalChain(_ dot: TemplateValue, _ chain: TemplateArg, args: [TemplateArg],
                           final: TemplateValue?) throws -> TemplateValue {
        site = .arg(chain)
        guard case .chain(_, let node, let fields) = chain else { return .invalid }
        if case .nilValue = node { throw fail("indirection through explicit nil in \(chain.goString)") }
        let receiver = try evalArg(dot, nil, node)
        return try evalFieldChain(dot, receiver: receiver, fields, args: args, final: final)
    }

    private func evalVariable(_ dot: TemplateValue, _ variable: TemplateArg, args: [TemplateArg],
                              final: TemplateValue?) throws -> TemplateValue {
        site = .arg(variable)
        guard case .variable(_, let idents) = variable, let name = idents.first else { return .invalid }
        guard let value = vars.last(where: { $0.name == name })?.value else {
            throw fail("undefined variable: \(name)")
        }
        if idents.count == 1 {
            try notAFunction(args, final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, Array(idents.dropFirst()), args: args, final: final)
    }

    private func evalFieldChain(_ dot: TemplateValue, receiver: TemplateValue, _ idents: [String],
                                args: [TemplateArg], final: TemplateValue?) throws -> TemplateValue {
        var receiver = receiver
        for (position, name) in idents.enumerated() {
            let last = position == idents.count - 1
            let hasArgs = last && (args.count > 1 || final != nil)
            receiver = try evalField(name, receiver: receiver, hasArgs: hasArgs)
        }
        return receiver
    }

    private func evalField(_ name: String, receiver: TemplateValue, hasArgs: Bool) throws -> TemplateValue {
        if receiver == .invalid {
            if missingKeyIsError { throw fail("nil data; no entry for key \(GoValueText.quote(name))") }
            return .invalid
        }
        let typeName = receiver.typeName
        if receiver == .boxed(.null) { throw fail("nil pointer evaluating \(typeName).\(name)") }
        guard case .json(.object(let members)) = receiver.unboxed else {
            throw fail("can't evaluate field \(name) in type \(typeName)")
        }
        if hasArgs { throw fail("\(name) is not a method but has arguments") }
        guard let value = members[name] else {
            if missingKeyIsError { throw fail("map has no entry for key \(GoValueText.quote(name))") }
            return .invalid
        }
        return .boxed(value)
    }

    // MARK: function calls

    private func evalFunction(_ dot: TemplateValue, _ identifier: TemplateArg, _ name: String,
                              errorSite: Site, args: [TemplateArg], final: TemplateValue?) throws -> TemplateValue {
        site = .arg(identifier)
        guard let function = TemplateBuiltins.all[name] else {
            throw fail("\(GoValueText.quote(name)) is not a defined function")
        }
        let arguments = Array(args.dropFirst())
        let count = arguments.count + (final == nil ? 0 : 1)
        let fixed = function.parameters.count
        if function.variadic != nil {
            if count < fixed {
                throw fail("wrong number of args for \(name): want at least \(fixed) got \(arguments.count)")
            }
        } else if count != fixed {
            throw fail("wrong number of args for \(name): want \(fixed) got \(count)")
        }
        if name == "and" || name == "or" {
            var value = TemplateValue.invalid
            for argument in arguments {
                value = try evalArg(dot, .value, argument)
                if value.truth == (name == "or") { return value }
            }
            if let final { value = final }
            return value
        }
        var values: [TemplateValue] = []
        for (position, argument) in arguments.enumerated() {
            let parameter = position < fixed ? function.parameters[position] : (function.variadic ?? .value)
            values.append(try evalArg(dot, parameter, argument))
        }
        if let final {
            let position = values.count
            let parameter = position < fixed ? function.parameters[position] : (function.variadic ?? .value)
            values.append(try validate(final, parameter))
        }
        switch function.body(values) {
        case .success(let result): return result
        case .failure(let error):
            site = errorSite
            throw fail("error calling \(name): \(error.message)")
        }
    }

    private func validate(_ value: TemplateValue, _ parameter: TemplateFunction.Parameter?) throws -> TemplateValue {
        guard let parameter else { return value }
        switch parameter {
        case .value: return value
        case .any: return value == .invalid ? .boxed(.null) : value
        case .string:
            if value == .invalid { throw fail("invalid value; expected string") }
            if case .json(.string) = value.unboxed, value != .boxed(.null) { return value.unboxed }
            let shown = value == .boxed(.null) ? value : value.unboxed
            throw fail("wrong type for value; expected string; got \(shown.typeName)")
        }
    }

    private func evalArg(_ dot: TemplateValue, _ parameter: TemplateFunction.Parameter?,
                         _ arg: TemplateArg) throws -> TemplateValue {
        site = .arg(arg)
        switch arg {
        case .dot: return try validate(dot, parameter)
        case .nilValue:
            if parameter == .string { throw fail("cannot assign nil to string") }
            return parameter == .any ? .boxed(.null) : .invalid
        case .field(_, let idents):
            return try validate(evalFieldChain(dot, receiver: dot, idents, args: [arg], final: nil), parameter)
        case .variable: return try validate(evalVariable(dot, arg, args: [], final: nil), parameter)
        case .pipe(let pipe): return try validate(evalPipeline(dot, pipe), parameter)
        case .identifier(_, let name):
            return try validate(evalFunction(dot, arg, name, errorSite: .arg(arg), args: [arg], final: nil),
                                parameter)
        case .chain: return try validate(evalChain(dot, arg, args: [], final: nil), parameter)
        case .bool(_, let value):
            if parameter == .string { throw fail("expected string; found \(arg.goString)") }
            return .json(.bool(value))
        case .number(_, let number):
            if parameter == .string { throw fail("expected string; found \(arg.goString)") }
            return try idealConstant(number)
        case .string(_, _, let text):
            return .json(.string(text))
        }
    }
}
