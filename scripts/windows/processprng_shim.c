/* Test scaffolding for the Wine smoke test only - never shipped.
 * Wine 8 has no bcryptprimitives.dll, whose ProcessPrng Rust's standard library imports
 * on Windows. This stand-in fills the buffer with RtlGenRandom (SystemFunction036). */
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
