#pragma once

// 128-bit intermediates for exact money arithmetic (tokens × unit price, weighted splits).
// GCC and Clang both provide __int128; __extension__ keeps -pedantic quiet about it.
namespace tieout {
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
} // namespace tieout
