using Graph.Generation.Output;

namespace Graph.Generation.Profiles;

/// <summary>
/// Another generator's habits: other model proportions, rings that show fewer optional signals, wider ring sizes,
/// slower "fast" closures (up to ten days), shells and B1 awards further from the event, milder price cuts,
/// frenzies with opening bids, partial resale of renamed lots, more and bigger honest look-alikes, dirtier ids.
/// Every figure stays inside what the domain notes report for real cases.
/// </summary>
internal static class ShiftedProfile
{
    public static GenerationProfile Create() => new()
    {
        Name = "shifted",
        OptionalSignalChance = 0.3,
        FastClosureDays = new(1, 10),
        Rings = new RingCounts { PrivateLending = 28, BankruptcyLabor = 14, Auction = 16, VehicleInsurance = 24, OilInvoice = 14 },
        Lending = new LendingShapes
        {
            SerialBorrowers = new(3, 18),
            OtherBorrowers = new(1, 6),
            SerialWindowDays = 700,
            OtherWindowDays = 1_200,
            BeyondMeansMedian = 2_200_000,
            BeyondMeansTemplate = 1_800_000,
            TemplateStep = 1500,
            DefaultJudgmentDays = new(30, 120),
            ShellFirstSuitDays = new(45, 330),
            ShellSuits = new(3, 12),
            ListingLeadDays = new(20, 600),
            AssignmentSuitGapDays = new(2, 40),
            QueueCreditors = new(3, 12),
            QueueFriends = new(1, 5),
            QueueSuitLeadDays = new(10, 80),
            QueueEnforcementLeadDays = new(1, 20),
        },
        Labor = new LaborShapes
        {
            BatchClaimants = new(6, 20),
            OtherClaimants = new(1, 6),
            InsiderWage = new(15_000, 50_000),
            PaperWage = new(3_500, 8_000),
            LargeAward = new(310_000, 700_000),
            WageMonths = new(4, 14),
            RecentLeadDays = new(45, 300),
            EarlyLeadDays = new(380, 800),
            BatchSpanDays = 18,
            BatchCloseDays = new(1, 8),
            LookBackLeadDays = new(20, 360),
            WageMediationDays = new(2, 30),
            HonestCoworkers = new(5, 25),
            CoworkerWage = new(2_800, 7_800),
        },
        Auction = new AuctionShapes
        {
            LowStart = new(0.5, 0.19),
            FairStart = new(0.7, 0.2),
            ShortNoticeChance = 0.5,
            ShortNoticeDays = new(5, 14),
            RealEstateNoticeDays = new(30, 44),
            OtherNoticeDays = new(15, 29),
            DeepCut = new(0.65, 0.13),
            WinnerPhoneChance = 0.2,
            FrenzyShills = new(1, 4),
            FrenzyBids = new(12, 80),
            FrenzyGapSeconds = new(30, 400),
            FrenzyOpeningBids = new(0, 2),
        },
        Vehicle = new VehicleShapes
        {
            People = new(2, 14),
            Cars = new(2, 10),
            RepeatAccidents = new(2, 5),
            AccidentSpanDays = 900,
            SueShareShown = 0.6,
            SueShareOther = 0.25,
            ShopPhoneShare = 0.7,
        },
        Oil = new OilShapes
        {
            Suppliers = new(1, 3),
            Buyers = new(2, 12),
            Months = new(2, 14),
            LotTonnes = new(50, 550),
            SalesPerLot = new(2, 8),
            SaleDelayDays = new(3, 28),
            ResoldShare = new(0.85, 0.25),
        },
        LookAlikes = new LookAlikeMix
        {
            SerialInstitutionSuits = 2_500,
            ContestedDivorces = 500,
            Arbitrations = 900,
            EnforcementAuctions = 1_300,
            InsuranceClaims = 4_500,
            HubFirms = 3,
            HubLawyerPercent = 55,
            Compounds = 6,
            CompoundHouseholdShare = 0.07,
            FastMediationShare = 0.25,
            FavouredMediatorShare = 0.5,
            AbsentDefendantShare = 0.05,
            InstitutionClosings = (45, 80, 95),
            LenderPrivateLendingShare = 0.6,
            AuctionRounds = (30, 55),
            HonestBankruptcyWorkers = new(15, 60),
            RepeatPlateShare = 0.1,
            InsuranceLawsuitShare = 0.15,
            InsuranceFastSettlementShare = 0.15,
            AssessedShare = 0.9,
        },
        Noise = new NoiseRates
        {
            DuplicateRow = 0.006,
            MalformedRow = 0.002,
            PersonIdMissing = 0.10,
            CompanyIdMissing = 0.05,
            IdMistyped = 0.02,
            IdFullWidth = 0.005,
            NameVariant = 0.05,
            PhoneShown = 0.5,
            AddressShown = 0.4,
        },
    };
}
