using Omov.Elections.Delegates;

namespace Omov.Data.Delegates;

/// <summary>A stored delegate election: how it was counted and who was elected to which place.</summary>
/// <param name="Id">The election's id.</param>
/// <param name="LocalPartyCode">The local party.</param>
/// <param name="Year">The conference year.</param>
/// <param name="Method">The counting method's name.</param>
/// <param name="Seats">Delegates elected.</param>
/// <param name="WomenNeeded">Women the places needed.</param>
/// <param name="YoungNeeded">Young members the places needed.</param>
/// <param name="Places">The places in plain English.</param>
/// <param name="Papers">Ballot papers entered.</param>
/// <param name="ReportJson">The count's full report (Omov.Counting JSON report).</param>
/// <param name="CountedAt">When.</param>
/// <param name="CountedBy">Who.</param>
/// <param name="Elected">The delegates in order of election.</param>
public sealed record DelegateElectionRecord(
    long Id,
    string LocalPartyCode,
    int Year,
    string Method,
    int Seats,
    int WomenNeeded,
    int YoungNeeded,
    string Places,
    long Papers,
    string ReportJson,
    DateTimeOffset CountedAt,
    string CountedBy,
    IReadOnlyList<DelegateCredential> Elected);
