import KubeCluster

/// A condition a step waits for, on the cluster's state or on what the learner did.
public struct Check: Sendable {
    /// What is checked.
    public var kind: CheckKind
    /// What the check wants, in the author's words (else generated from the check).
    public var label: LessonText?
    /// What to say when it does not hold (else a generated, precise message).
    public var missing: LessonText?
    /// Where the check was written.
    public var location: LessonFileLocation

    /// A check of `kind`, optionally with the author's wording.
    public init(_ kind: CheckKind, label: LessonText? = nil, missing: LessonText? = nil,
                location: LessonFileLocation = LessonFileLocation(file: "", line: 0)) {
        self.kind = kind
        self.label = label
        self.missing = missing
        self.location = location
    }
}

/// The kinds of checks a lesson can use.
public indirect enum CheckKind: Sendable {
    /// The object exists (and is not being deleted).
    case exists(ObjectRef)
    /// The object is gone (or being deleted).
    case absent(ObjectRef)
    /// A value at a jsonpath of one object passes a test.
    case field(ObjectRef, path: String, test: ValueTest)
    /// The number of objects matching a query passes a test.
    case count(CountQuery, test: CountTest)
    /// A Service's ready endpoints pass a test; failures say exactly why (no selector, no pods, none ready).
    case endpoints(service: String, namespace: String?, test: CountTest)
    /// A Deployment's rollout finished (what `kubectl rollout status` waits for).
    case rolledOut(deployment: String, namespace: String?)
    /// A status condition of an object has a status.
    case condition(ObjectRef, type: String, status: String)
    /// An event happened during the step (or is still stored).
    case event(EventPattern)
    /// A Deployment reached a revision.
    case revision(deployment: String, namespace: String?, atLeast: Int)
    case all([Check])
    case any([Check])
    case not(Check)
    /// The learner ran a command meaning one of the patterns (since the step began).
    case command([CommandPattern], succeeded: Bool)
    /// The learner reached a Service over HTTP with curl/wget (or `minikube service`).
    case reached(service: String, namespace: String?, via: ServiceAccess)
    /// The step's question was answered correctly.
    case answered
    /// The kubeconfig's current context (by name) and/or its namespace are as given.
    case context(name: String?, namespace: String?)
}

/// How a Service was reached from the learner's side.
public enum ServiceAccess: String, Sendable, CaseIterable {
    /// Through a node's IP and the NodePort (`curl $(minikube ip):30080`).
    case nodePort
    /// Through any address that leads to it.
    case any
}

/// A test on a value found at a jsonpath.
public enum ValueTest: Equatable, Sendable {
    case equals(String)
    case contains(String)
    case matches(String)
    case atLeast(Double)
    case atMost(Double)
    /// The path has a non-empty value.
    case present
    /// The path has no value.
    case missing
}

/// A test on a number of objects.
public enum CountTest: Equatable, Sendable {
    case equals(Int)
    case atLeast(Int)
    case atMost(Int)

    /// Whether `count` passes.
    public func passes(_ count: Int) -> Bool {
        switch self {
        case .equals(let wanted): return count == wanted
        case .atLeast(let wanted): return count >= wanted
        case .atMost(let wanted): return count <= wanted
        }
    }
}

/// Objects in the cluster a check talks about: one by name, or every object a selection picks.
public struct ObjectRef: Equatable, Sendable, CustomStringConvertible {
    /// Which objects.
    public enum Target: Equatable, Sendable {
        case named(String)
        case selected(RefSelection)
        /// Every object of the type in the namespace.
        case every
    }
    /// The plural resource name (`deployments`).
    public var resource: String
    /// The kind (`Deployment`).
    public var kind: String
    /// Which objects of the type.
    public var target: Target
    /// nil: the lesson's namespace ("" is used for cluster-scoped kinds).
    public var namespace: String?
    /// As the author wrote it (`deploy/go-api`, `@pod(app=go-api)`).
    public var text: String

    /// A reference from its parts (`ObjectRefParser` reads the written forms).
    public init(resource: String, kind: String, target: Target, namespace: String? = nil, text: String) {
        self.resource = resource
        self.kind = kind
        self.target = target
        self.namespace = namespace
        self.text = text
    }

    /// The reference as written.
    public var description: String { text }
}

/// How a binding picks objects: by labels, or the objects a workload or Service selects.
public enum RefSelection: Equatable, Sendable {
    /// A kubectl label selector (`app=go-api,tier!=db`).
    case labels(String)
    /// The objects `resource/name` selects (a Deployment's, ReplicaSet's or Service's selector).
    case selectedBy(resource: String, name: String)
}

/// Objects counted by a `count` check, with filters.
public struct CountQuery: Sendable {
    /// The objects to count, before the filters.
    public var objects: ObjectRef
    /// Pods only: the STATUS column `kubectl get pods` shows (`Running`, `CrashLoopBackOff`).
    public var status: String?
    /// Pods only: `.status.phase`.
    public var phase: String?
    /// Pods: every container ready; other kinds: a `Ready` condition that is True.
    public var ready: Bool?
    /// Only objects whose value at `path` passes `test`.
    public var filter: (path: String, test: ValueTest)?
    /// Include objects that are being deleted (Terminating); excluded by default.
    public var includeTerminating: Bool

    /// A query over `objects` with the given filters.
    public init(objects: ObjectRef, status: String? = nil, phase: String? = nil, ready: Bool? = nil,
                filter: (path: String, test: ValueTest)? = nil, includeTerminating: Bool = false) {
        self.objects = objects
        self.status = status
        self.phase = phase
        self.ready = ready
        self.filter = filter
        self.includeTerminating = includeTerminating
    }
}

/// An event a check waits for.
public struct EventPattern: Sendable {
    /// The event's reason (`BackOff`, `FailedScheduling`).
    public var reason: String
    /// The object it is about (nil: any).
    public var object: ObjectRef?
    /// `Normal` or `Warning` (nil: either).
    public var type: String?
    /// Text the message must contain.
    public var messageContains: String?
}

/// A value computed from the cluster: the answer to a question.
public enum ValueExpression: Sendable {
    /// The values at a jsonpath of one object (or of each selected object).
    case field(ObjectRef, path: String)
    /// How many objects a query matches.
    case count(CountQuery)
    /// The reason of the earliest stored event about an object.
    case firstEvent(ObjectRef)
    /// The kubeconfig's current context name (`current-context`) or its namespace (`namespace`).
    case kubeconfig(KubeconfigField)
}

/// What a question can ask of the kubeconfig.
public enum KubeconfigField: String, Sendable, CaseIterable {
    case currentContext = "current-context"
    case namespace
}
