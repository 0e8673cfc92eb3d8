using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Packing;

/// <summary>
/// Writes articles into the packed layout (<see cref="PackLayout"/>) one at a time, in ordinal id order, so a
/// corpus of any size streams through without being held in memory. An article's bytes do not depend on where it
/// lands (<see cref="Chunk"/>), so callers can build them in parallel and only append them in order.
/// </summary>
internal sealed class PackWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly BinaryWriter _output;
    private readonly List<uint> _records = [];
    private readonly List<byte[]> _ids = [];
    private readonly List<byte[]> _titles = [];
    private long _position;
    private string? _lastId;

    public PackWriter(Stream output)
    {
        _output = new BinaryWriter(output ?? throw new ArgumentNullException(nameof(output)), Utf8, leaveOpen: true);
        _output.Write(PackLayout.Magic);
        _output.Write(PackLayout.Version);
        _output.Write(0u);
        _position = PackLayout.HeaderSize;
    }

    /// <summary>Packs every article (any order) into a new array.</summary>
    public static byte[] Pack(IEnumerable<Article> articles)
    {
        var sorted = new List<Article>(articles);
        sorted.Sort(static (left, right) => string.CompareOrdinal(left.Id, right.Id));
        using var buffer = new MemoryStream();
        var writer = new PackWriter(buffer);
        foreach (var article in sorted) writer.Add(Chunk(article));
        writer.Finish();
        return buffer.ToArray();
    }

    /// <summary>
    /// An article's bytes: its text, its sections and lists blocks and its record, every position in them relative
    /// to the chunk's first byte. Pure, so safe to call from several threads.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate (UTF-8 cannot store it).</exception>
    [MethodImpl(Jit.ParseLoop)]
    public static PackChunk Chunk(Article article)
    {
        var text = new TextArea(article.Raw);
        // The index carries id and title; the record carries the rest, in PackLayout's order.
        var rawText = text.Locate(article.Raw);
        var sections = SectionsBlock(article.Sections, text);
        var lists = ListsBlock(article, text);
        var head = new[] { text.Locate(article.Author), text.Locate(article.Agency), text.Locate(article.Site), text.Locate(article.Url?.OriginalString), rawText };

        var sectionsOffset = text.Length;
        var listsOffset = sectionsOffset + sections.Length;
        var recordOffset = listsOffset + lists.Length;
        using var chunk = new MemoryStream((int)Math.Min(int.MaxValue, recordOffset + PackLayout.RecordSize));
        using (var output = new BinaryWriter(chunk, Utf8, leaveOpen: true))
        {
            text.WriteTo(output);
            output.Write(sections);
            output.Write(lists);
            output.Write(Checked(recordOffset));
            foreach (var (position, length) in head) WriteText(output, position, length);
            output.Write(Checked(sectionsOffset));
            output.Write(Checked(listsOffset));
            WriteDate(output, article.Published);
        }

        return new PackChunk(article.Id, chunk.ToArray(), Checked(recordOffset), Utf8.GetBytes(article.Id), Utf8.GetBytes(article.Title));
    }

    /// <summary>Where the next chunk will start, counted from the pack's start.</summary>
    public long Position => _position;

    /// <summary>Appends an article, whose id must sort after the previous one's.</summary>
    /// <exception cref="ArgumentException">The id is out of order or repeated.</exception>
    public void Add(PackChunk chunk) => Add(chunk.Id, chunk.IdBytes, chunk.TitleBytes, chunk.RecordOffset, chunk.Bytes, chunk.Bytes.Length);

    /// <summary>
    /// Appends an article from the first <paramref name="count"/> bytes of <paramref name="bytes"/>, as
    /// <see cref="Chunk"/> built them (for example copied from an earlier pack); its id must sort after the previous one's.
    /// </summary>
    /// <exception cref="ArgumentException">The id is out of order or repeated.</exception>
    public void Add(string id, byte[] idBytes, byte[] titleBytes, uint recordOffset, byte[] bytes, int count)
    {
        if (_lastId is not null && string.CompareOrdinal(_lastId, id) >= 0)
        {
            throw new ArgumentException($"Article id '{id}' does not sort after '{_lastId}'; add articles once each, in ordinal id order.", nameof(id));
        }

        _lastId = id;
        var recordPosition = Checked(_position + recordOffset);
        _output.Write(bytes, 0, count);
        _records.Add(recordPosition);
        _ids.Add(idBytes);
        _titles.Add(titleBytes);
        _position = Checked(_position + count);
    }

    /// <summary>Writes the index and the trailer. The stream then holds a complete pack.</summary>
    public void Finish()
    {
        var indexPosition = _position;
        long textPosition = indexPosition + 4 + ((long)PackLayout.IndexEntrySize * _records.Count);
        _output.Write((uint)_records.Count);
        for (var i = 0; i < _records.Count; i++)
        {
            _output.Write(_records[i]);
            foreach (var text in new[] { _ids[i], _titles[i] })
            {
                _output.Write(Checked(textPosition));
                _output.Write((uint)text.Length);
                textPosition += text.Length;
            }
        }

        for (var i = 0; i < _records.Count; i++)
        {
            _output.Write(_ids[i]);
            _output.Write(_titles[i]);
        }

        Checked(textPosition + PackLayout.TrailerSize);
        _output.Write((uint)indexPosition);
        _output.Write(PackLayout.Magic);
        _output.Flush();
    }

    [MethodImpl(Jit.ParseLoop)]
    private static byte[] SectionsBlock(EquatableArray<Section> sections, TextArea text) => Block(block =>
    {
        block.Write((uint)sections.Count);
        foreach (var section in sections)
        {
            WriteText(block, text.Locate(section.Heading));
            block.Write((uint)section.Paragraphs.Count);
            foreach (var paragraph in section.Paragraphs) WriteText(block, text.Locate(paragraph));
            block.Write((uint)section.Images.Count);
            foreach (var image in section.Images)
            {
                WriteText(block, text.Locate(image.Label));
                WriteText(block, text.Locate(image.Caption));
                WriteText(block, text.Locate(image.Credit));
            }
        }
    });

    [MethodImpl(Jit.ParseLoop)]
    private static byte[] ListsBlock(Article article, TextArea text) => Block(block =>
    {
        block.Write((uint)article.Links.Count);
        foreach (var link in article.Links) WriteText(block, text.Locate(link));
        block.Write((uint)article.Related.Count);
        foreach (var item in article.Related)
        {
            WriteText(block, text.Locate(item.Group));
            WriteText(block, text.Locate(item.Title));
            WriteDate(block, item.Published);
            WriteText(block, text.Locate(item.Category));
            WriteText(block, text.Locate(item.Summary));
        }

        block.Write((uint)article.Metadata.Count);
        foreach (var entry in article.Metadata)
        {
            WriteText(block, text.Locate(entry.Key));
            WriteText(block, text.Locate(entry.Value));
        }
    });

    /// <summary>A block is built apart because the record that points to it is written after it.</summary>
    private static byte[] Block(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var block = new BinaryWriter(buffer, Utf8, leaveOpen: true)) write(block);
        return buffer.ToArray();
    }

    private static void WriteText(BinaryWriter writer, (uint Position, uint Length) text) => WriteText(writer, text.Position, text.Length);

    private static void WriteText(BinaryWriter writer, uint position, uint length)
    {
        writer.Write(position);
        writer.Write(length);
    }

    private static void WriteDate(BinaryWriter writer, DateTimeOffset? date)
    {
        writer.Write(date.HasValue);
        writer.Write(date?.Ticks ?? 0L);
        writer.Write((short)(date?.Offset.TotalMinutes ?? 0));
    }

    private static uint Checked(long position) =>
        position <= int.MaxValue
            ? (uint)position
            : throw new InvalidOperationException("The packed corpus would pass 2 GiB, the most one assembly resource can hold; split the corpus over several projects.");

    /// <summary>
    /// An article's text, at the start of its chunk: its raw text, then every typed string that is not found
    /// verbatim in it. A typed string
    /// usually is (a paragraph is a line of the page), so it costs only a position.
    /// </summary>
    private sealed class TextArea(string raw)
    {
        private readonly byte[] _raw = Utf8.GetBytes(raw);
        private readonly MemoryStream _extra = new();
        private readonly Dictionary<string, uint> _extraPositions = new(StringComparer.Ordinal);
        private int _searchFrom;
        private int _countedChars;
        private int _countedBytes;

        public long Length => _raw.Length + _extra.Length;

        [MethodImpl(Jit.ParseLoop)]
        public (uint Position, uint Length) Locate(string? value)
        {
            if (value is null) return (PackLayout.NullText, 0);
            if (ReferenceEquals(value, raw)) return (0, (uint)_raw.Length);

            var at = raw.IndexOf(value, _searchFrom, StringComparison.Ordinal);
            if (at < 0 && _searchFrom > 0) at = raw.IndexOf(value, StringComparison.Ordinal);
            if (at >= 0)
            {
                _searchFrom = at + value.Length;
                var from = ByteOffset(at);
                return ((uint)from, (uint)(ByteOffset(at + value.Length) - from));
            }

            var length = (uint)Utf8.GetByteCount(value);
            if (!_extraPositions.TryGetValue(value, out var offset))
            {
                offset = (uint)(_raw.Length + _extra.Length);
                _extraPositions.Add(value, offset);
                var bytes = Utf8.GetBytes(value);
                _extra.Write(bytes, 0, bytes.Length);
            }

            return (offset, length);
        }

        public void WriteTo(BinaryWriter output)
        {
            output.Write(_raw);
            _extra.WriteTo(output.BaseStream);
        }

        /// <summary>
        /// The UTF-8 offset of a char index, counted from where the last count stopped: forward for the paragraphs, which
        /// come in order, back for a caption or a byline found earlier in the text (from the start when that is nearer).
        /// </summary>
        [MethodImpl(Jit.ParseLoop)]
        private int ByteOffset(int charIndex)
        {
            if (charIndex < _countedChars - charIndex) (_countedChars, _countedBytes) = (0, 0);
            _countedBytes += charIndex >= _countedChars ? Utf8Length(_countedChars, charIndex) : -Utf8Length(charIndex, _countedChars);
            _countedChars = charIndex;
            return _countedBytes;
        }

        /// <summary>How many UTF-8 bytes the text's chars from <paramref name="from"/> to <paramref name="to"/> encode to (decoded text holds no lone surrogate).</summary>
        [MethodImpl(Jit.ParseLoop)]
        private int Utf8Length(int from, int to)
        {
#if NET8_0_OR_GREATER
            // The framework counts by vectors; a count that would cut a surrogate pair in two goes one by one.
            if (!CutsPair(from) && !CutsPair(to)) return Utf8.GetByteCount(raw.AsSpan(from, to - from));
#endif
            var bytes = 0;
            for (var i = from; i < to; i++)
            {
                var c = raw[i];
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            }

            return bytes;
        }

#if NET8_0_OR_GREATER
        private bool CutsPair(int index) => index > 0 && index < raw.Length && char.IsLowSurrogate(raw[index]) && char.IsHighSurrogate(raw[index - 1]);
#endif
    }
}

/// <summary>One article's bytes for <see cref="PackWriter.Add(PackChunk)"/>, built by <see cref="PackWriter.Chunk"/>.</summary>
internal sealed record PackChunk(string Id, byte[] Bytes, uint RecordOffset, byte[] IdBytes, byte[] TitleBytes);
