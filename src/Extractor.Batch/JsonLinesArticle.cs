using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Extractor.Batch;

/// <summary>
/// One line of a JSON Lines archive: an object whose text field holds the article and whose id field (string or
/// number) names it. The record id is <c>FILE#ID</c>, or <c>FILE#LINE</c> (1-based) when the line has no id, so
/// every line of every file has a distinct, stable id.
/// </summary>
internal readonly record struct JsonLinesArticle(string Id, string? Text, string? Error)
{
    private static readonly JsonSerializerSettings Strict = new() { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };

    public static JsonLinesArticle Parse(string fileId, int lineNumber, string line, string textField, string idField)
    {
        string fallbackId = $"{fileId}#{lineNumber}";
        JObject article;
        try
        {
            article = JsonConvert.DeserializeObject<JToken>(line, Strict) as JObject
                ?? throw new JsonReaderException("not a JSON object");
        }
        catch (JsonException e)
        {
            return new JsonLinesArticle(fallbackId, null, "invalid JSON line: " + e.Message);
        }
        string id = article[idField] switch
        {
            JValue { Type: JTokenType.String } name => $"{fileId}#{(string)name!}",
            JValue { Type: JTokenType.Integer } number => $"{fileId}#{Convert.ToString(number.Value, System.Globalization.CultureInfo.InvariantCulture)}",
            _ => fallbackId,
        };
        return article[textField] switch
        {
            JValue { Type: JTokenType.String } text => new JsonLinesArticle(id, (string)text!, null),
            null => new JsonLinesArticle(id, null, $"line has no \"{textField}\" field"),
            _ => new JsonLinesArticle(id, null, $"field \"{textField}\" is not a string"),
        };
    }
}
