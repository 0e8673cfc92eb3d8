using System.Runtime.CompilerServices;

namespace Corpus.Parsing;

/// <summary>How the parsing and packing loops ask the JIT for their code.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 cannot name. Parsing and packing run in
    /// short-lived processes (the pack task in a fresh MSBuild, a test run, a first lookup), where tiered compilation
    /// would run these loops unoptimized for most of their work: compiled fully optimized on first call, the pack task
    /// takes about half the time. Only per-line and per-lookup code carries it.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
