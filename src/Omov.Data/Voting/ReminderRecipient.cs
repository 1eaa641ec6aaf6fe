namespace Omov.Data.Voting;

/// <summary>A member to remind: they hold an email ballot in the event and have not voted.</summary>
public sealed record ReminderRecipient(string MembershipNumber, string FirstName, string Email);
