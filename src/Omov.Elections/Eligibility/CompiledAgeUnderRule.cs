using System.Globalization;
using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledAgeUnderRule(int years, DateOnly on) : CompiledRule
{
    // Under N on D ⇔ born after D minus N years. D.AddYears clamps 29 Feb to 28 Feb, so someone born on
    // 29 Feb reaches each age on 1 Mar in a common year, as English law counts it.
    private readonly int _bornAfterDay = on.AddYears(-years).DayNumber;

    public override string Kind => "ageUnder";

    public override bool Test(Member member) => member.DateOfBirth is { } born && born.DayNumber > _bornAfterDay;

    public override RuleOutcome Explain(Member member)
    {
        if (member.DateOfBirth is not { } born)
        {
            return Outcome(false, $"date of birth unknown, so cannot show aged under {years} on {Wording.Date(on)}");
        }

        string age = AgeOn(born, on).ToString(CultureInfo.InvariantCulture);
        return Test(member)
            ? Outcome(true, $"aged {age} on {Wording.Date(on)}, under {years}")
            : Outcome(false, $"aged {age} on {Wording.Date(on)}, not under {years}");
    }

    /// <summary>Whole years, counted the same way as <see cref="Test"/>.</summary>
    internal static int AgeOn(DateOnly born, DateOnly on)
    {
        int age = on.Year - born.Year;
        if (on.AddYears(-age) < born)
        {
            age--;
        }

        return age;
    }
}
