using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// An article's text with each entity wrapped in a <c>mark</c> of its type (the normalised fields in its tooltip)
/// and an empty anchor where each event's evidence starts, so an event card can point into the text. An entity
/// whose span does not hold its text (a record rendered against another version of the source) or that overlaps
/// the one before is left unmarked and counted, never drawn at the wrong place.
/// </summary>
internal static class ArticleTextHtml
{
    /// <summary>Writes the text; returns how many entities could not be marked.</summary>
    public static int Write(TextWriter html, string text, IReadOnlyList<Entity> entities, IReadOnlyList<(int Offset, string Id)> anchors)
    {
        int position = 0, unmarked = 0, nextAnchor = 0;
        var ordered = anchors.Where(a => a.Offset >= 0 && a.Offset <= text.Length).OrderBy(a => a.Offset).ToList();

        void CopyTo(int end)
        {
            // Anchors inside a stretch of plain text split it; those inside a mark go before it (see below).
            while (nextAnchor < ordered.Count && ordered[nextAnchor].Offset <= end)
            {
                var anchor = ordered[nextAnchor++];
                int at = Math.Max(position, anchor.Offset);
                html.Write(Html.Escape(text[position..at]));
                position = at;
                html.Write($"<a class=\"ev\" id=\"{anchor.Id}\"></a>");
            }
            html.Write(Html.Escape(text[position..end]));
            position = end;
        }

        foreach (var e in entities.OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            bool fits = e.Start >= position && e.End <= text.Length && e.Start < e.End
                && e.Text.Length == e.End - e.Start
                && string.CompareOrdinal(text, e.Start, e.Text, 0, e.Text.Length) == 0;
            if (!fits) { unmarked++; continue; }
            CopyTo(e.Start);
            // An evidence anchor that falls inside the entity is placed just before it.
            while (nextAnchor < ordered.Count && ordered[nextAnchor].Offset < e.End)
                html.Write($"<a class=\"ev\" id=\"{ordered[nextAnchor++].Id}\"></a>");
            html.Write($"<mark class=\"{e.Type}\" title=\"{Html.Tooltip(Figures.Describe(e))}\">{Html.Escape(e.Text)}</mark>");
            position = e.End;
        }
        CopyTo(text.Length);
        return unmarked;
    }
}
