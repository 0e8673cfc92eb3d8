namespace Corpus.Packing;

/// <summary>
/// The byte layout of a packed corpus, shared by the writer (build time) and the reader (run time). All integers
/// are little-endian; text is UTF-8.
/// </summary>
/// <remarks>
/// <code>
/// header    "CORPUSPK" u32:version u32:0
/// chunks    per article, in id order: raw text, text not found in the raw text, sections, lists, record
/// index     u32:count, count × (u32:record position, text:id, text:title) in ordinal id order, then each id's
///           and title's bytes: a lookup and its title read one small block, not pages all over the pack
/// trailer   u32:index position, "CORPUSPK"
///
/// record    u32:bytes back to the chunk's start, author agency site url raw (5 × text), u32:sections, u32:lists, date:published
/// text      u32:position u32:byte length; position 0xFFFFFFFF is null
/// date      u8:has value, i64:clock ticks, i16:offset minutes
/// sections  u32:count, per section: text:heading, u32:n, n × text:paragraph, u32:m, m × (text:label text:caption text:credit)
/// lists     u32:n, n × text:link, u32:m, m × (text:group text:title date:published text:category text:summary),
///           u32:k, k × (text:key text:value)
/// </code>
/// Positions in a chunk (texts, sections, lists) count from the chunk's start, so a chunk is built without knowing
/// where it will land; index positions count from the pack's start.
/// Typed fields that occur verbatim in the raw text point into it, so most text is stored once.
/// </remarks>
internal static class PackLayout
{
    public const uint Version = 6;
    public const uint NullText = uint.MaxValue;
    public const int HeaderSize = 16;
    public const int TrailerSize = 12;
    public const int TextSize = 8;
    public const int IndexEntrySize = 4 + (2 * TextSize);
    public const int DateSize = 11;
    public const int RecordChunk = 0;
    public const int RecordAuthor = 4;
    public const int RecordAgency = RecordAuthor + TextSize;
    public const int RecordSite = RecordAuthor + (2 * TextSize);
    public const int RecordUrl = RecordAuthor + (3 * TextSize);
    public const int RecordRaw = RecordAuthor + (4 * TextSize);
    public const int RecordSections = RecordAuthor + (5 * TextSize);
    public const int RecordLists = RecordSections + 4;
    public const int RecordPublished = RecordLists + 4;
    public const int RecordSize = RecordPublished + DateSize;

    public static readonly byte[] Magic = System.Text.Encoding.ASCII.GetBytes("CORPUSPK");
}
