using System.Globalization;
using Graph.Generation.Core;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Records;

/// <summary>
/// Issues case numbers like (2019)浙0602民初1234号: one counter per court, year and type word,
/// started at a plausible offset so serials do not all begin at 1.
/// </summary>
public sealed class CaseNumbers(ulong seed)
{
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public static string TypeWord(string caseType) => caseType switch
    {
        "civil_second" => "民终",
        "retrial" => "民再",
        "enforcement" => "执",
        "special" => "民特",
        "bankruptcy" => "破申",
        _ => "民初",
    };

    public string Next(Region region, int year, string caseType)
    {
        var courtCode = caseType is "civil_second" or "retrial" ? region.CityCourtCode : region.CourtCode;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"({year}){courtCode}{TypeWord(caseType)}");
        if (!_next.TryGetValue(prefix, out var serial))
        {
            serial = 1 + new SplitMix(seed, 41, prefix.GetHashCodeStable()).Next(caseType == "bankruptcy" ? 20 : 800);
        }

        _next[prefix] = serial + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{serial}号");
    }

    public static string Court(Region region, string caseType) => caseType is "civil_second" or "retrial" ? region.CityCourt : region.Court;
}
