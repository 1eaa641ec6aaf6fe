using System.Globalization;

namespace Omov.Elections.Nominations;

/// <summary>The rules a nomination must pass before it is recorded, kept free of storage so each can be tested alone.</summary>
public static class NominationChecks
{
    /// <summary>Refuses a nomination made before the period opens or at or after it closes.</summary>
    public static NominationRefusal? Timing(NominationPeriod period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (now < period.OpensAt)
        {
            return new NominationRefusal(NominationRefusalKind.NotOpenYet, $"Nominations in {period.ContestCode} open at {Local(period.OpensAt, period.TimeZone)}; it is too early to record one.");
        }

        return now >= period.ClosesAt
            ? new NominationRefusal(NominationRefusalKind.Closed, $"Nominations in {period.ContestCode} closed at {Local(period.ClosesAt, period.TimeZone)}; late nominations are not accepted.")
            : null;
    }

    /// <summary>
    /// Refuses a second nomination of the same candidate by one body, or one more than the body may
    /// make in the contest; <paramref name="standing"/> are the body's standing nominations in it.
    /// </summary>
    public static NominationRefusal? PerBody(NominationPeriod period, NominatingBodyKind kind, string bodyCode, string candidateCode, IReadOnlyCollection<Nomination> standing)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Any(n => string.Equals(n.CandidateCode, candidateCode, StringComparison.Ordinal)))
        {
            return new NominationRefusal(NominationRefusalKind.AlreadyNominated, $"{Body(kind)} {bodyCode} has already nominated {candidateCode} in {period.ContestCode}.");
        }

        int limit = period.Thresholds.NominationsPerBody;
        if (standing.Count >= limit)
        {
            string nominated = string.Join(", ", standing.Select(n => n.CandidateCode));
            return new NominationRefusal(NominationRefusalKind.BodyLimitReached, limit == 1
                ? $"{Body(kind)} {bodyCode} has already nominated in {period.ContestCode} ({nominated}); each body may nominate one candidate per contest. Withdraw that nomination first to change it."
                : $"{Body(kind)} {bodyCode} has already made {limit} nominations in {period.ContestCode}, the most a body may make.");
        }

        return null;
    }

    /// <summary>The kind of body in a sentence: "Local party".</summary>
    public static string Body(NominatingBodyKind kind) => kind switch
    {
        NominatingBodyKind.LocalParty => "Local party",
        NominatingBodyKind.Affiliate => "Affiliate",
        _ => "Elected member",
    };

    /// <summary>A UTC instant as the local time in the period's zone: "23:59 on 14 Feb 2020 (Europe/London)".</summary>
    public static string Local(DateTimeOffset instant, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone);
        return local.ToString("HH:mm 'on' d MMM yyyy", CultureInfo.InvariantCulture) + $" ({timeZone})";
    }
}
