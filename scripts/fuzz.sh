#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (build/fuzz: -fsanitize=fuzzer with
# AddressSanitizer and UndefinedBehaviorSanitizer over the core modules they reach) and runs each
# one for a bounded time from its seed corpus in tests/data/fuzz/<target>. Fails on the first
# crash, sanitizer report, leak, timeout or property violation, printing the input that did it.
#
#   TIEOUT_FUZZ_SECONDS   seconds per target (default 60)
#   TIEOUT_FUZZ_TARGETS   which targets (default: all seven)
#   TIEOUT_FUZZ_JOBS      targets run side by side (default 2, one per core)
#
# A crash input is kept in build/fuzz/artifacts/<target>/. Reproduce it with
#   build/fuzz/fuzz/fuzz_<target> build/fuzz/artifacts/<target>/crash-…
# then fix the bug and commit the input to tests/data/fuzz/<target>/ so that tst_fuzz_regressions
# replays it in every build from then on. New corpus entries stay in build/fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${TIEOUT_FUZZ_SECONDS:-60}
jobs=${TIEOUT_FUZZ_JOBS:-2}
targets=(${TIEOUT_FUZZ_TARGETS:-cost_page usage_page claude_code_page directory_page money config csv})
build_dir="$root/build/fuzz"

command -v clang++ >/dev/null || { echo "fuzz: clang++ not found (scripts/install-deps.sh test installs clang)" >&2; exit 2; }

started=$(date +%s)
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTIEOUT_BUILD_FUZZERS=ON -DTIEOUT_BUILD_GUI=OFF -DTIEOUT_BUILD_BENCH=OFF -DTIEOUT_BUILD_TESTS=ON \
    -DTIEOUT_SANITIZE=fuzzer-no-link,address,undefined >/dev/null
cmake --build "$build_dir" -j2 --target tieout_fuzzers
echo "fuzz: build took $(($(date +%s) - started)) s"

export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# run_target NAME: fuzzes one target; its log goes to build/fuzz/logs/NAME.log, libFuzzer's exit
# code to NAME.status.
run_target() {
    local name=$1
    local corpus="$build_dir/corpus/$name" artifacts="$build_dir/artifacts/$name" log="$build_dir/logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    # A scratch copy: libFuzzer adds what it finds to the first corpus folder, the seeds stay as committed.
    cp -r "$root/tests/data/fuzz/$name/." "$corpus/"
    local status=0
    "$build_dir/fuzz/fuzz_$name" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="$root/tests/fuzz/$name/$name.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    echo "$status" >"$build_dir/logs/$name.status"
}

rm -rf "$build_dir/logs" "$build_dir/artifacts"
for name in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
    run_target "$name" &
done
wait

failed=()
for name in "${targets[@]}"; do
    [[ "$(cat "$build_dir/logs/$name.status" 2>/dev/null)" == 0 ]] || failed+=("$name")
done

total=0
for name in "${targets[@]}"; do
    log="$build_dir/logs/$name.log"
    [[ -f "$log" ]] || continue
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    features=$(sed -n 's/^.*\bft: \([0-9]*\).*$/\1/p' "$log" | tail -n 1)
    corpus=$(ls "$build_dir/corpus/$name" | wc -l)
    total=$((total + ${runs:-0}))
    printf 'fuzz: %-17s %10s executions in %s s, %s coverage features, corpus %s inputs\n' \
        "$name" "${runs:-?}" "$seconds" "${features:-?}" "$corpus"
done
if ((${#failed[@]})); then
    for name in "${failed[@]}"; do
        echo "fuzz: $name FAILED; last lines of build/fuzz/logs/$name.log:" >&2
        tail -n 60 "$build_dir/logs/$name.log" >&2 || true
        ls "$build_dir/artifacts/$name" >&2 || true
    done
    echo "fuzz: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: all ${#targets[@]} targets clean, $total executions, $(($(date +%s) - started)) s in all"
