using System.Runtime.CompilerServices;

namespace Corpus.Parsing;

/// <summary>How hot code asks the JIT for its code. Each use is kept because a benchmark showed it pays.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 cannot name: compiled fully optimized on
    /// first call, for the packed lookup path, whose first calls in a test process are what counts. Measured
    /// (RuntimeBenchmarks, 10,000 and 50,000 articles): a lookup in a corpus in use takes 0.6–0.9 µs with it and
    /// 2.1–2.6 µs without, while the cold first access costs the same 0.9–1.1 ms either way.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;

#if PACK_TASK
    /// <summary>
    /// The parsing and packing loops in the pack task, which runs once in a fresh MSBuild process: there, tiered
    /// compilation would run them unoptimized for most of their work. Compiled optimized at once, the task packs
    /// 10,000 articles cold in 4.1 s against 5.6 s without (median of three each, same machine and session).
    /// </summary>
    public const MethodImplOptions ParseLoop = Optimized;
#else
    /// <summary>
    /// The parsing and packing loops everywhere else (the generator in the long-lived compiler server, the run-time
    /// parser): tiered compilation with profile-guided optimization ends up with faster code (about 1.5× on the
    /// throughput benchmark) than compiling at once.
    /// </summary>
    public const MethodImplOptions ParseLoop = 0;
#endif
}
