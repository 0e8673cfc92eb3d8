using System;

namespace Corpus;

/// <summary>An image printed in a story, known by the text the page prints around it.</summary>
/// <param name="Label">The label the page prints for the image (for example <c>… - Hình 1</c> or <c>Chú thích ảnh</c>), or <see langword="null"/> when it prints none.</param>
/// <param name="Caption">The caption without its credit, or <see langword="null"/> when the page prints none.</param>
/// <param name="Credit">The photo credit without its marker (<c>Ảnh: X</c>, <c>Ảnh tư liệu: X</c> and <c>(Nguồn: X)</c> all give <c>X</c>), or <see langword="null"/>.</param>
public sealed record Image(string? Label, string? Caption, string? Credit);
