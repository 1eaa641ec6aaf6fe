using Omov.Data.Tests.Providers;

namespace Omov.Delivery.Tests.Cli;

public sealed class PostgresMailCommandTests : MailCommandTests<PostgresProvider>;
