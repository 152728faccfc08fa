using Graph.Generation.Vocabulary;

namespace Graph.Generation.Records;

public sealed class CaseSpec
{
    public required Region Region { get; init; }
    public required string CaseType { get; set; }
    public required string Cause { get; init; }
    public required DateOnly FiledOn { get; init; }
    public DateOnly? ClosedOn { get; set; }
    public string ClosingMethod { get; set; } = "judgment";
    public decimal AmountClaimed { get; set; }
    public decimal? AmountAwarded { get; set; }
    public string? MediatorOrg { get; set; }
    public bool PublicNotice { get; set; }
    public bool DefendantAbsent { get; set; }
    public string? CauseText { get; set; }
    public List<CaseParty> Parties { get; } = [];
}
