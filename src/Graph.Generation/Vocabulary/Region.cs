namespace Graph.Generation.Vocabulary;

/// <summary>A county-level area: its division code feeds resident ids, USCCs, case numbers and addresses.</summary>
public sealed record Region(
    int Code,
    string Province,
    string City,
    string District,
    string Court,
    string CourtCode,
    string AreaCode)
{
    public string CityCourt => $"{Province}{City}中级人民法院";

    public string CityCourtCode => CourtCode[..3];

    public string Prefix => $"{Province}{City}{District}";

    public string CityShort => City.TrimEnd('市');
}
