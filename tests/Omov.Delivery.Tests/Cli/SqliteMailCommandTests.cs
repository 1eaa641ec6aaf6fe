using Omov.Data.Tests.Providers;

namespace Omov.Delivery.Tests.Cli;

public sealed class SqliteMailCommandTests : MailCommandTests<SqliteProvider>;
