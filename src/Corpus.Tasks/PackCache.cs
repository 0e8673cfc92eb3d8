using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Tasks;

/// <summary>
/// What the previous pack holds, file by file, so a build after an edit parses only the files that changed and copies
/// every other article's bytes from the previous pack. An entry is reused when the file's path and id are the same and
/// either its length and last-write time are too (the file is not read, as the build's own up-to-date check reads no
/// file either) or its length and content hash are (a file saved again unchanged is not parsed). The whole cache is
/// used only when the task build, the pack format and the rules are the same as when it was written (its key), and
/// the pack beside it is the one it describes.
/// </summary>
internal sealed class PackCache : IDisposable
{
    private const string Magic = "CORPUSPC";
    private const int FormatVersion = 2;

    // Reused articles are read in pack order, one after another: a large buffer turns them into few reads.
    private const int PackReadBuffer = 1 << 20;

    private readonly Dictionary<string, Entry> _entries;
    private readonly FileStream? _pack;

    private PackCache(Dictionary<string, Entry> entries, FileStream? pack)
    {
        _entries = entries;
        _pack = pack;
    }

    /// <summary>How many entries were loaded; 0 when there was no usable cache.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The cache at <paramref name="cacheFile"/> for the pack at <paramref name="packFile"/>, or an empty one when
    /// either is missing, the key differs, the pack is not the one it was written with, or the file is damaged.
    /// </summary>
    [MethodImpl(Jit.ParseLoop)]
    public static PackCache Open(string cacheFile, string packFile, string key)
    {
        var empty = new PackCache(new Dictionary<string, Entry>(StringComparer.Ordinal), null);
        if (!File.Exists(cacheFile) || !File.Exists(packFile)) return empty;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(cacheFile), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != key) return empty;
            var pack = new FileInfo(packFile);
            if (reader.ReadInt64() != pack.Length || reader.ReadInt64() != pack.LastWriteTimeUtc.Ticks) return empty;

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var entry = Entry.Read(reader);
                entries[entry.Path] = entry;
            }

            return new PackCache(entries, new FileStream(packFile, FileMode.Open, FileAccess.Read, FileShare.Read, PackReadBuffer));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            // A damaged cache only costs a full parse.
            return empty;
        }
    }

    /// <summary>The entry for a file not written since the previous pack (same length and last-write time), if there is one.</summary>
    public bool TryGetUntouched(string path, string id, long length, long lastWriteTicks, out Entry entry)
    {
        if (_entries.TryGetValue(path, out entry!) && entry.Id == id && entry.Length == length && entry.LastWriteTicks == lastWriteTicks) return true;
        entry = null!;
        return false;
    }

    /// <summary>The entry for a file whose bytes have not changed since the previous pack, if there is one.</summary>
    public bool TryGet(string path, string id, long length, ulong hash, out Entry entry)
    {
        if (_entries.TryGetValue(path, out entry!) && entry.Id == id && entry.Length == length && entry.Hash == hash) return true;
        entry = null!;
        return false;
    }

    /// <summary>
    /// Reads the entry's article bytes from the previous pack into <paramref name="buffer"/> (grown when too small, so
    /// one buffer serves every entry); false when the previous pack cannot give them. Entries are asked for in pack
    /// order, so the reads run through the previous pack from start to end.
    /// </summary>
    public bool TryReadChunk(Entry entry, ref byte[] buffer)
    {
        if (buffer.Length < entry.ChunkLength) buffer = new byte[Math.Max(entry.ChunkLength, buffer.Length * 2)];
        try
        {
            if (_pack!.Position != entry.ChunkStart) _pack.Position = entry.ChunkStart;
            var read = 0;
            while (read < entry.ChunkLength)
            {
                var got = _pack.Read(buffer, read, entry.ChunkLength - read);
                if (got == 0) return false;
                read += got;
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Writes the cache for the pack just written at <paramref name="packFile"/>.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static void Write(string cacheFile, string packFile, string key, IReadOnlyList<Entry> entries)
    {
        var pack = new FileInfo(packFile);
        var temporary = cacheFile + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(pack.Length);
            writer.Write(pack.LastWriteTimeUtc.Ticks);
            writer.Write(entries.Count);
            foreach (var entry in entries) entry.Write(writer);
        }

        if (File.Exists(cacheFile)) File.Delete(cacheFile);
        File.Move(temporary, cacheFile);
    }

    /// <summary>FNV-1a over the file's bytes: a file written again with the same bytes keeps it.</summary>
    [MethodImpl(Jit.ParseLoop)]
    public static ulong Hash(byte[] bytes)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in bytes) hash = (hash ^ b) * prime;
        return hash;
    }

    public void Dispose() => _pack?.Dispose();

    /// <summary>One packed file: its key, where its article's bytes are in the pack, its title and its warnings.</summary>
    internal sealed record Entry(
        string Path,
        string Id,
        long Length,
        long LastWriteTicks,
        ulong Hash,
        long ChunkStart,
        int ChunkLength,
        uint RecordOffset,
        string Title,
        IReadOnlyList<CachedDiagnostic> Diagnostics)
    {
        public static Entry Read(BinaryReader reader)
        {
            var path = reader.ReadString();
            var id = reader.ReadString();
            var length = reader.ReadInt64();
            var lastWriteTicks = reader.ReadInt64();
            var hash = reader.ReadUInt64();
            var chunkStart = reader.ReadInt64();
            var chunkLength = reader.ReadInt32();
            var recordOffset = reader.ReadUInt32();
            var title = reader.ReadString();
            var diagnostics = new CachedDiagnostic[reader.ReadInt32()];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                var diagnosticId = reader.ReadString();
                var (line, column, span) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                var arguments = new string[reader.ReadInt32()];
                for (var a = 0; a < arguments.Length; a++) arguments[a] = reader.ReadString();
                diagnostics[i] = new CachedDiagnostic(diagnosticId, line, column, span, arguments);
            }

            return new Entry(path, id, length, lastWriteTicks, hash, chunkStart, chunkLength, recordOffset, title, diagnostics);
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(Path);
            writer.Write(Id);
            writer.Write(Length);
            writer.Write(LastWriteTicks);
            writer.Write(Hash);
            writer.Write(ChunkStart);
            writer.Write(ChunkLength);
            writer.Write(RecordOffset);
            writer.Write(Title);
            writer.Write(Diagnostics.Count);
            foreach (var diagnostic in Diagnostics)
            {
                writer.Write(diagnostic.Id);
                writer.Write(diagnostic.Line);
                writer.Write(diagnostic.Column);
                writer.Write(diagnostic.Length);
                writer.Write(diagnostic.Arguments.Length);
                foreach (var argument in diagnostic.Arguments) writer.Write(argument);
            }
        }
    }

    /// <summary>A warning or message a cached file gave, reported again each time the file is packed from the cache.</summary>
    internal sealed record CachedDiagnostic(string Id, int Line, int Column, int Length, string[] Arguments);
}
