using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Packing;

/// <summary>
/// Reads a pack (<see cref="PackLayout"/>) in place: the bytes stay where they are (in the loaded assembly's image
/// for an embedded resource), and a field is decoded only when an article's group of fields is first read.
/// </summary>
internal sealed unsafe class PackStore : ArticleStore
{
    private readonly byte* _start;
    private readonly int _length;
    private readonly object _owner;
    private readonly int _indexStart;

    private PackStore(byte* start, long length, object owner)
    {
        _owner = owner;
        _start = start;
        if (length < PackLayout.HeaderSize + 4 + PackLayout.TrailerSize || length > int.MaxValue) throw Corrupt("its size is wrong");
        _length = (int)length;
        if (!HasMagic(0) || !HasMagic(_length - PackLayout.Magic.Length)) throw Corrupt("it does not start and end with the pack marker");
        if (UInt32(8) != PackLayout.Version) throw Corrupt($"it is format version {UInt32(8)}; this Corpus library reads version {PackLayout.Version}. Rebuild the project that packed it with this Corpus version");

        var index = (int)Position(_length - PackLayout.TrailerSize, 4);
        Count = (int)Math.Min(UInt32(index), int.MaxValue);
        _indexStart = index + 4;
        // Each entry's positions are checked when the entry is used, so opening costs the same for any corpus size.
        if ((long)_indexStart + ((long)PackLayout.IndexEntrySize * Count) > _length - PackLayout.TrailerSize) throw Corrupt("its index runs past its end");
    }

    public int Count { get; }

