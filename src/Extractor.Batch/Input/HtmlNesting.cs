namespace Extractor.Input;

/// <summary>
/// A cheap estimate, before parsing, of how deep a page's elements nest: start tags that stay open push, end
/// tags pop. An HTML5 parser checks its stack of open elements at each tag, so a page of 100,000 unclosed nested
/// <c>&lt;div&gt;&lt;span&gt;&lt;b&gt;</c> (1.4 MB) took minutes; real pages nest a few dozen deep. Elements the
/// parser closes by itself or never opens (void elements, <c>p</c>, <c>li</c>, table cells…) do not count, so
/// sloppy archive markup with unclosed paragraphs stays far below the limit; comments and the text of scripts and
/// styles are skipped.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NeverOpen = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        // closed implicitly by a sibling or a parent's end
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>The deepest nesting seen, stopping early once it passes <paramref name="stopAbove"/>.</summary>
    public static int MaxDepth(string html, int stopAbove = int.MaxValue)
    {
        int depth = 0, deepest = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            bool end = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = end ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.Substring(nameStart, nameEnd - nameStart);
            if (NeverOpen.Contains(name)) { i = tagEnd + 1; continue; }
            if (end)
            {
                if (depth > 0) depth--;
                i = tagEnd + 1;
                continue;
            }
            if (html[tagEnd - 1] == '/') { i = tagEnd + 1; continue; }
            if (RawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, tagEnd + 1, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            depth++;
            if (depth > deepest)
            {
                deepest = depth;
                if (deepest > stopAbove) return deepest;
            }
            i = tagEnd + 1;
        }
        return deepest;
    }
}
