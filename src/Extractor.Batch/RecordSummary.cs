using Newtonsoft.Json;

namespace Extractor.Batch;

/// <summary>
/// The top-level fields of a written record that resuming needs (id, chars, whether it failed), read without
/// building its entities, and a check that the line is a whole record as this program writes it: an object whose
/// first field is a string id, with a whole-number chars, an entities array and an error that is null or text.
/// </summary>
internal readonly record struct RecordSummary(string Id, long Chars, bool Failed)
{
    public static bool TryRead(string line, out RecordSummary summary, out string? problem)
    {
        summary = default;
        problem = null;
        string? id = null;
        long chars = -1;
        bool failed = false, sawEntities = false, sawError = false, first = true;
        if (string.IsNullOrWhiteSpace(line)) { problem = "a blank line"; return false; }
        try
        {
            using var json = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            if (!json.Read() || json.TokenType != JsonToken.StartObject) { problem = "not a JSON object"; return false; }
            while (json.Read() && json.TokenType == JsonToken.PropertyName)
            {
                var name = (string)json.Value!;
                json.Read();
                if (first && name != "id") { problem = "the first field is not id"; return false; }
                first = false;
                switch (name)
                {
                    case "id":
                        if (json.TokenType != JsonToken.String) { problem = "the id is not a string"; return false; }
                        id = (string)json.Value!;
                        break;
                    case "chars":
                        if (json.TokenType != JsonToken.Integer || json.Value is not long n || n < 0) { problem = "chars is not a count"; return false; }
                        chars = n;
                        break;
                    case "entities":
                        if (json.TokenType != JsonToken.StartArray) { problem = "entities is not an array"; return false; }
                        sawEntities = true;
                        json.Skip();
                        break;
                    case "error":
                        if (json.TokenType is not (JsonToken.Null or JsonToken.String)) { problem = "error is neither null nor text"; return false; }
                        failed = json.TokenType == JsonToken.String;
                        sawError = true;
                        break;
                    default:
                        json.Skip();
                        break;
                }
            }
            if (json.TokenType != JsonToken.EndObject || json.Read()) { problem = "not one JSON object"; return false; }
        }
        catch (JsonException e)
        {
            problem = "not valid JSON (" + e.Message.Split('\n')[0].TrimEnd('.') + ")";
            return false;
        }
        if (id is null) { problem = line.Trim().Length == 0 ? "a blank line" : "no id"; return false; }
        if (chars < 0 || !sawEntities || !sawError) { problem = "chars, entities or error missing"; return false; }
        summary = new RecordSummary(id, chars, failed);
        return true;
    }
}
