using System.Globalization;
using Graph.Generation.Core;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Records;

/// <summary>Natural keys for the non-court records: awards, auctions, invoices, policies, insurance claims.</summary>
public sealed class Serials(Rng rng)
{
    private long _award = 100;
    private long _auction = 600_000_000_000;
    private long _invoice = 10_000_000;
    private long _policy = 100_000_000;
    private long _insuranceClaim = 10_000_000;
    private long _bankruptcyClaim;

    public string AwardNo(Region region, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{region.CityShort[..1]}{region.District[..1]}劳人仲案字〔{year}〕第{Step(ref _award)}号");

    public static string Commission(Region region) => $"{region.City}{region.District}劳动人事争议仲裁委员会";

    public string AuctionId() => Step(ref _auction).ToString(CultureInfo.InvariantCulture);

    public string InvoiceNo(int year) => string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}33{Step(ref _invoice):D16}");

    public string PolicyNo(int year) => string.Create(CultureInfo.InvariantCulture, $"PDAA{year}3306{Step(ref _policy):D9}");

    public string InsuranceClaimNo(int year) => string.Create(CultureInfo.InvariantCulture, $"RDAA{year}3306{Step(ref _insuranceClaim):D9}");

    public string ClaimNo(string bankruptcyNo) => string.Create(CultureInfo.InvariantCulture, $"{bankruptcyNo}债{Step(ref _bankruptcyClaim):D6}");

    private long Step(ref long counter)
    {
        counter += 1 + rng.Next(3);
        return counter;
    }
}
