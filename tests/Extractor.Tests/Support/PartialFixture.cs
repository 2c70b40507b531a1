using System.Text;
using Extractor.Batch;

namespace Extractor.Tests.Support;

/// <summary>
/// Writes the partial output a killed run of <c>extract PATHS -o TARGET</c> (no other options) would have left:
/// the records so far and the settings file beside them, so tests can craft what a kill leaves behind.
/// </summary>
public static class PartialFixture
{
    public static void Write(string target, string records, params string[] paths)
    {
        File.WriteAllText(PartialOutputFile.PartialPathFor(target), records, new UTF8Encoding(false));
        File.WriteAllText(PartialOutputFile.SettingsPathFor(target), RunSettings.Default(paths).ToLine() + "\n", new UTF8Encoding(false));
    }
}
