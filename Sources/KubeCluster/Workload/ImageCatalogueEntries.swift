/// The built-in image table: what each known image is, as data.
enum ImageCatalogueEntries {
    static let shellPath = ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")

    static let all: [ImageEntry] = [
        nginx, echoServer, bootcamp(repository: "gcr.io/google-samples/kubernetes-bootcamp"),
        bootcamp(repository: "docker.io/jocatalin/kubernetes-bootcamp"), hpaExample,
        tool("docker.io/library/busybox", sizes: 2_155_380, cmd: ["sh"], userland: .busybox,
             tags: TagRule(exact: ["latest", "stable", "musl", "glibc", "uclibc"], prefixes: ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36", "1.37"])),
        tool("docker.io/library/alpine", sizes: 3_623_807, cmd: ["/bin/sh"], userland: .busybox,
             tags: TagRule(exact: ["latest", "edge", "3"], prefixes: ["3.16", "3.17", "3.18", "3.19", "3.20", "3.21"])),
        tool("docker.io/library/ubuntu", sizes: 29_754_290, cmd: ["/bin/bash"], userland: .debian,
             tags: TagRule(exact: ["latest", "rolling", "jammy", "noble", "focal"], prefixes: ["20.04", "22.04", "24.04"])),
        tool("docker.io/library/debian", sizes: 48_492_446, cmd: ["bash"], userland: .debian,
             tags: TagRule(exact: ["latest", "bookworm", "bookworm-slim", "bullseye", "stable", "stable-slim"], prefixes: ["11", "12"])),
        tool("docker.io/curlimages/curl", sizes: 11_946_386, cmd: ["curl"], userland: .busybox,
             tags: TagRule(exact: ["latest"], prefixes: ["8"])),
        python, helloWorld, redis, postgres, mysql, httpd,
        system("registry.k8s.io/metrics-server/metrics-server", tags: ["v0.7.2", "v0.7.1", "v0.6.4", "latest"], size: 19_494_617,
               binaries: ["/metrics-server", "metrics-server"], ports: [10250: .metricsServer(scrapesKubelets: true), 4443: .metricsServer(scrapesKubelets: true)],
               lines: ["{time:klog}       1 serving.go:374] Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)",
                       "{time:klog}       1 handler.go:275] Adding GroupVersion metrics.k8s.io v1beta1 to ResourceManager",
                       "{time:klog}       1 secure_serving.go:213] Serving securely on [::]:10250"]),
        system("registry.k8s.io/etcd", tags: ["3.5.16-0", "3.5.15-0"], size: 57_680_541, binaries: ["etcd"], ports: [2381: .text("{\"health\":\"true\",\"reason\":\"\"}")],
               lines: ["{\"level\":\"info\",\"ts\":\"{time:iso8601Millis}\",\"caller\":\"etcdmain/etcd.go:73\",\"msg\":\"Running: \"}",
                       "{\"level\":\"info\",\"ts\":\"{time:iso8601Millis}\",\"caller\":\"etcdserver/server.go:2068\",\"msg\":\"published local member to cluster through raft\"}"]),
        system("registry.k8s.io/kube-apiserver", tags: ["v1.32.0"], size: 28_670_731, binaries: ["kube-apiserver"], ports: [6443: .text("ok"), 8443: .text("ok")],
               lines: ["{time:klog}       1 options.go:238] external host was not specified, using {ip}",
                       "{time:klog}       1 server.go:143] Version: v1.32.0"]),
        system("registry.k8s.io/kube-controller-manager", tags: ["v1.32.0"], size: 26_258_470, binaries: ["kube-controller-manager"], ports: [10257: .text("ok")],
               lines: ["{time:klog}       1 serving.go:386] Generated self-signed cert in-memory",
                       "{time:klog}       1 controllermanager.go:185] \"Starting\" version=\"v1.32.0\""]),
        system("registry.k8s.io/kube-scheduler", tags: ["v1.32.0"], size: 20_657_536, binaries: ["kube-scheduler"], ports: [10259: .text("ok")],
               lines: ["{time:klog}       1 serving.go:386] Generated self-signed cert in-memory",
                       "{time:klog}       1 server.go:167] \"Starting Kubernetes Scheduler\" version=\"v1.32.0\""]),
        system("registry.k8s.io/kube-proxy", tags: ["v1.32.0"], size: 30_907_858, binaries: ["/usr/local/bin/kube-proxy", "kube-proxy"], ports: [10256: .text("ok")],
               lines: ["{time:klog}       1 server_linux.go:66] \"Using iptables proxy\"",
                       "{time:klog}       1 server.go:698] \"Successfully retrieved node IP(s)\" IPs=[\"{ip}\"]"]),
        system("registry.k8s.io/coredns/coredns", tags: ["v1.11.3", "v1.11.1"], size: 18_562_039, binaries: ["/coredns", "coredns"],
               ports: [8080: .text("OK"), 8181: .text("OK"), 9153: .text("")],
               lines: [".:53", "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908",
                       "CoreDNS-1.11.3", "linux/amd64, go1.21.11, a6338e9"]),
        system("docker.io/kindest/kindnetd", tags: ["v20241108-5c6d2daf"], size: 38_601_118, binaries: ["/bin/kindnetd", "kindnetd"], ports: [:],
               lines: ["{time:klog}       1 main.go:109] connected to apiserver: https://10.96.0.1:443",
                       "{time:klog}       1 main.go:139] hostIP = {ip}"]),
        system("gcr.io/k8s-minikube/storage-provisioner", tags: ["v5"], size: 31_465_472, binaries: ["/storage-provisioner", "storage-provisioner"], ports: [:],
               lines: ["{time:klog}       1 storage_provisioner.go:116] Initializing the minikube storage provisioner...",
                       "{time:klog}       1 storage_provisioner.go:141] Storage provisioner initialized, now starting service!"]),
        system("registry.k8s.io/pause", tags: ["3.10", "3.9"], size: 320_368, binaries: ["/pause"], ports: [:], lines: []),
    ]

    static func tool(_ repository: String, sizes: Int64, cmd: [String], userland: ImageUserland, tags: TagRule) -> ImageEntry {
        ImageEntry(repository: repository, tags: tags, versions: [:], sizeBytes: sizes, smallVariantBytes: nil, entrypoint: [],
                   cmd: cmd, env: [shellPath], userland: userland, server: nil, requirement: nil,
                   idleMilliCPU: 0, idleMemoryBytes: 400_000, cpuSecondsPerRequest: 0)
    }

    static func system(_ repository: String, tags: Set<String>, size: Int64, binaries: Set<String>, ports: [Int32: ServerKind],
                       lines: [String]) -> ImageEntry {
        let server = ServerSpec(binaries: binaries, startupLines: lines.map { StartupLine($0, stream: .stderr) }, ports: ports,
                                listenDelay: 1, shutdownSeconds: 0.2)
        return ImageEntry(repository: repository, tags: TagRule(exact: tags), versions: [:], sizeBytes: size, smallVariantBytes: nil,
                          entrypoint: [binaries.sorted().first ?? "/bin/app"], cmd: [], env: [shellPath], userland: .distroless,
                          server: server, requirement: nil, idleMilliCPU: 3, idleMemoryBytes: 25_000_000, cpuSecondsPerRequest: 0)
    }

    static let nginx: ImageEntry = {
        let entry = [
            "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
            "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
            "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
            "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
            "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
            "/docker-entrypoint.sh: Configuration complete; ready for start up",
        ].map { StartupLine($0) }
        let notices = [
            "{time:nginx} [notice] 1#1: using the \"epoll\" event method",
            "{time:nginx} [notice] 1#1: nginx/{version}",
            "{time:nginx} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ",
            "{time:nginx} [notice] 1#1: OS: Linux {kernel}",
            "{time:nginx} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
            "{time:nginx} [notice] 1#1: start worker processes",
            "{time:nginx} [notice] 1#1: start worker process 29",
            "{time:nginx} [notice] 1#1: start worker process 30",
        ].enumerated().map { StartupLine($0.element, after: $0.offset == 0 ? 0.05 : 0, stream: .stderr) }
        let server = ServerSpec(binaries: ["nginx", "/docker-entrypoint.sh", "docker-entrypoint.sh"], startupLines: entry + notices,
                                ports: [80: .nginx(version: "{version}")], listenDelay: 0.1, shutdownSeconds: 0.1)
        var versions = ["latest": "1.27.3", "mainline": "1.27.3", "alpine": "1.27.3", "stable": "1.26.2", "perl": "1.27.3"]
        for minor in 14...29 { versions["1.\(minor)"] = "1.\(minor).0" }
        versions["1.27"] = "1.27.3"
        versions["1.14"] = "1.14.2"
        return ImageEntry(repository: "docker.io/library/nginx",
                          tags: TagRule(exact: ["latest", "stable", "mainline", "alpine", "alpine-slim", "perl", "stable-alpine", "mainline-alpine", "bookworm"],
                                        prefixes: (14...29).map { "1.\($0)" }),
                          versions: versions, sizeBytes: 72_099_501, smallVariantBytes: 20_523_817, entrypoint: ["/docker-entrypoint.sh"],
                          cmd: ["nginx", "-g", "daemon off;"], env: [shellPath, ("NGINX_VERSION", "{version}"), ("NJS_VERSION", "0.8.7"), ("PKG_RELEASE", "1~bookworm")],
                          userland: .debian, server: server, requirement: nil, idleMilliCPU: 0, idleMemoryBytes: 3_100_000, cpuSecondsPerRequest: 0.0005)
    }()

    static let echoServer = ImageEntry(
        repository: "docker.io/kicbase/echo-server", tags: TagRule(exact: ["1.0", "latest"]), versions: [:], sizeBytes: 2_372_971,
        smallVariantBytes: nil, entrypoint: ["echo-server"], cmd: [], env: [shellPath], userland: .distroless,
        server: ServerSpec(binaries: ["echo-server", "/echo-server"], startupLines: [StartupLine("Echo server listening on port 8080.")],
                           ports: [8080: .echo], listenDelay: 0.05, shutdownSeconds: 0.05),
        requirement: nil, idleMilliCPU: 0, idleMemoryBytes: 1_900_000, cpuSecondsPerRequest: 0.0002)

    static func bootcamp(repository: String) -> ImageEntry {
        let server = ServerSpec(binaries: ["node"],
                                startupLines: [StartupLine("Kubernetes Bootcamp App Started At: {time:iso8601Millis} | Running On:  {pod} ", after: 0.3),
                                               StartupLine("")],
                                ports: [8080: .bootcamp(version: 0)], listenDelay: 0.3, shutdownSeconds: 0.1)
        return ImageEntry(repository: repository, tags: TagRule(exact: ["v1", "v2"]), versions: [:], sizeBytes: 70_544_924,
                          smallVariantBytes: nil, entrypoint: [], cmd: ["node", "server.js"],
                          env: [shellPath, ("NPM_CONFIG_LOGLEVEL", "info"), ("NODE_VERSION", "6.3.1")], userland: .debian,
                          server: server, requirement: nil, idleMilliCPU: 0, idleMemoryBytes: 9_800_000, cpuSecondsPerRequest: 0.001)
    }

    static let hpaExample = ImageEntry(
        repository: "registry.k8s.io/hpa-example", tags: TagRule(exact: ["latest"]), versions: [:], sizeBytes: 132_009_872,
        smallVariantBytes: nil, entrypoint: ["docker-php-entrypoint"], cmd: ["apache2-foreground"], env: [shellPath], userland: .debian,
        server: ServerSpec(binaries: ["apache2-foreground", "docker-php-entrypoint"],
                           startupLines: [
                               StartupLine("AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message", after: 0.2, stream: .stderr),
                               StartupLine("AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message", stream: .stderr),
                               StartupLine("[{time:apache}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.10 (Debian) PHP/5.6.14 configured -- resuming normal operations", stream: .stderr),
                               StartupLine("[{time:apache}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'", stream: .stderr),
                           ],
                           ports: [80: .phpApache], listenDelay: 0.2, shutdownSeconds: 0.2),
        requirement: nil, idleMilliCPU: 1, idleMemoryBytes: 9_500_000, cpuSecondsPerRequest: 0.032)

    static let python = ImageEntry(
        repository: "docker.io/library/python", tags: TagRule(exact: ["latest", "3", "alpine", "slim"], prefixes: ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]),
        versions: ["latest": "3.13.1", "3": "3.13.1"], sizeBytes: 392_436_891, smallVariantBytes: 45_278_345, entrypoint: [], cmd: ["python3"],
        env: [shellPath, ("LANG", "C.UTF-8"), ("PYTHON_VERSION", "3.13.1")], userland: .debian, server: nil, requirement: nil,
        idleMilliCPU: 0, idleMemoryBytes: 8_000_000, cpuSecondsPerRequest: 0.001)

    static let helloWorld = ImageEntry(
        repository: "docker.io/library/hello-world", tags: TagRule(exact: ["latest", "linux"]), versions: [:], sizeBytes: 3_195, smallVariantBytes: nil,
        entrypoint: [], cmd: ["/hello"], env: [shellPath], userland: .distroless, server: nil, requirement: nil,
        idleMilliCPU: 0, idleMemoryBytes: 100_000, cpuSecondsPerRequest: 0)

    static let redis = ImageEntry(
        repository: "docker.io/library/redis", tags: TagRule(exact: ["latest", "alpine", "bookworm"], prefixes: ["6", "7"]),
        versions: ["latest": "7.4.1", "alpine": "7.4.1", "7": "7.4.1", "6": "6.2.16"], sizeBytes: 45_026_542, smallVariantBytes: 17_236_814,
        entrypoint: ["docker-entrypoint.sh"], cmd: ["redis-server"], env: [shellPath, ("REDIS_VERSION", "{version}")], userland: .debian,
        server: ServerSpec(binaries: ["redis-server", "docker-entrypoint.sh"], startupLines: [
            StartupLine("1:C {time:redis} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
            StartupLine("1:C {time:redis} * Redis version={version}, bits=64, commit=00000000, modified=0, pid=1, just started"),
            StartupLine("1:C {time:redis} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf"),
            StartupLine("1:M {time:redis} * monotonic clock: POSIX clock_gettime", after: 0.001),
            StartupLine("1:M {time:redis} * Running mode=standalone, port=6379."),
            StartupLine("1:M {time:redis} * Server initialized", after: 0.001),
            StartupLine("1:M {time:redis} * Ready to accept connections tcp"),
        ], ports: [6379: .tcp(name: "redis")], listenDelay: 0.01, shutdownSeconds: 0.2),
        requirement: nil, idleMilliCPU: 2, idleMemoryBytes: 3_400_000, cpuSecondsPerRequest: 0.0001)

    static let postgres = ImageEntry(
        repository: "docker.io/library/postgres", tags: TagRule(exact: ["latest", "alpine", "bookworm"], prefixes: ["13", "14", "15", "16", "17"]),
        versions: ["latest": "17.2", "17": "17.2", "16": "16.6", "15": "15.10", "alpine": "17.2"], sizeBytes: 158_519_201, smallVariantBytes: 105_412_877,
        entrypoint: ["docker-entrypoint.sh"], cmd: ["postgres"],
        env: [shellPath, ("LANG", "en_US.utf8"), ("PG_MAJOR", "17"), ("PG_VERSION", "{version}"), ("PGDATA", "/var/lib/postgresql/data")],
        userland: .debian,
        server: ServerSpec(binaries: ["postgres", "docker-entrypoint.sh"], startupLines: [
            StartupLine("The files belonging to this database system will be owned by user \"postgres\".", after: 0.2),
            StartupLine("This user must also own the server process."),
            StartupLine(""),
            StartupLine("PostgreSQL init process complete; ready for start up.", after: 2.5),
            StartupLine(""),
            StartupLine("{time:postgres} [1] LOG:  starting PostgreSQL {version} (Debian {version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit", after: 0.3, stream: .stderr),
            StartupLine("{time:postgres} [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432", stream: .stderr),
            StartupLine("{time:postgres} [1] LOG:  listening on IPv6 address \"::\", port 5432", stream: .stderr),
            StartupLine("{time:postgres} [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"", stream: .stderr),
            StartupLine("{time:postgres} [1] LOG:  database system is ready to accept connections", after: 0.01, stream: .stderr),
        ], ports: [5432: .tcp(name: "postgres")], listenDelay: 3.0, shutdownSeconds: 0.5),
        requirement: EnvRequirement(anyOf: ["POSTGRES_PASSWORD", "POSTGRES_HOST_AUTH_METHOD"], failureLines: [
            "Error: Database is uninitialized and superuser password is not specified.",
            "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
            "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".",
            "",
            "       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all",
            "       connections without a password. This is *not* recommended.",
            "",
            "       See PostgreSQL documentation about \"trust\":",
            "       https://www.postgresql.org/docs/current/auth-trust.html",
        ].map { StartupLine($0, stream: .stderr) }, exitCode: 1),
        idleMilliCPU: 4, idleMemoryBytes: 22_000_000, cpuSecondsPerRequest: 0.002)

    static let mysql = ImageEntry(
        repository: "docker.io/library/mysql", tags: TagRule(exact: ["latest", "lts"], prefixes: ["5.7", "8.0", "8.4", "9"]),
        versions: ["latest": "9.1.0", "lts": "8.4.3"], sizeBytes: 172_013_458, smallVariantBytes: nil, entrypoint: ["docker-entrypoint.sh"],
        cmd: ["mysqld"], env: [shellPath, ("MYSQL_MAJOR", "innovation"), ("MYSQL_VERSION", "{version}-1.el9")], userland: .debian,
        server: ServerSpec(binaries: ["mysqld", "docker-entrypoint.sh"], startupLines: [
            StartupLine("{time:postgres}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server {version}-1.el9 started."),
            StartupLine("{time:postgres}+00:00 [Note] [Entrypoint]: Initializing database files", after: 0.5),
            StartupLine("{time:postgres} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '{version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.", after: 8),
        ], ports: [3306: .tcp(name: "mysql")], listenDelay: 9, shutdownSeconds: 1),
        requirement: EnvRequirement(anyOf: ["MYSQL_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"], failureLines: [
            "{time:postgres}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server {version}-1.el9 started.",
            "{time:postgres}+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
            "    You need to specify one of the following as an environment variable:",
            "    - MYSQL_ROOT_PASSWORD",
            "    - MYSQL_ALLOW_EMPTY_PASSWORD",
            "    - MYSQL_RANDOM_ROOT_PASSWORD",
        ].map { StartupLine($0, stream: .stderr) }, exitCode: 1),
        idleMilliCPU: 6, idleMemoryBytes: 380_000_000, cpuSecondsPerRequest: 0.002)

    static let httpd = ImageEntry(
        repository: "docker.io/library/httpd", tags: TagRule(exact: ["latest", "alpine"], prefixes: ["2.4"]), versions: ["latest": "2.4.62"],
        sizeBytes: 58_241_430, smallVariantBytes: 22_114_532, entrypoint: [], cmd: ["httpd-foreground"], env: [shellPath], userland: .debian,
        server: ServerSpec(binaries: ["httpd-foreground", "httpd"], startupLines: [
            StartupLine("AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message", after: 0.1, stream: .stderr),
            StartupLine("[{time:apache}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations", stream: .stderr),
        ], ports: [80: .text("<html><body><h1>It works!</h1></body></html>\n")], listenDelay: 0.1, shutdownSeconds: 0.2),
        requirement: nil, idleMilliCPU: 1, idleMemoryBytes: 4_500_000, cpuSecondsPerRequest: 0.0005)
}
