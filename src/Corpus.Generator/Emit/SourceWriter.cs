using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>A small indented writer for generated C#: four spaces per level, LF line ends on every machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text;
    private int _indent;

    /// <param name="capacity">The expected size of the file, so large articles are not copied while the buffer grows.</param>
    public SourceWriter(int capacity = 1024) => _text = new StringBuilder(capacity);

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    /// <summary>A line holding one escaped string literal followed by <paramref name="suffix"/>, written straight into the buffer.</summary>
    public SourceWriter Literal(string? value, string suffix)
    {
        _text.Append(' ', _indent * 4);
        CSharpText.AppendLiteral(_text, value).Append(suffix).Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Unindent()
    {
        _indent--;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
