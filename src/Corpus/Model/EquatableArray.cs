using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus;

/// <summary>
/// An immutable array with value semantics: two instances are equal when they hold equal items in the same order.
/// The default value is an empty array.
/// </summary>
/// <typeparam name="T">The item type; its own <see cref="IEquatable{T}"/> decides item equality.</typeparam>
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Wraps a copy of <paramref name="items"/>, so later changes to the source do not show through.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableArray(IEnumerable<T> items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        var copy = new List<T>(items).ToArray();
        _items = copy.Length == 0 ? null : copy;
    }

    private EquatableArray(T[] owned) => _items = owned.Length == 0 ? null : owned;

    /// <summary>
    /// Wraps <paramref name="items"/> without copying. The caller hands the array over and must not change it afterwards;
    /// generated code uses this to avoid a second copy of every array.
    /// </summary>
    /// <param name="items">An array nobody else holds.</param>
    public static EquatableArray<T> TakeOwnership(T[] items) =>
        new(items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based position.</param>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var left = _items ?? Array.Empty<T>();
        var right = other._items ?? Array.Empty<T>();
        if (ReferenceEquals(left, right)) return true;
        if (left.Length != right.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i])) return false;
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_items is null) return 0;
        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>Compares two arrays item by item.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays item by item.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Enumerates the items in order.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? Array.Empty<T>()).GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{Count} items]";
}
