extern alias GeneratorAssembly;

using System.Xml.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CSharpText = GeneratorAssembly::Corpus.Generator.Emit.CSharpText;

namespace Corpus.Tests.Generator;

/// <summary>
/// The only two ways article text reaches generated code, tested on arbitrary strings: a string literal that the
/// compiler reads back as exactly the same value, and XML doc text that stays one well-formed element on one line.
/// </summary>
public sealed class EscapingTests
{
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String[Gen.Char, 0, 60],
        Gen.String[Gen.Char["\"\\{}$@#/*<>&'`\r\n\t\0\u0085\u2028\u2029\u202E\u2066\u200F\uFEFF\uD800\uDC00\u0301 aZ"], 0, 60]);

    [Fact]
    public void A_literal_reads_back_as_exactly_the_same_string_under_every_language_version() =>
        Hostile.Sample(text =>
        {
            var literal = CSharpText.Literal(text);

            foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.Latest })
            {
                var expression = SyntaxFactory.ParseExpression(literal, options: new CSharpParseOptions(version));
                expression.GetDiagnostics().ShouldBeEmpty();
                var token = expression.ShouldBeOfType<LiteralExpressionSyntax>().Token;
                token.ValueText.ShouldBe(text);
                token.Span.Length.ShouldBe(literal.Length);
            }

            literal.ShouldNotContain('\n');
            literal.ShouldNotContain('\r');
            literal.Any(c => c is '\u2028' or '\u2029' or '\u0085' or '\u202E' or '\u2066' or '\uFEFF').ShouldBeFalse();
        }, iter: 5000);

    [Fact]
    public void Doc_text_is_one_well_formed_xml_element_on_one_line() =>
        Hostile.Sample(text =>
        {
            var doc = CSharpText.XmlDoc(text);

            doc.Any(c => c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' or '<' or '>').ShouldBeFalse();
            XElement.Parse($"<summary>{doc}</summary>").Name.LocalName.ShouldBe("summary");
        }, iter: 5000);

    [Fact]
    public void Text_that_looks_like_code_stays_a_string()
    {
        var attack = "\"; System.Environment.Exit(1); //\n#error injected\n*/ </summary> <script>";

        var literal = CSharpText.Literal(attack);

        var cancellationToken = TestContext.Current.CancellationToken;
        var tree = CSharpSyntaxTree.ParseText($"class C {{ const string S = {literal}; }}", cancellationToken: cancellationToken);
        tree.GetDiagnostics(cancellationToken).ShouldBeEmpty();
        tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>().ShouldBeEmpty();
        tree.GetRoot(cancellationToken).DescendantTrivia().ShouldNotContain(t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia));
    }
}
