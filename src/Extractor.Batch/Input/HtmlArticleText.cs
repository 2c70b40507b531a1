using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Extractor.Input;

/// <summary>
/// The readable text of a news page, parsed with AngleSharp (an HTML5-conformant parser, so broken archive markup
/// is repaired the way a browser would). The article is the first <c>&lt;article&gt;</c>, else
/// <c>&lt;main&gt;</c>, else the body; scripts, styles, navigation, asides, footers and forms are left out. Blocks
/// become paragraphs separated by a blank line and runs of white space collapse to one space, so sentence
/// boundaries survive and entity offsets refer to this text, which <c>--include-text</c> puts in the record.
/// </summary>
public static class HtmlArticleText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "footer", "form", "button", "select", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt", "dd", "hr", "address", "body",
    };

    /// <summary>Pages whose elements nest deeper than this are refused (see <see cref="HtmlNesting"/>).</summary>
    public const int MaxDepth = 1_000;

    /// <summary>The article text of an HTML page, as the class describes.</summary>
    public static string Extract(string html)
    {
        if (HtmlNesting.MaxDepth(html, MaxDepth) > MaxDepth)
            throw new HtmlTooDeepException($"elements nested over {MaxDepth} deep");
        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var text = new TextBuilder();
        // An explicit stack instead of recursion: pathological pages nest thousands of elements deep.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (node is IElement element)
            {
                bool block = Blocks.Contains(element.LocalName);
                if (closing) { if (block) text.BreakParagraph(); continue; }
                if (Skipped.Contains(element.LocalName)) continue;
                if (element.LocalName == "br") { text.BreakLine(); continue; }
                if (block) text.BreakParagraph();
                pending.Push((node, true));
                for (int i = element.ChildNodes.Length - 1; i >= 0; i--) pending.Push((element.ChildNodes[i], false));
            }
            else if (node is IText textNode && !closing)
            {
                text.Append(textNode.Data);
            }
        }
        return text.ToString();
    }

    /// <summary>Collapses white space and keeps at most one pending break, so the text has no ragged spacing.</summary>
    private sealed class TextBuilder
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreak; // 0 none, 1 line, 2 paragraph
        private bool _pendingSpace;

        public void BreakLine() => _pendingBreak = Math.Max(_pendingBreak, 1);

        public void BreakParagraph() => _pendingBreak = 2;

        public void Append(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c)) { _pendingSpace = true; continue; }
                if (_text.Length > 0)
                {
                    if (_pendingBreak > 0) _text.Append(_pendingBreak == 2 ? "\n\n" : "\n");
                    else if (_pendingSpace) _text.Append(' ');
                }
                _pendingBreak = 0;
                _pendingSpace = false;
                _text.Append(c);
            }
        }

        public override string ToString() => _text.ToString();
    }
}
