using Graph.Generation.Entities;
using Graph.Generation.Records;
using Graph.Generation.Truth;

namespace Graph.Generation.Traps;

/// <summary>
/// Hub firms emerge from the lawyer layout (40% of lawyers, or the profile's share, sit in a handful of firms); this only notes
/// where they show up, so a shared firm or switchboard phone can be recognised as no evidence of collusion.
/// </summary>
public sealed class HubLawFirms(PopulationLayout layout, LawFirmBook firms, TruthLog truth)
{
    private readonly Dictionary<int, TrapTruth> _traps = [];

    public void Note(Agent agent, string caseNo)
    {
        if (agent.Kind != "lawyer" || agent.Person.Index >= layout.HubLawyerCount)
        {
            return;
        }

        var firm = layout.FirmOfLawyer(agent.Person.Index);
        if (!_traps.TryGetValue(firm, out var trap))
        {
            trap = truth.NewTrap("hub_law_firm", $"{firms.Name(firm)}（{firms.Phone(firm)}）代理数百名互不相关的当事人，含对立双方");
            _traps[firm] = trap;
        }

        trap.Entity(agent.Person);
        trap.Record("cases", caseNo);
    }
}
