using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledJoinedByRule(LocalCutoff cutoff, TimeZoneInfo zone) : CompiledRule
{
    private readonly long _exclusiveTicks = cutoff.ExclusiveUtcTicks(zone);
    private readonly string _freeze = cutoff.IsWholeDay
        ? "the freeze date " + Wording.Date(cutoff.Date)
        : "the freeze at " + Wording.Moment(cutoff.Local);

    public override string Kind => "joinedBy";

    public override bool Test(Member member) => member.JoinedAt.UtcTicks < _exclusiveTicks;

    public override RuleOutcome Explain(Member member)
    {
        DateTime local = Rulebooks.ZoneTime.ToLocal(member.JoinedAt, zone);
        string joined = "joined " + Wording.Instant(local, cutoff);
        if (!Test(member))
        {
            return Outcome(false, $"{joined}, after {_freeze}");
        }

        return cutoff.IsWholeDay && DateOnly.FromDateTime(local) == cutoff.Date
            ? Outcome(true, $"joined {Wording.Date(local)}, on {_freeze}")
            : Outcome(true, $"{joined}, before {_freeze}");
    }
}
