using Microsoft.AspNetCore.Http;

namespace Omov.Web.Voting;

/// <summary>Which requests try a voting code, and so count against the per-address limit: a code posted to /vote, or a link /vote/{code}.</summary>
internal static class VoteCodeAttempts
{
    private static readonly HashSet<string> s_steps = new(StringComparer.OrdinalIgnoreCase) { "ballot", "review", "receipt", "language", "index" };

    public static bool IsAttempt(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? "";
        if (!path.StartsWith("/vote", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = path[5..].Trim('/');
        if (rest.Length == 0 || rest.Equals("index", StringComparison.OrdinalIgnoreCase))
        {
            return HttpMethods.IsPost(request.Method);
        }

        return path[5] == '/' && !rest.Contains('/', StringComparison.Ordinal) && !s_steps.Contains(rest);
    }
}
