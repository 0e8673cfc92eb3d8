using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using Corpus.Packing;
using Corpus.Parsing;

namespace Corpus;

/// <summary>
/// A corpus compiled into an assembly as one packed resource (<c>CorpusStorage=Packed</c>), read in place.
/// Opening it reads only its index; an article is built when it is first asked for, and each group of its fields
/// (headline and byline, stories, lists, raw text) is decoded when first read. Articles are in ordinal id order.
/// </summary>
/// <remarks>
/// Safe to use from several threads. Asking again for an article that is still in use returns the same instance.
/// The corpus holds its articles weakly: one nobody refers to any more may be collected, and is decoded again when
/// next asked for, so reading the whole corpus once keeps no more of it in memory than the caller does.
/// </remarks>
public sealed class PackedCorpus : IReadOnlyList<Article>
{
    /// <summary>The name the build gives the packed resource.</summary>
    public const string ResourceName = "Corpus.pack";

    private readonly PackStore _store;
    private readonly WeakReference<Article>?[] _articles;
    private ReadOnlyCollection<string>? _ids;

    private PackedCorpus(PackStore store)
    {
        _store = store;
        _articles = new WeakReference<Article>?[store.Count];
    }

    /// <summary>Opens the pack an assembly carries as the resource <paramref name="resourceName"/>.</summary>
    /// <param name="assembly">The assembly built with <c>CorpusStorage=Packed</c>.</param>
    /// <param name="resourceName">The resource's name; the build uses <see cref="ResourceName"/>.</param>
    /// <exception cref="InvalidOperationException">The assembly has no such resource.</exception>
    /// <exception cref="InvalidDataException">The resource is not a pack this library can read.</exception>
    public static PackedCorpus FromResource(Assembly assembly, string resourceName = ResourceName)
    {
        if (assembly is null) throw new ArgumentNullException(nameof(assembly));
        if (resourceName is null) throw new ArgumentNullException(nameof(resourceName));
        var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Assembly '{assembly.GetName().Name}' has no resource '{resourceName}'; build it with <CorpusStorage>Packed</CorpusStorage> and at least the Corpus package's build targets.");
        return new PackedCorpus(PackStore.FromStream(stream));
    }

    /// <summary>Opens a pack held in memory, for example one read from a file. The array is kept, pinned, while the corpus is in use.</summary>
    /// <param name="pack">The pack's bytes; do not change them afterwards.</param>
    /// <exception cref="InvalidDataException">The bytes are not a pack this library can read.</exception>
    public static PackedCorpus FromBytes(byte[] pack) =>
        new(PackStore.FromBytes(pack ?? throw new ArgumentNullException(nameof(pack))));

    /// <summary>The number of articles.</summary>
    public int Count => _articles.Length;

    /// <summary>Every article id, in ordinal order. Reading it decodes the ids, not the articles.</summary>
    public IReadOnlyList<string> Ids => _ids ?? Interlocked.CompareExchange(ref _ids, ReadIds(), null) ?? _ids!;

    /// <summary>The article at <paramref name="index"/> in id order.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public Article this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_articles.Length) throw new ArgumentOutOfRangeException(nameof(index), index, $"The corpus holds {_articles.Length} articles.");
            return Cached(index) ?? Open(index, null);
        }
    }

    /// <summary>The article with id <paramref name="id"/>.</summary>
    /// <param name="id">An article id, as listed in <see cref="Ids"/>.</param>
    /// <exception cref="KeyNotFoundException">No article has that id.</exception>
    public Article Get(string id) =>
        TryGet(id, out var article) ? article! : throw new KeyNotFoundException($"No article with id '{id}' in this corpus; see Ids for the ids.");

    /// <summary>Looks up the article with id <paramref name="id"/> by binary search over the index.</summary>
    /// <param name="id">An article id, as listed in <see cref="Ids"/>.</param>
    /// <param name="article">The article, or <see langword="null"/> when none has that id.</param>
    /// <returns>Whether an article has that id.</returns>
    [MethodImpl(Jit.Optimized)]
    public bool TryGet(string id, [NotNullWhen(true)] out Article? article)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        var (low, high) = (0, _articles.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = _store.CompareId(middle, id);
            if (order == 0)
            {
                article = Cached(middle) ?? Open(middle, id);
                return true;
            }

            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }

        article = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < _articles.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    [MethodImpl(Jit.Optimized)]
    private Article? Cached(int index) =>
        _articles[index] is { } slot && slot.TryGetTarget(out var article) ? article : null;

    /// <summary>Decodes the article at <paramref name="index"/> and stores it, unless another thread stored one first.</summary>
    [MethodImpl(Jit.Optimized)]
    private Article Open(int index, string? id)
    {
        var article = new Article(id ?? _store.ReadId(index), _store, index);
        var slot = _articles[index] ?? Interlocked.CompareExchange(ref _articles[index], new WeakReference<Article>(article), null);
        if (slot is null) return article;
        lock (slot)
        {
            if (slot.TryGetTarget(out var stored)) return stored;
            slot.SetTarget(article);
            return article;
        }
    }

    private ReadOnlyCollection<string> ReadIds()
    {
        var ids = new string[_articles.Length];
        for (var i = 0; i < ids.Length; i++) ids[i] = Cached(i)?.Id ?? _store.ReadId(i);
        return new ReadOnlyCollection<string>(ids);
    }
}
