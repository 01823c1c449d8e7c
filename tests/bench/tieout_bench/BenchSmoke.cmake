# tst_bench_smoke: runs `tieout-bench --profile demo --months 1 --phases fetch,backfill,reconcile,baseline`
# and checks that it exits 0 and prints a line for every phase (and engine: PostgreSQL too when
# TIEOUT_TEST_PG_URL is set). No timing is asserted.
#   cmake -DBENCH=<tieout-bench> -DWORK_DIR=<folder> -P BenchSmoke.cmake
if(NOT BENCH OR NOT WORK_DIR)
    message(FATAL_ERROR "usage: cmake -DBENCH=<tieout-bench> -DWORK_DIR=<dir> -P BenchSmoke.cmake")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${BENCH}" --profile demo --months 1 --phases fetch,backfill,reconcile,baseline
            --json "${WORK_DIR}/bench.json"
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
message("${output}")
if(NOT exit_code EQUAL 0)
    message("${errors}")
    message(FATAL_ERROR "tieout-bench exited with ${exit_code}")
endif()
set(engines sqlite)
if(NOT "$ENV{TIEOUT_TEST_PG_URL}" STREQUAL "")
    list(APPEND engines postgres)
endif()
set(lines "fetch +- +fetchWindow, all endpoints: wall")
foreach(engine IN LISTS engines)
    list(APPEND lines "backfill +${engine} +backfill --execute: wall"
                      "reconcile +${engine} +full reconcile"
                      "baseline +${engine} +old SQL allocation query")
endforeach()
foreach(line IN LISTS lines)
    if(NOT output MATCHES "(^|\n)${line}")
        message(FATAL_ERROR "no line matching \"${line}\" in the output")
    endif()
endforeach()
if(NOT EXISTS "${WORK_DIR}/bench.json")
    message(FATAL_ERROR "--json did not write ${WORK_DIR}/bench.json")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
