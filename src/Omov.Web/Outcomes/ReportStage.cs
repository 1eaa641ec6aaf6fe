namespace Omov.Web.Outcomes;

/// <summary>One stage of a count as a results page shows it.</summary>
/// <param name="Number">The stage number.</param>
/// <param name="Action">What was done (first-preferences, surplus, exclusion, declaration, substitution).</param>
/// <param name="Subjects">Whose surplus or papers moved.</param>
/// <param name="Votes">Each candidate's total, exactly as the count wrote it, in ballot order.</param>
/// <param name="NonTransferable">The running non-transferable total.</param>
/// <param name="Elected">Elected at this stage.</param>
/// <param name="Excluded">Excluded at this stage.</param>
/// <param name="Notes">Notes.</param>
internal sealed record ReportStage(
    int Number, string Action, IReadOnlyList<string> Subjects, IReadOnlyList<string> Votes, string NonTransferable,
    IReadOnlyList<string> Elected, IReadOnlyList<string> Excluded, IReadOnlyList<string> Notes);
