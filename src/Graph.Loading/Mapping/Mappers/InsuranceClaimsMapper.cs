using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// <c>insurance_claims</c> → InsuranceClaim, FOR_VEHICLE its Vehicle, LITIGATED_IN the lawsuit's Case,
/// OWNER_IN / DRIVER_IN / REPAIRER_IN from the car's owner, the driver and the repair shop.
/// </summary>
public sealed class InsuranceClaimsMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> PartyColumns = PartyFields.Of(["owner_", "driver_", "repair_shop_"]);

    public RecordKind Kind => RecordKind.InsuranceClaims;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(PartyReader.Read(row, "owner_"));
        parties.AddIfPresent(Driver(row));
        parties.AddIfPresent(RepairShop(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var key = RecordKeys.Of(GraphNames.InsuranceClaim, row.Get("claim_no")!);
        RecordNodeWriter.Write(context, row, GraphNames.InsuranceClaim, key, PartyColumns);
        var vehicle = context.Place(GraphNames.Vehicle, "plate", IdentityText.Plate(row.Get("plate")));
        RecordLinks.Relate(context, row, key, GraphNames.ForVehicle, vehicle);
        RecordLinks.ToRecord(context, row, key, GraphNames.LitigatedIn, GraphNames.Case, "case_no", row.Get("lawsuit_case_no"));
        PartyEdges.Link(context, row, context.Party(row, PartyReader.Read(row, "owner_")), GraphNames.OwnerIn, key);
        PartyEdges.Link(context, row, context.Party(row, Driver(row)), GraphNames.DriverIn, key);
        PartyEdges.Link(context, row, context.Party(row, RepairShop(row)), GraphNames.RepairerIn, key);
    }

    private static PartyRef? Driver(RecordRow row) => row.GetParty("driver_", PartyKind.Person, readKind: false);

    private static PartyRef? RepairShop(RecordRow row) => row.GetParty("repair_shop_", PartyKind.Company, readKind: false);
}
