using System.Text;

namespace Corpus.Tests.Support;

/// <summary>
/// Decodes file bytes the way the compiler decodes an additional file: a byte-order mark decides; otherwise strict
/// UTF-8; otherwise a fallback, which is Windows-1252 where the compiler has code pages and UTF-8 with replacement
/// characters where it has not.
/// </summary>
internal static class CompilerDecoding
{
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static Encoding Windows1258 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    public static Encoding Utf8WithReplacement { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes, Encoding fallback)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return fallback.GetString(bytes);
        }
    }

    public static Encoding Fallback(string name) => name == "1252" ? Windows1252 : Utf8WithReplacement;
}
