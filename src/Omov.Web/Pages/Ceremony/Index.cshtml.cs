using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Data;
using Omov.Elections.Events;
using Omov.Elections.Staff;
using Omov.Web.Staff;

namespace Omov.Web.Pages.Ceremony;

/// <summary>
/// The ballot box: each event with what the signed-in member of staff may do with it now — hold
/// the key ceremony, collect their share file, open the box, see the provisional result.
/// </summary>
internal sealed class IndexModel(OmovDatabase database, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<BallotEvent> Events { get; private set; } = [];

    public IReadOnlySet<Guid> WithCeremony { get; private set; } = new HashSet<Guid>();

    public IReadOnlySet<Guid> SharesWaiting { get; private set; } = new HashSet<Guid>();

    public bool IsOfficer { get; private set; }

    public bool MayOpen { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await staff.RequireAsync(cancellationToken);
        IsOfficer = StaffPermissions.Check(account, StaffPermission.CertifyResults).Allowed;
        MayOpen = StaffPermissions.Check(account, StaffPermission.OpenBallotBox).Allowed;
        Events = await database.BallotEvents.ListAsync(cancellationToken);
        var held = new HashSet<Guid>();
        foreach (var e in Events)
        {
            if (await database.KeyCeremonies.GetAsync(e.Id, cancellationToken) is not null)
            {
                held.Add(e.Id);
            }
        }

        WithCeremony = held;
        SharesWaiting = (await database.KeyCeremonies.UncollectedForAsync(account.Username, cancellationToken)).Select(w => w.EventId).ToHashSet();
    }
}
