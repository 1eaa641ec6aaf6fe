using System.Globalization;
using Omov.Counting.Methods.Exhaustive;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Meetings;
using Omov.Elections.Staff;

namespace Omov.Data.Meetings;

public sealed partial class MeetingService
{
    /// <summary>
    /// Records the next round of an exhaustive ballot as the tellers declared it. The figures are
    /// checked first (votes only for continuing candidates, no more than the members admitted, a lot
    /// only where the lowest tie); a round that decides the ballot makes the nomination at once.
    /// Audited as <c>meeting.round.recorded</c> (and <c>meeting.result</c>).
    /// </summary>
    public async Task<ServiceResult<MinutesContest>> RecordRoundAsync(StaffAccount account, Guid meetingId, int contestIndex, ExhaustiveRound round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var state = await ContestStateAsync(account, meetingId, contestIndex, MeetingVotingMethod.Exhaustive, cancellationToken).ConfigureAwait(false);
        if (state.Error is { } error)
        {
            return ServiceResult.Fail<MinutesContest>(state.Failure, error);
        }

        var (meeting, contest, rounds, attended) = state.Value!.Value;
        List<ExhaustiveRound> entered = [.. rounds.Select(r => r.Round!), round];
        var count = ContestTally.Count(contest, entered, attended);
        if (count.State == ExhaustiveState.Invalid)
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Invalid, Capital(count.Problem!));
        }

        var number = entered.Count;
        var stored = new StoredRound(contestIndex, number, round, null, AuditActors.Staff(account), _database.Time.GetUtcNow());
        if (!await _database.Meetings.AddRoundAsync(meetingId, stored, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Conflict, string.Create(CultureInfo.InvariantCulture, $"round {number} of '{contest.Name}' was entered by someone else meanwhile; reload to see it"));
        }

        await AuditAsync(account, AuditActions.MeetingRoundRecorded, meeting, new()
        {
            ["contest"] = contest.Name,
            ["round"] = number.ToString(CultureInfo.InvariantCulture),
            ["figures"] = Figures(contest, round),
            ["lot"] = round.LotExcluded is { } lot ? (lot + 1).ToString(CultureInfo.InvariantCulture) : "none",
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(await AfterCountAsync(account, meeting, contestIndex, contest, count, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Records whom the lot drawn in the room excluded, on the round whose lowest tied; audited as <c>meeting.round.recorded</c>.</summary>
    public async Task<ServiceResult<MinutesContest>> RecordLotAsync(StaffAccount account, Guid meetingId, int contestIndex, int excluded, CancellationToken cancellationToken = default)
    {
        var state = await ContestStateAsync(account, meetingId, contestIndex, MeetingVotingMethod.Exhaustive, cancellationToken).ConfigureAwait(false);
        if (state.Error is { } error)
        {
            return ServiceResult.Fail<MinutesContest>(state.Failure, error);
        }

        var (meeting, contest, rounds, attended) = state.Value!.Value;
        if (rounds.Count == 0 || ContestTally.Count(contest, [.. rounds.Select(r => r.Round!)], attended).State != ExhaustiveState.AwaitingLot)
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Conflict, $"'{contest.Name}' is not waiting for a lot");
        }

        List<ExhaustiveRound> entered = [.. rounds.Select(r => r.Round!)];
        entered[^1] = entered[^1] with { LotExcluded = excluded };
        var count = ContestTally.Count(contest, entered, attended);
        if (count.State == ExhaustiveState.Invalid)
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Invalid, Capital(count.Problem!));
        }

        if (!await _database.Meetings.RecordLotAsync(meetingId, contestIndex, entered.Count, excluded, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Conflict, $"the lot for '{contest.Name}' was recorded by someone else meanwhile; reload to see it");
        }

        await AuditAsync(account, AuditActions.MeetingRoundRecorded, meeting, new()
        {
            ["contest"] = contest.Name,
            ["round"] = entered.Count.ToString(CultureInfo.InvariantCulture),
            ["lot"] = (excluded + 1).ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(await AfterCountAsync(account, meeting, contestIndex, contest, count, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Records the preferential papers of an AV contest (see <see cref="PaperBallots"/>) and counts
    /// them with the AV of Omov.Counting; the winner is the nomination. Audited as
    /// <c>meeting.round.recorded</c> and <c>meeting.result</c>.
    /// </summary>
    public async Task<ServiceResult<MinutesContest>> RecordPapersAsync(StaffAccount account, Guid meetingId, int contestIndex, string papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var state = await ContestStateAsync(account, meetingId, contestIndex, MeetingVotingMethod.Alternative, cancellationToken).ConfigureAwait(false);
        if (state.Error is { } error)
        {
            return ServiceResult.Fail<MinutesContest>(state.Failure, error);
        }

        var (meeting, contest, rounds, attended) = state.Value!.Value;
        if (rounds.Count > 0)
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Conflict, $"the papers of '{contest.Name}' are already counted");
        }

        var (result, total, problem) = ContestTally.CountPapers(meeting.Id, contest, papers);
        if (result is null)
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Invalid, Capital(problem!));
        }

        if (total > attended)
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Invalid, string.Create(CultureInfo.InvariantCulture, $"There are {total} papers, more than the {attended} members admitted."));
        }

        var normalised = PaperBallots.Format(PaperBallots.Parse(papers, contest.Candidates.Count).Papers);
        var stored = new StoredRound(contestIndex, 1, null, normalised, AuditActors.Staff(account), _database.Time.GetUtcNow());
        if (!await _database.Meetings.AddRoundAsync(meetingId, stored, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<MinutesContest>(ServiceFailure.Conflict, $"the papers of '{contest.Name}' were entered by someone else meanwhile; reload to see them");
        }

        await AuditAsync(account, AuditActions.MeetingRoundRecorded, meeting, new()
        {
            ["contest"] = contest.Name,
            ["papers"] = total.ToString(CultureInfo.InvariantCulture),
            ["method"] = "av",
        }, cancellationToken).ConfigureAwait(false);
        var minutes = ContestTally.Of(meeting.Id, contestIndex, contest, [stored], attended);
        await DeclareAsync(account, meeting, minutes, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(minutes);
    }

    /// <summary>The minutes record as it stands (printable page and JSON).</summary>
    public async Task<ServiceResult<MeetingMinutes>> MinutesAsync(StaffAccount account, Guid meetingId, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(account, meetingId, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return ServiceResult.Fail<MeetingMinutes>(found.Failure.Value, found.Error);
        }

        var meeting = found.Value;
        var attendees = await _database.Meetings.AttendeesAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var rounds = await _database.Meetings.RoundsAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var results = await _database.Meetings.ResultsAsync(meetingId, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(new MeetingMinutes
        {
            MeetingId = meeting.Id,
            LocalPartyCode = meeting.LocalPartyCode,
            Title = meeting.Title,
            StartsAt = meeting.StartsAt,
            DoorsCloseAt = meeting.DoorsCloseAt,
            TimeZone = meeting.TimeZone,
            Venue = meeting.Venue,
            OnlineLink = meeting.OnlineLink,
            AttendanceRule = $"{meeting.Attendance.Id}: {meeting.Attendance.Title}",
            PayAtDoor = meeting.PayAtDoor,
            LateArrivalPolicy = meeting.LateArrivals == LateArrivalPolicy.Refuse ? "refuse" : "admit-and-flag",
            Attended = attendees.Count,
            PaidAtDoor = attendees.Count(a => a.PaidAtDoor),
            LateArrivals = [.. attendees.Where(a => a.Late).Select(a => new MinutesArrival(a.MembershipNumber, a.ArrivedAt, a.PaidAtDoor))],
            Contests = [.. meeting.Contests.Select((c, i) => ContestTally.Of(meeting.Id, i, c, [.. rounds.Where(r => r.ContestIndex == i)], attendees.Count))],
            Nominations = results,
        });
    }

    private async Task<MinutesContest> AfterCountAsync(StaffAccount account, NominationMeeting meeting, int contestIndex, MeetingContest contest, ExhaustiveCount count, CancellationToken cancellationToken)
    {
        var rounds = await _database.Meetings.RoundsAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
        var attended = (await _database.Meetings.AttendeesAsync(meeting.Id, cancellationToken).ConfigureAwait(false)).Count;
        var minutes = ContestTally.Of(meeting.Id, contestIndex, contest, [.. rounds.Where(r => r.ContestIndex == contestIndex)], attended);
        if (count.State == ExhaustiveState.Decided)
        {
            await DeclareAsync(account, meeting, minutes, cancellationToken).ConfigureAwait(false);
        }

        return minutes;
    }

    private async Task DeclareAsync(StaffAccount account, NominationMeeting meeting, MinutesContest minutes, CancellationToken cancellationToken)
    {
        if (minutes.Nominee is null)
        {
            return;
        }

        var nomination = new MeetingNomination(meeting.Id, meeting.LocalPartyCode, minutes.Index, minutes.Name, minutes.Nominee, minutes.Decision ?? "majority", AuditActors.Staff(account), _database.Time.GetUtcNow());
        if (await _database.Meetings.AddResultAsync(nomination, cancellationToken).ConfigureAwait(false))
        {
            await AuditAsync(account, AuditActions.MeetingResult, meeting, new()
            {
                ["contest"] = minutes.Name,
                // The candidate's number in statement order: the log carries no names.
                ["nominee"] = (minutes.StatementOrder.ToList().IndexOf(minutes.Nominee) + 1).ToString(CultureInfo.InvariantCulture),
                ["decision"] = nomination.Decision,
                ["rounds"] = minutes.Rounds.Count.ToString(CultureInfo.InvariantCulture),
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(ServiceFailure Failure, string? Error, (NominationMeeting Meeting, MeetingContest Contest, IReadOnlyList<StoredRound> Rounds, int Attended)? Value)> ContestStateAsync(
        StaffAccount account, Guid meetingId, int contestIndex, MeetingVotingMethod method, CancellationToken cancellationToken)
    {
        var found = await GetAsync(account, meetingId, cancellationToken).ConfigureAwait(false);
        if (!found.Success)
        {
            return (found.Failure.Value, found.Error, null);
        }

        var meeting = found.Value;
        if (contestIndex < 0 || contestIndex >= meeting.Contests.Count)
        {
            return (ServiceFailure.NotFound, "the meeting has no such contest", null);
        }

        var contest = meeting.Contests[contestIndex];
        if (contest.Method != method)
        {
            return (ServiceFailure.Invalid, $"'{contest.Name}' is voted by {(contest.Method == MeetingVotingMethod.Exhaustive ? "exhaustive ballot" : "preferential papers")}", null);
        }

        var results = await _database.Meetings.ResultsAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (results.FirstOrDefault(r => r.ContestIndex == contestIndex) is { } done)
        {
            return (ServiceFailure.Conflict, $"'{contest.Name}' is decided: the meeting nominated {done.Nominee}", null);
        }

        var rounds = (await _database.Meetings.RoundsAsync(meetingId, cancellationToken).ConfigureAwait(false)).Where(r => r.ContestIndex == contestIndex).ToList();
        var attended = (await _database.Meetings.AttendeesAsync(meetingId, cancellationToken).ConfigureAwait(false)).Count;
        if (attended == 0)
        {
            return (ServiceFailure.Conflict, "no one has been checked in, so no one can vote yet", null);
        }

        return (default, null, (meeting, contest, rounds, attended));
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? string.Empty : ".");
}
