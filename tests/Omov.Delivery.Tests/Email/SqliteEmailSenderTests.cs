using Omov.Data.Tests.Providers;

namespace Omov.Delivery.Tests.Email;

public sealed class SqliteEmailSenderTests : EmailSenderTests<SqliteProvider>;
