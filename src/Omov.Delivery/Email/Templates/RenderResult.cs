using System.Diagnostics.CodeAnalysis;

namespace Omov.Delivery.Email.Templates;

/// <summary>A merged message, or the error that stopped it.</summary>
public sealed record RenderResult
{
    private RenderResult(RenderedEmail? email, TemplateError? error)
    {
        Email = email;
        Error = error;
    }

    public RenderedEmail? Email { get; }

    public TemplateError? Error { get; }

    [MemberNotNullWhen(true, nameof(Email))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Email is not null;

    public static RenderResult Success(RenderedEmail email) => new(email, null);

    public static RenderResult Failure(TemplateError error) => new(null, error);
}
