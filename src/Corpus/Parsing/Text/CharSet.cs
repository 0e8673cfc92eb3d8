using System.Collections.Generic;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace Corpus.Parsing.Text;

/// <summary>
/// A fixed set of characters looked for by a table lookup a character. <see cref="string.IndexOfAny(char[], int)"/>
/// with more than five characters, one of them beyond ASCII (a Vietnamese capital such as 'Đ'), builds a
/// probabilistic map on every call; a scan that stops at every capital of a paragraph calls it dozens of times a
/// line, and the table is faster there. Where the framework has vectors (the net8.0 build), eight characters at a
/// time are first tested against the span of the set's ASCII members and each of its few others, and the table only
/// decides at the characters that pass (a paragraph's capitals, about one character in twenty-five); the framework's
/// own <c>SearchValues</c> measured slower than the table on such text (1.2 ns a character against 0.95).
/// </summary>
internal sealed class CharSet
{
    /// <summary>The most members beyond ASCII the vector test compares each block with, one comparison each.</summary>
    private const int MaxVectorOthers = 4;

    private readonly bool[] _members;

    public CharSet(IEnumerable<char> members)
    {
        var list = new List<char>(members);
        var size = 0;
        foreach (var c in list) size = System.Math.Max(size, c + 1);
        _members = new bool[size];
        foreach (var c in list) _members[c] = true;
#if NET8_0_OR_GREATER
        var (low, high, others) = (char.MaxValue, '\0', new List<char>());
        foreach (var c in list)
        {
            if (c >= 128)
            {
                if (!others.Contains(c)) others.Add(c);
                continue;
            }

            low = (char)System.Math.Min(low, c);
            high = (char)System.Math.Max(high, c);
        }

        _vectorized = others.Count <= MaxVectorOthers && Vector128.IsHardwareAccelerated;
        (_asciiLow, _asciiSpan) = low <= high ? ((ushort)low, (ushort)(high - low)) : ((ushort)0, (ushort)0);
        _hasAscii = low <= high;
        _others = others.ConvertAll(c => (ushort)c).ToArray();
#endif
    }

    /// <summary>
    /// The index of the first character of the set in <paramref name="text"/> at or after <paramref name="start"/> and
    /// before <paramref name="end"/> (at most the text's end), or -1.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public int IndexOfAny(string text, int start, int end)
    {
        end = System.Math.Min(end, text.Length);
#if NET8_0_OR_GREATER
        if (_vectorized) return IndexOfAnyVectorized(text, start, end);
#endif
        return IndexOfAnyOneByOne(text, start, end);
    }

    /// <summary><see cref="IndexOfAny"/>, one character at a time (all of it where there are no vectors).</summary>
    [MethodImpl(Jit.ParseLoop)]
    internal int IndexOfAnyOneByOne(string text, int start, int end)
    {
        var members = _members;
        end = System.Math.Min(end, text.Length);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < members.Length && members[c]) return i;
        }

        return -1;
    }

#if NET8_0_OR_GREATER
    private readonly bool _vectorized;
    private readonly bool _hasAscii;
    private readonly ushort _asciiLow;
    private readonly ushort _asciiSpan;
    private readonly ushort[] _others;

    [MethodImpl(Jit.ParseLoop)]
    private int IndexOfAnyVectorized(string text, int start, int end)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        var (low, span) = (Vector128.Create(_asciiLow), Vector128.Create(_asciiSpan));
        var i = start;
        for (; i + Vector128<ushort>.Count <= end; i += Vector128<ushort>.Count)
        {
            var block = Vector128.LoadUnsafe(ref first, (nuint)i);
            var candidates = _hasAscii ? Vector128.LessThanOrEqual(block - low, span) : Vector128<ushort>.Zero;
            foreach (var other in _others) candidates |= Vector128.Equals(block, Vector128.Create(other));
            if (candidates == Vector128<ushort>.Zero) continue;

            // One bit a lane: the lanes that passed, in order, each decided by the table.
            for (var lanes = candidates.ExtractMostSignificantBits(); lanes != 0; lanes &= lanes - 1)
            {
                var index = i + BitOperations.TrailingZeroCount(lanes);
                if (IsMember(text[index])) return index;
            }
        }

        return IndexOfAnyOneByOne(text, i, end);
    }

    private bool IsMember(char c) => c < _members.Length && _members[c];
#endif
}
