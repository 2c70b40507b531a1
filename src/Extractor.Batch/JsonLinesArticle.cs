using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extractor.Batch;

/// <summary>
/// One line of a JSON Lines archive: an object whose text field holds the article and whose id field (string or
/// number) names it. The record id is <c>FILE#ID</c>, or <c>FILE#LINE</c> (1-based) when the line has no id or is
/// not valid JSON. The reader reads ids in line order (<see cref="ReadId"/>) so that a repeated one can be made
/// unique (<see cref="UniqueIds"/>) the same way in every run, resumed or not; the workers then parse the text.
/// </summary>
internal readonly record struct JsonLinesArticle(string Id, string? Text, string? Error)
{
    private static readonly JsonSerializerSettings Strict = new() { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };

    /// <summary>The line's record id, reading the top-level fields without building them (a line that is not a valid JSON object is named by its number).</summary>
    public static string ReadId(string fileId, int lineNumber, string line, string idField)
    {
        string? id = null;
        try
        {
            using var json = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            if (!json.Read() || json.TokenType != JsonToken.StartObject) return $"{fileId}#{lineNumber}";
            while (json.Read() && json.TokenType == JsonToken.PropertyName)
            {
                // The last occurrence counts, as when the worker builds the object.
                bool wanted = (string)json.Value! == idField;
                json.Read();
                if (!wanted) { json.Skip(); continue; }
                id = json.TokenType switch
                {
                    JsonToken.String => (string)json.Value!,
                    JsonToken.Integer => Convert.ToString(json.Value, System.Globalization.CultureInfo.InvariantCulture),
                    _ => null,
                };
                if (id is null) json.Skip();
            }
            // The whole line must be one object, as the worker's parse will require.
            if (json.TokenType != JsonToken.EndObject || json.Read()) return $"{fileId}#{lineNumber}";
        }
        catch (JsonException)
        {
            return $"{fileId}#{lineNumber}";
        }
        return $"{fileId}#{id ?? lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The article of a line whose record id is already known.</summary>
    public static JsonLinesArticle Parse(string id, string line, string textField)
    {
        JObject article;
        try
        {
            article = JsonConvert.DeserializeObject<JToken>(line, Strict) as JObject
                ?? throw new JsonReaderException("not a JSON object");
        }
        catch (JsonException e)
        {
            return new JsonLinesArticle(id, null, "invalid JSON line: " + e.Message);
        }
        return article[textField] switch
        {
            JValue { Type: JTokenType.String } text => new JsonLinesArticle(id, (string)text!, null),
            null => new JsonLinesArticle(id, null, $"line has no \"{textField}\" field"),
            _ => new JsonLinesArticle(id, null, $"field \"{textField}\" is not a string"),
        };
    }

    /// <summary>Parses a line and names it as <see cref="ReadId"/> does (without making repeated ids unique).</summary>
    public static JsonLinesArticle Parse(string fileId, int lineNumber, string line, string textField, string idField) =>
        Parse(ReadId(fileId, lineNumber, line, idField), line, textField);
}
