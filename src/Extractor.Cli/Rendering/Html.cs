using System.Text;

namespace Extractor.Cli.Rendering;

/// <summary>
/// Escaping for text that comes from articles and records: everything written into the report passes through
/// here, so hostile text (markup, quotes, control characters) can only ever show as text.
/// </summary>
internal static class Html
{
    /// <summary>Text for element content and quoted attribute values alike.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? escaped = null;
        int copied = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // HTML forbids most C0 controls; a browser would turn them into U+FFFD anyway, so say so now.
                var c when c < ' ' && c is not ('\n' or '\r' or '\t') => "\uFFFD",
                '\u007F' => "\uFFFD",
                _ => null,
            };
            if (replacement is null) continue;
            escaped ??= new StringBuilder(text.Length + 16);
            escaped.Append(text, copied, i - copied).Append(replacement);
            copied = i + 1;
        }
        return escaped is null ? text : escaped.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>An attribute value whose lines show as separate lines in a tooltip.</summary>
    public static string Tooltip(IEnumerable<string> lines) => string.Join("&#10;", lines.Select(Escape));
}
