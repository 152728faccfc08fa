namespace Graph.Api.Model;

/// <summary>The kinds of record a caller can look up by number; the names follow the graph model's labels.</summary>
public enum RecordKind
{
    Case,
    Bankruptcy,
    Claim,
    Award,
    Auction,
    Bid,
    Invoice,
    InsuranceClaim,
}
