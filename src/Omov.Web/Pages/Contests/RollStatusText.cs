using Omov.Data.Rolls;

namespace Omov.Web.Pages.Contests;

/// <summary>A roll's status in words.</summary>
internal static class RollStatusText
{
    public static string Of(RollStatus status) => status switch
    {
        RollStatus.Frozen => "frozen, awaiting approval,",
        RollStatus.Approved => "approved, frozen",
        RollStatus.Superseded => "superseded, frozen",
        _ => status.ToString(),
    };
}
