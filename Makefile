# kubetutor: two commands do all the set-up on a fresh machine.
#   make run   installs what is missing (libedit-dev), builds in release mode and starts kubetutor
#   make test  the same set-up, then every test
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ARGS ?=
# Release builds link the Swift runtime and Foundation statically: the process maps and relocates less
# (about 6 MiB less resident memory) and starts faster. Debug and test builds stay dynamic.
RELEASE := -c release --static-swift-stdlib

.PHONY: run test build deps bench fuzz clean

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "Installing libedit-dev (line editing for the REPL)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift toolchain not found: install Swift 5.10 or newer"; exit 1; }

build: deps
	$(SWIFT) build $(RELEASE) --product kubetutor

run: build
	.build/release/kubetutor $(ARGS)

test: deps
	@python3 -c 'import kubernetes' 2>/dev/null || python3 -m pip install -q kubernetes >/dev/null 2>&1 \
		|| echo "(the Python Kubernetes client could not be installed: its kubetutor serve test will skip)"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

bench: deps
	$(SWIFT) build $(RELEASE) --product kubetutor
	$(SWIFT) build $(RELEASE) --product kubetutor-bench
	.build/release/kubetutor-bench

# The fuzzers of Tests/KubetutorTests/Fuzz for a long run (`make test` runs each briefly, the same cases
# every time). FUZZ_SECONDS in all, shared by the targets; FUZZ_SEED for other cases; FUZZ_TARGETS=A,B
# for some targets only (names as in FuzzTests: CommandLines, Documents, …). Every crash or hang is
# reported with its input and a line to replay it.
FUZZ_SECONDS ?= 600
FUZZ_SEED ?= $(shell date +%s)
FUZZ_TARGETS ?=
fuzz: deps
	$(SWIFT) build --build-tests
	KUBETUTOR_FUZZ_TOTAL_SECONDS=$(FUZZ_SECONDS) KUBETUTOR_FUZZ_SEED=$(FUZZ_SEED) \
		KUBETUTOR_FUZZ_TARGETS=$(FUZZ_TARGETS) KUBETUTOR_FUZZ_HANG_SECONDS=300 \
		$(SWIFT) test --skip-build --disable-swift-testing --filter 'KubetutorTests.FuzzTests'

clean:
	rm -rf .build
