// swift-tools-version:5.10
// kubetutor: an interactive Kubernetes tutorial and quiz REPL over an embedded simulated cluster.
//
// Layers (each depends only on the ones before it):
//   KubeCluster  ← KubeCtl  ← RealCluster  ← Tutor  ← Terminal  ← kubetutor (executable)
//   KubeCluster  ← KubeCtl  ← KubeServe (the API endpoint of `kubetutor serve`)
import PackageDescription

let package = Package(
    name: "kubetutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kubetutor", targets: ["kubetutor"]),
        .executable(name: "kubetutor-bench", targets: ["kubetutor-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // The simulated cluster: objects, store with watch, clock, controllers, kubelets, workload model.
        .target(name: "KubeCluster", dependencies: [
            .product(name: "Collections", package: "swift-collections"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // kubectl: parser, verbs, printers, and the small tutorial shell around it.
        .target(name: "KubeCtl", dependencies: [
            "KubeCluster",
            .product(name: "Collections", package: "swift-collections"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // The learner's own cluster: the host's kubectl as a child process, the lesson namespace, the
        // kubeconfig copy and the read-only mirror the lesson checks read (`kubetutor lesson NAME --cluster CTX`).
        .target(name: "RealCluster", dependencies: ["KubeCtl", "KubeCluster"]),
        // Lessons, quizzes, checks and progress. Knows nothing of the terminal.
        .target(name: "Tutor", dependencies: ["RealCluster", "KubeCtl", "KubeCluster",
            .product(name: "Yams", package: "Yams")]),
        // libedit's variadic C API wrapped in plain functions Swift can call.
        .target(name: "CLibEdit", linkerSettings: [.linkedLibrary("edit")]),
        // The interactive front end: line editing, completion, rendering.
        .target(name: "Terminal", dependencies: ["CLibEdit", "Tutor", "KubeCtl", "KubeCluster"]),
        // The simulated cluster served as a Kubernetes API endpoint on loopback (`kubetutor serve`).
        .target(name: "KubeServe", dependencies: ["KubeCluster", "KubeCtl",
            .product(name: "Collections", package: "swift-collections")]),
        // The executable only parses the command line and wires the layers together.
        .executableTarget(name: "kubetutor", dependencies: [
            "Terminal", "Tutor", "RealCluster", "KubeCtl", "KubeCluster", "KubeServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: kubetutorStaticLinking),
        .executableTarget(name: "kubetutor-bench", dependencies: ["KubeCtl", "KubeCluster", "Tutor"]),
        .testTarget(name: "KubeClusterTests", dependencies: ["KubeCluster"]),
        .testTarget(name: "KubeCtlTests", dependencies: ["KubeCtl", "KubeCluster"]),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "KubeCtl", "KubeCluster"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "KubetutorTests", dependencies: ["kubetutor"]),
        .testTarget(name: "KubeServeTests", dependencies: ["KubeServe", "KubeCtl", "KubeCluster"]),
        .testTarget(name: "RealClusterTests", dependencies: ["RealCluster", "Tutor", "KubeServe", "KubeCtl", "KubeCluster"]),
    ]
)

/// Release builds of the kubetutor binary carry the Swift runtime and Foundation inside them: loading and
/// relocating a dozen shared libraries took ~7 ms of every launch (issue #9). Debug builds (and so the
/// test bundles, which link the kubetutor module) keep the shared libraries. The modules were compiled
/// against the shared Foundation, so the static Foundation's own libraries are named here.
var kubetutorStaticLinking: [LinkerSetting] {
    let linuxRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
    return [.unsafeFlags(["-static-stdlib"], linuxRelease)]
        + ["FoundationEssentials", "FoundationInternationalization", "CoreFoundation", "_FoundationICU",
           "_FoundationCShims", "_FoundationCollections", "swiftSynchronization"]
        .map { LinkerSetting.linkedLibrary($0, linuxRelease) }
}
