namespace Extractor.Training.Models;

/// <summary>Reads the shipped gazetteers that training needs beyond what the runtime exposes.</summary>
internal static class ModelFileReader
{
    public static List<string> GivenNames() =>
        Extractor.Models.ModelFile.ReadTable("gazetteers/given-names.tsv").Select(r => r[0]).ToList();
}
