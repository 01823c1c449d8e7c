#pragma once

#include "core/money/Int128.h"

#include <QtGlobal>

namespace tieout {

// Exact integer division helpers shared by pricing and allocation. Money never goes through
// floating point (SPEC §3), so every rounding step is spelled out here once.

// n / d rounded half-even (to the even quotient on an exact tie); d must be > 0.
inline Int128 divideRoundHalfEven(Int128 n, Int128 d)
{
    Int128 q = n / d; // truncates toward zero; the remainder has the sign of n
    const Int128 r = n % d;
    const Int128 twice = 2 * (r < 0 ? -r : r);
    if (twice > d || (twice == d && (q % 2) != 0))
        q += n < 0 ? -1 : 1;
    return q;
}

inline qint64 divideRoundHalfEven(qint64 n, qint64 d)
{
    qint64 q = n / d;
    const qint64 r = n % d;
    const qint64 magnitude = r < 0 ? -r : r;
    // magnitude < d, so comparing against d - magnitude avoids overflowing 2 * magnitude.
    if (magnitude > d - magnitude || (magnitude == d - magnitude && (q % 2) != 0))
        q += n < 0 ? -1 : 1;
    return q;
}

// floor(n / d) for d > 0, toward minus infinity.
inline Int128 floorDivide(Int128 n, Int128 d)
{
    Int128 q = n / d;
    if ((n % d) != 0 && n < 0)
        --q;
    return q;
}

// Multiplies three non-negative-or-signed 64-bit factors and divides by `divisor` (> 0),
// rounding half-even once. Stays in 64 bits when the product fits (the common case in the hot
// loop) and falls back to a 128-bit intermediate otherwise.
inline qint64 mulMulDivRoundHalfEven(qint64 a, qint64 b, qint64 c, qint64 divisor)
{
    qint64 ab = 0;
    qint64 abc = 0;
    if (!__builtin_mul_overflow(a, b, &ab) && !__builtin_mul_overflow(ab, c, &abc))
        return divideRoundHalfEven(abc, divisor);
    const Int128 product = static_cast<Int128>(a) * b * c;
    return static_cast<qint64>(divideRoundHalfEven(product, static_cast<Int128>(divisor)));
}

} // namespace tieout
