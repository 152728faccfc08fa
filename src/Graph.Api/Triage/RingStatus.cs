namespace Graph.Api.Triage;

/// <summary>An investigator's decision on a ring: still to look at, confirmed as false litigation, or dismissed.</summary>
public enum RingStatus
{
    Open,
    Confirmed,
    Dismissed,
}
