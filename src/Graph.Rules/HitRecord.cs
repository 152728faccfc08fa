namespace Graph.Rules;

/// <summary>A record of a hit: node id, kind (case, bankruptcy, claim, award, auction, bid, invoice, insurance_claim) and natural key.</summary>
public sealed record HitRecord(int NodeId, string Kind /* case, bankruptcy, claim, award, auction, bid, invoice, insurance_claim */, string Key /* natural key */);
