using System.Runtime.CompilerServices;

namespace Corpus.Parsing;

/// <summary>How hot code asks the JIT for its code.</summary>
internal static class Jit
{
#if PACK_TASK
    /// <summary>
    /// The parsing and packing loops in the pack task, which runs once in a fresh MSBuild process: there, tiered
    /// compilation would run them unoptimized for most of their work. Compiled optimized at once
    /// (<c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 cannot name), the task packs 10,000
    /// articles cold in 4.1 s against 5.6 s (median of three each, same machine, same session).
    /// </summary>
    public const MethodImplOptions ParseLoop = (MethodImplOptions)512;
#else
    /// <summary>
    /// The parsing loops everywhere else (the generator in the long-lived compiler server, the run-time parser): tiered
    /// compilation with profile-guided optimization ends up with faster code (about 1.5× on the throughput benchmark)
    /// than compiling at once. The packed lookup path has no attribute either: compiling it optimized at once made the
    /// first access in a fresh process slower (about 13 ms against 9 ms), the JIT's time outweighing the gain.
    /// </summary>
    public const MethodImplOptions ParseLoop = 0;
#endif
}