    public static PackStore FromStream(Stream stream)
    {
        if (stream is UnmanagedMemoryStream memory)
        {
            // An embedded resource is already mapped with its assembly: read it where it is.
            return new PackStore(memory.PositionPointer, memory.Length - memory.Position, memory);
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return FromBytes(copy.ToArray());
    }

    public static PackStore FromBytes(byte[] bytes)
    {
        var pinned = new PinnedBytes(bytes);
        return new PackStore(pinned.Start, bytes.Length, pinned);
    }

    public int RecordAt(int index) => (int)Position(_indexStart + (PackLayout.IndexEntrySize * index), PackLayout.RecordSize);

    public string ReadId(int index)
    {
        var id = Text(IdAt(index), 0)!;
        GC.KeepAlive(_owner);
        return id;
    }

    /// <summary>
    /// Compares the id at <paramref name="index"/> with <paramref name="id"/> by UTF-16 ordinal order, without
    /// decoding it. It is the inner loop of every lookup: the id's span is checked with two comparisons and the
    /// bytes are read unchecked.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public int CompareId(int index, string id)
    {
        var entry = _start + IdAt(index);
        var offset = ReadUInt32(entry);
        var stored = ReadUInt32(entry + 4);
        if (offset > (uint)_length || stored > (uint)_length - offset) throw Corrupt($"the id of entry {index} points outside it");
        var bytes = _start + offset;
        var length = (int)stored;
        var common = Math.Min(length, id.Length);
        int order;
        fixed (char* chars = id)
        {
            var at = 0;
            while (at < common && bytes[at] < 0x80 && bytes[at] == chars[at]) at++;
            if (at == common) order = length == id.Length ? 0 : length > id.Length ? 1 : -1;
            else if (bytes[at] < 0x80) order = bytes[at] - chars[at];
            else order = CompareFrom(bytes + at, bytes + length, id, at);
        }

        GC.KeepAlive(_owner);
        return order;
    }

    /// <summary>The general case of <see cref="CompareId"/>, from the first byte that is not ASCII: decodes UTF-8 to UTF-16 units as it goes.</summary>
    private static int CompareFrom(byte* bytes, byte* end, string id, int at)
    {
        while (bytes < end)
        {
            uint codePoint = *bytes;
            var size = codePoint < 0x80 ? 1 : codePoint < 0xE0 ? 2 : codePoint < 0xF0 ? 3 : 4;
            if (size > end - bytes) throw Corrupt("an id is cut off");
            if (codePoint < 0x80) bytes++;
            else if (codePoint < 0xE0) { codePoint = ((codePoint & 0x1F) << 6) | (bytes[1] & 0x3Fu); bytes += 2; }
            else if (codePoint < 0xF0) { codePoint = ((codePoint & 0x0F) << 12) | ((bytes[1] & 0x3Fu) << 6) | (bytes[2] & 0x3Fu); bytes += 3; }
            else { codePoint = ((codePoint & 0x07) << 18) | ((bytes[1] & 0x3Fu) << 12) | ((bytes[2] & 0x3Fu) << 6) | (bytes[3] & 0x3Fu); bytes += 4; }

            if (codePoint >= 0x10000)
            {
                codePoint -= 0x10000;
                var high = CompareUnit((char)(0xD800 + (codePoint >> 10)), id, ref at);
                if (high != 0) return high;
                codePoint = 0xDC00 + (codePoint & 0x3FF);
            }

            var unit = CompareUnit((char)codePoint, id, ref at);
            if (unit != 0) return unit;
        }

        return at == id.Length ? 0 : -1;
    }

    [MethodImpl(Jit.Optimized)]
    public override string ReadTitle(int index)
    {
        var title = Text(TitleAt(index), 0)!;
        GC.KeepAlive(_owner);
        return title;
    }

    public override ArticleHead ReadHead(int index)
    {
        var record = RecordAt(index);
        var chunk = ChunkOf(record);
        var head = new ArticleHead(
            Text(record + PackLayout.RecordAuthor, chunk),
            Text(record + PackLayout.RecordAgency, chunk),
            Text(record + PackLayout.RecordSite, chunk),
            Text(record + PackLayout.RecordUrl, chunk),
            null,
            Date(record + PackLayout.RecordPublished));
        GC.KeepAlive(_owner);
        return head;
    }

    public override EquatableArray<Section> ReadSections(int index)
    {
        var record = RecordAt(index);
        var chunk = ChunkOf(record);
        var at = (int)Position(record + PackLayout.RecordSections, 4, chunk);
        var sections = new Section[Count32(ref at, 2 * PackLayout.TextSize)];
        for (var i = 0; i < sections.Length; i++)
        {
            var heading = Next(ref at, chunk);
            var paragraphs = new string[Count32(ref at, PackLayout.TextSize)];
            for (var p = 0; p < paragraphs.Length; p++) paragraphs[p] = Next(ref at, chunk)!;
            var images = new Image[Count32(ref at, 3 * PackLayout.TextSize)];
            for (var m = 0; m < images.Length; m++) images[m] = new Image(Next(ref at, chunk), Next(ref at, chunk), Next(ref at, chunk));
            sections[i] = new Section(heading, EquatableArray<string>.TakeOwnership(paragraphs), EquatableArray<Image>.TakeOwnership(images));
        }

        GC.KeepAlive(_owner);
        return EquatableArray<Section>.TakeOwnership(sections);
    }

    public override ArticleLists ReadLists(int index)
    {
        var record = RecordAt(index);
        var chunk = ChunkOf(record);
        var at = (int)Position(record + PackLayout.RecordLists, 4, chunk);
        var links = new string[Count32(ref at, PackLayout.TextSize)];
        for (var i = 0; i < links.Length; i++) links[i] = Next(ref at, chunk)!;
        var related = new RelatedArticle[Count32(ref at, (4 * PackLayout.TextSize) + PackLayout.DateSize)];
        for (var i = 0; i < related.Length; i++)
        {
            var group = Next(ref at, chunk);
            var title = Next(ref at, chunk)!;
            var published = Date(at);
            at += PackLayout.DateSize;
            related[i] = new RelatedArticle(group, title, published, Next(ref at, chunk), Next(ref at, chunk));
        }

        var metadata = new MetadataEntry[Count32(ref at, 2 * PackLayout.TextSize)];
        for (var i = 0; i < metadata.Length; i++) metadata[i] = new MetadataEntry(Next(ref at, chunk)!, Next(ref at, chunk)!);

        GC.KeepAlive(_owner);
        return new ArticleLists(
            EquatableArray<string>.TakeOwnership(links), EquatableArray<RelatedArticle>.TakeOwnership(related), EquatableArray<MetadataEntry>.TakeOwnership(metadata));
    }

    public override string ReadRaw(int index)
    {
        var record = RecordAt(index);
        var raw = Text(record + PackLayout.RecordRaw, ChunkOf(record))!;
        GC.KeepAlive(_owner);
        return raw;
    }

    private int IdAt(int index) => _indexStart + (PackLayout.IndexEntrySize * index) + 4;

    private int TitleAt(int index) => IdAt(index) + PackLayout.TextSize;

    private static int CompareUnit(char stored, string id, ref int at) =>
        at == id.Length ? 1 : stored - id[at++];

    /// <summary>Where the chunk of the article whose record is at <paramref name="record"/> starts: positions in it count from there.</summary>
    private int ChunkOf(int record)
    {
        var back = UInt32(record + PackLayout.RecordChunk);
        if (back > (uint)record) throw Corrupt($"the record at byte {record} points before the pack");
        return record - (int)back;
    }

    private string? Next(ref int at, int origin)
    {
        var text = Text(at, origin);
        at += PackLayout.TextSize;
        return text;
    }

    /// <summary>The text whose position (counted from <paramref name="origin"/>) and length are stored at <paramref name="at"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    private string? Text(int at, int origin)
    {
        if (UInt32(at) == PackLayout.NullText) return null;
        var (position, length) = TextSpan(at, origin);
        return length == 0 ? "" : Encoding.UTF8.GetString(_start + position, length);
    }

    [MethodImpl(Jit.Optimized)]
    private (int Position, int Length) TextSpan(int at, int origin)
    {
        var length = (int)Math.Min(UInt32(at + 4), int.MaxValue);
        return ((int)Position(at, length, origin), length);
    }

    private DateTimeOffset? Date(int at)
    {
        Check(at, PackLayout.DateSize);
        if (_start[at] == 0) return null;
        var ticks = (long)UInt32(at + 1) | ((long)UInt32(at + 5) << 32);
        var minutes = (short)(_start[at + 9] | (_start[at + 10] << 8));
        try
        {
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes));
        }
        catch (ArgumentException exception)
        {
            throw Corrupt($"the date at byte {at} is out of range ({exception.Message})");
        }
    }

    /// <summary>A count at <paramref name="at"/>, checked against the bytes its items would need.</summary>
    private int Count32(ref int at, int itemSize)
    {
        var count = UInt32(at);
        at += 4;
        if (count > (uint)(_length - at) / (uint)itemSize) throw Corrupt($"a list at byte {at - 4} runs past its end");
        return (int)count;
    }

    /// <summary>
    /// A position stored at <paramref name="at"/>, counted from <paramref name="origin"/>, that must leave
    /// <paramref name="size"/> bytes inside the pack.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private uint Position(int at, int size, int origin = 0)
    {
        var position = (long)UInt32(at) + origin;
        if (position > _length || size > _length - position) throw Corrupt($"a position at byte {at} points outside it");
        return (uint)position;
    }

    [MethodImpl(Jit.Optimized)]
    private uint UInt32(int at)
    {
        Check(at, 4);
        return ReadUInt32(_start + at);
    }

    private static uint ReadUInt32(byte* bytes) =>
        bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16) | ((uint)bytes[3] << 24);

    [MethodImpl(Jit.Optimized)]
    private void Check(int at, int size)
    {
        if (at < 0 || at > _length - size) throw Corrupt($"a read at byte {at} runs past its end");
    }

    private bool HasMagic(int at)
    {
        for (var i = 0; i < PackLayout.Magic.Length; i++)
        {
            if (_start[at + i] != PackLayout.Magic[i]) return false;
        }

        return true;
    }

    private static InvalidDataException Corrupt(string reason) =>
        new($"The packed corpus is damaged or not a pack: {reason}.");

    /// <summary>Keeps a copied pack at one address for as long as anything reads it.</summary>
    private sealed class PinnedBytes
    {
        private GCHandle _handle;

        public PinnedBytes(byte[] bytes)
        {
            _handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
            Start = (byte*)_handle.AddrOfPinnedObject();
        }

        ~PinnedBytes() => _handle.Free();

        public byte* Start { get; }
    }
}
