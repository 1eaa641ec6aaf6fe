using Microsoft.AspNetCore.Http;
using Omov.Data;
using Omov.Elections.Staff;

namespace Omov.Web.Staff;

/// <summary>The signed-in staff account of this request, loaded once from the database.</summary>
internal sealed class CurrentStaff(IHttpContextAccessor accessor, OmovDatabase database)
{
    private StaffAccount? _account;
    private bool _loaded;

    /// <summary>The account, or null when nobody is signed in.</summary>
    public async Task<StaffAccount?> GetAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            var id = accessor.HttpContext?.User.FindFirst(StaffClaims.AccountId)?.Value;
            _account = Guid.TryParse(id, out var accountId) ? await database.StaffAccounts.GetAsync(accountId, cancellationToken).ConfigureAwait(false) : null;
            _loaded = true;
        }

        return _account;
    }

    /// <summary>Keeps the account the session cookie's validation already loaded, so the request reads it once.</summary>
    public void Remember(StaffAccount? account)
    {
        _account = account;
        _loaded = true;
    }

    /// <summary>The account; throws when nobody is signed in (pages that need staff are authorized first).</summary>
    public async Task<StaffAccount> RequireAsync(CancellationToken cancellationToken) =>
        await GetAsync(cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("No staff account is signed in.");
}
