// The libFuzzer entry point of one fuzz_<name> executable: TIEOUT_FUZZ_ENTRY names the target
// function (tests/fuzz/CMakeLists.txt sets it per executable).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return TIEOUT_FUZZ_ENTRY(data, size);
}
