using System.Globalization;
using Graph.Generation.Core;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Entities;

/// <summary>Law firms are names and switchboard numbers; the first few are hubs with hundreds of clients.</summary>
public sealed class LawFirmBook(ulong seed, PopulationLayout layout)
{
    public int Count => layout.LawFirmCount;

    public string Name(int firm)
    {
        var draw = new SplitMix(seed, 31, firm);
        var region = Regions.Skewed(draw.Next(10_000));
        var province = region.Province.TrimEnd('省', '市');
        return firm < layout.HubFirmCount
            ? $"{province}{draw.Pick(CompanyWords.TradeNames)}{draw.Pick(CompanyWords.TradeNames)}律师事务所"
            : $"{province}{draw.Pick(CompanyWords.TradeNames)}律师事务所";
    }

    public string Phone(int firm)
    {
        var draw = new SplitMix(seed, 32, firm);
        var region = Regions.Skewed(draw.Next(10_000));
        return $"{region.AreaCode}-8{(draw.NextUlong() % 10_000_000).ToString("D7", CultureInfo.InvariantCulture)}";
    }
}
