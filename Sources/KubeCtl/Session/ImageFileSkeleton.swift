/// The directories and small text files an image ships, as far as a learner looks around in a shell:
/// the top-level tree, `/etc` and its identity files (`os-release`, `passwd`). Chosen by the image's
/// userland (busybox, Alpine, Debian, Ubuntu) as the real images lay them out.
struct ImageFileSkeleton {
    var directories: [String: [String]]
    var files: [String: String]

    /// Which distribution an image's userland is.
    enum Distribution {
        case busybox, alpine, debianBookworm, debianJessie, ubuntuNoble, ubuntuJammy
    }

    /// The skeleton of a distribution.
    static func of(_ distribution: Distribution) -> ImageFileSkeleton {
        switch distribution {
        case .busybox:
            return ImageFileSkeleton(directories: common(top: busyboxTop, etc: busyboxEtc),
                                     files: ["/etc/passwd": busyboxPasswd, "/etc/group": "root:x:0:\n"])
        case .alpine:
            return ImageFileSkeleton(directories: common(top: debianTop.filter { $0 != "boot" && $0 != "lib64" }, etc: alpineEtc),
                                     files: ["/etc/os-release": alpineRelease, "/etc/alpine-release": "3.21.2\n",
                                             "/etc/passwd": "root:x:0:0:root:/root:/bin/sh\n"])
        case .debianBookworm, .debianJessie:
            let release = distribution == .debianJessie ? jessieRelease : bookwormRelease
            let version = distribution == .debianJessie ? "8.11\n" : "12.9\n"
            return ImageFileSkeleton(directories: common(top: debianTop, etc: debianEtc),
                                     files: ["/etc/os-release": release, "/etc/debian_version": version, "/etc/passwd": debianPasswd])
        case .ubuntuNoble, .ubuntuJammy:
            return ImageFileSkeleton(directories: common(top: debianTop, etc: debianEtc),
                                     files: ["/etc/os-release": distribution == .ubuntuJammy ? jammyRelease : nobleRelease,
                                             "/etc/debian_version": "trixie/sid\n", "/etc/passwd": debianPasswd])
        }
    }

    private static func common(top: [String], etc: [String]) -> [String: [String]] {
        var tree: [String: [String]] = ["/": top, "/etc": etc, "/root": [], "/tmp": [], "/home": [], "/var": ["log", "run", "tmp"],
                                        "/var/log": [], "/var/run": ["secrets"], "/var/tmp": [], "/usr": ["bin", "lib", "local", "sbin", "share"],
                                        "/usr/bin": [], "/usr/lib": [], "/usr/local": ["bin"], "/usr/local/bin": [], "/usr/sbin": [],
                                        "/usr/share": [], "/bin": [], "/dev": ["null", "random", "stderr", "stdin", "stdout", "tty", "urandom", "zero"],
                                        "/proc": ["1", "cpuinfo", "meminfo", "self", "version"], "/sys": ["fs", "kernel"]]
        for name in top where tree["/" + name] == nil { tree["/" + name] = [] }
        tree["/var/run/secrets"] = ["kubernetes.io"]
        tree["/var/run/secrets/kubernetes.io"] = ["serviceaccount"]
        return tree
    }

    static let busyboxTop = ["bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys", "tmp", "usr", "var"]
    static let debianTop = ["bin", "boot", "dev", "etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc", "root", "run",
                            "sbin", "srv", "sys", "tmp", "usr", "var"]
    static let busyboxEtc = ["group", "hostname", "hosts", "localtime", "mtab", "network", "passwd", "resolv.conf", "shadow"]
    static let alpineEtc = ["alpine-release", "apk", "group", "hostname", "hosts", "motd", "network", "os-release", "passwd",
                            "profile", "resolv.conf", "shadow", "shells"]
    static let debianEtc = ["adduser.conf", "bash.bashrc", "debian_version", "group", "host.conf", "hostname", "hosts", "issue",
                            "os-release", "passwd", "profile", "resolv.conf", "shadow", "shells"]

    static let busyboxPasswd = """
        root:x:0:0:root:/root:/bin/sh
        daemon:x:1:1:daemon:/usr/sbin:/bin/false
        bin:x:2:2:bin:/bin:/bin/false
        sys:x:3:3:sys:/dev:/bin/false
        sync:x:4:100:sync:/bin:/bin/sync
        mail:x:8:8:mail:/var/spool/mail:/bin/false
        www-data:x:33:33:www-data:/var/www:/bin/false
        operator:x:37:37:Operator:/var:/bin/false
        nobody:x:65534:65534:nobody:/home:/bin/false

        """
    static let debianPasswd = """
        root:x:0:0:root:/root:/bin/bash
        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
        bin:x:2:2:bin:/bin:/usr/sbin/nologin
        sys:x:3:3:sys:/dev:/usr/sbin/nologin
        www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
        nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin

        """
    static let alpineRelease = """
        NAME="Alpine Linux"
        ID=alpine
        VERSION_ID=3.21.2
        PRETTY_NAME="Alpine Linux v3.21"
        HOME_URL="https://alpinelinux.org/"
        BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"

        """
    static let bookwormRelease = """
        PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
        NAME="Debian GNU/Linux"
        VERSION_ID="12"
        VERSION="12 (bookworm)"
        VERSION_CODENAME=bookworm
        ID=debian
        HOME_URL="https://www.debian.org/"
        SUPPORT_URL="https://www.debian.org/support"
        BUG_REPORT_URL="https://bugs.debian.org/"

        """
    static let jessieRelease = """
        PRETTY_NAME="Debian GNU/Linux 8 (jessie)"
        NAME="Debian GNU/Linux"
        VERSION_ID="8"
        VERSION="8 (jessie)"
        ID=debian
        HOME_URL="http://www.debian.org/"
        SUPPORT_URL="http://www.debian.org/support"
        BUG_REPORT_URL="https://bugs.debian.org/"

        """
    static let nobleRelease = """
        PRETTY_NAME="Ubuntu 24.04.1 LTS"
        NAME="Ubuntu"
        VERSION_ID="24.04"
        VERSION="24.04.1 LTS (Noble Numbat)"
        VERSION_CODENAME=noble
        ID=ubuntu
        ID_LIKE=debian
        HOME_URL="https://www.ubuntu.com/"
        SUPPORT_URL="https://help.ubuntu.com/"
        BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
        PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
        UBUNTU_CODENAME=noble
        LOGO=ubuntu-logo

        """
    static let jammyRelease = """
        PRETTY_NAME="Ubuntu 22.04.5 LTS"
        NAME="Ubuntu"
        VERSION_ID="22.04"
        VERSION="22.04.5 LTS (Jammy Jellyfish)"
        VERSION_CODENAME=jammy
        ID=ubuntu
        ID_LIKE=debian
        HOME_URL="https://www.ubuntu.com/"
        SUPPORT_URL="https://help.ubuntu.com/"
        BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
        PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
        UBUNTU_CODENAME=jammy

        """
}
