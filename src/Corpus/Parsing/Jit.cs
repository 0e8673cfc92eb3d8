using System.Runtime.CompilerServices;

namespace Corpus.Parsing;

/// <summary>How hot code asks the JIT for its code.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 cannot name: compiled fully optimized on
    /// first call, for code whose first calls are what counts (a lookup in a fresh test process).
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;

#if PACK_TASK
    /// <summary>
    /// The parsing and packing loops in the pack task, which runs once in a fresh MSBuild process: there, tiered
    /// compilation would run them unoptimized for most of their work, and compiling them at once halves the task.
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
