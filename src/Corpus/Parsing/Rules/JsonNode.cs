using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Parsing.Rules;

/// <summary>
/// A JSON value with the line and column it starts at. The rules file is read with this small reader rather than a
/// library: the generator runs inside the compiler, where it cannot bring System.Text.Json along, and every problem
/// must point at its place in the file.
/// </summary>
internal sealed class JsonNode
{
    public enum Type
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    private JsonNode(Type type, int line, int column)
    {
        NodeType = type;
        Line = line;
        Column = column;
    }

    public Type NodeType { get; }

    /// <summary>Zero-based line.</summary>
    public int Line { get; }

    /// <summary>Zero-based column.</summary>
    public int Column { get; }

    public string? String { get; private set; }

    public double Number { get; private set; }

    public bool Boolean { get; private set; }

    /// <summary>An object's members in file order, each with the node of its name (for locating an unknown key).</summary>
    public List<(string Name, JsonNode NameNode, JsonNode Value)> Members { get; } = [];

    public List<JsonNode> Items { get; } = [];

    /// <summary>Parses <paramref name="text"/>; on a syntax error, null and the problem, located.</summary>
    public static JsonNode? Parse(string text, out RuleProblem? problem)
    {
        var parser = new Parser(text);
        try
        {
            parser.SkipSpace();
            var value = parser.Value(depth: 0);
            parser.SkipSpace();
            if (!parser.AtEnd) parser.Fail("unexpected text after the JSON value");
            problem = null;
            return value;
        }
        catch (FormatException exception)
        {
            problem = new RuleProblem(null, exception.Message, parser.Line, parser.Column);
            return null;
        }
    }

    private sealed class Parser(string text)
    {
        private const int MaxDepth = 64;
        private int _position;

        public int Line { get; private set; }

        public int Column => _position - _lineStart;

        private int _lineStart;

        public bool AtEnd => _position >= text.Length;

        public void Fail(string message) => throw new FormatException($"not valid JSON: {message}");

        public void SkipSpace()
        {
            while (_position < text.Length)
            {
                var c = text[_position];
                if (c == '\n')
                {
                    Line++;
                    _lineStart = _position + 1;
                }
                else if (c is not (' ' or '\t' or '\r' or '\uFEFF'))
                {
                    return;
                }

                _position++;
            }
        }

        public JsonNode Value(int depth)
        {
            if (depth > MaxDepth) Fail($"nested deeper than {MaxDepth} levels");
            if (AtEnd) Fail("the text ends where a value was expected");
            var (line, column) = (Line, Column);
            var c = text[_position];
            switch (c)
            {
                case '{':
                    return Object(depth, line, column);
                case '[':
                    return Array(depth, line, column);
                case '"':
                    return new JsonNode(Type.String, line, column) { String = StringLiteral() };
                case 't' when Word("true"):
                    return new JsonNode(Type.Boolean, line, column) { Boolean = true };
                case 'f' when Word("false"):
                    return new JsonNode(Type.Boolean, line, column) { Boolean = false };
                case 'n' when Word("null"):
                    return new JsonNode(Type.Null, line, column);
                default:
                    if (c == '-' || char.IsDigit(c)) return new JsonNode(Type.Number, line, column) { Number = NumberLiteral() };
                    Fail($"'{c}' cannot start a value");
                    return null!;
            }
        }

        private JsonNode Object(int depth, int line, int column)
        {
            var node = new JsonNode(Type.Object, line, column);
            _position++;
            SkipSpace();
            if (Peek('}')) return node;
            while (true)
            {
                SkipSpace();
                if (AtEnd || text[_position] != '"') Fail("expected a member name in double quotes");
                var nameNode = new JsonNode(Type.String, Line, Column);
                var name = StringLiteral();
                SkipSpace();
                Expect(':');
                SkipSpace();
                node.Members.Add((name, nameNode, Value(depth + 1)));
                SkipSpace();
                if (Peek('}')) return node;
                Expect(',');
            }
        }

        private JsonNode Array(int depth, int line, int column)
        {
            var node = new JsonNode(Type.Array, line, column);
            _position++;
            SkipSpace();
            if (Peek(']')) return node;
            while (true)
            {
                SkipSpace();
                node.Items.Add(Value(depth + 1));
                SkipSpace();
                if (Peek(']')) return node;
                Expect(',');
            }
        }

        private bool Peek(char c)
        {
            if (AtEnd || text[_position] != c) return false;
            _position++;
            return true;
        }

        private void Expect(char c)
        {
            if (!Peek(c)) Fail(AtEnd ? $"the text ends where '{c}' was expected" : $"expected '{c}', found '{text[_position]}'");
        }

        private bool Word(string word)
        {
            if (string.CompareOrdinal(text, _position, word, 0, word.Length) != 0) return false;
            _position += word.Length;
            return true;
        }

        private string StringLiteral()
        {
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd) Fail("a string is not closed");
                var c = text[_position++];
                if (c == '"') return builder.ToString();
                if (c is '\n' or '\r') Fail("a string runs past the end of its line");
                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (AtEnd) Fail("a string is not closed");
                var escape = text[_position++];
                switch (escape)
                {
                    case '"' or '\\' or '/':
                        builder.Append(escape);
                        break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u' when _position + 4 <= text.Length
                        && ushort.TryParse(text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position--;
                        Fail($"'\\{escape}' is not a JSON escape (a regular expression's backslash is written '\\\\' in JSON)");
                        break;
                }
            }
        }

        private double NumberLiteral()
        {
            var start = _position;
            while (!AtEnd && (char.IsDigit(text[_position]) || text[_position] is '-' or '+' or '.' or 'e' or 'E')) _position++;
            if (!double.TryParse(text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                _position = start;
                Fail("not a number");
            }

            return number;
        }
    }
}
