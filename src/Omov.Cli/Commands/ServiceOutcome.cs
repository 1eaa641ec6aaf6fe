using Omov.Data.Services;

namespace Omov.Cli.Commands;

/// <summary>Turns a service's refusal into the CLI's one line on stderr.</summary>
internal static class ServiceOutcome
{
    /// <summary>The value, or null after writing why not (every refusal is bad input: exit 2).</summary>
    public static T? Value<T>(CliContext context, ServiceResult<T> result)
        where T : class
    {
        if (result.Success)
        {
            return result.Value;
        }

        context.Fail(result.Error);
        return null;
    }
}
