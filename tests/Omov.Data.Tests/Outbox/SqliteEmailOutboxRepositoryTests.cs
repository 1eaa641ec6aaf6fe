using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Outbox;

public sealed class SqliteEmailOutboxRepositoryTests : EmailOutboxRepositoryTests<SqliteProvider>;
