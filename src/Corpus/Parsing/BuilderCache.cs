using System;
using System.Text;

namespace Corpus.Parsing;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the per-line text work, so cleaning and keying a line
/// allocate only their result. Parsing runs on several threads at once in the pack task.
/// </summary>
internal static class BuilderCache
{
    // Longer builders are not kept, so one huge line does not pin its buffer for the thread's life.
    private const int MaxKeptCapacity = 8192;

    [ThreadStatic]
    private static StringBuilder? _cached;

    public static StringBuilder Acquire(int capacity)
    {
        var builder = _cached;
        if (builder is null || capacity > builder.Capacity) return new StringBuilder(capacity);
        _cached = null;
        return builder.Clear();
    }

    /// <summary>The builder's text; the builder goes back to this thread's cache.</summary>
    public static string Release(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKeptCapacity) _cached = builder;
        return text;
    }
}
