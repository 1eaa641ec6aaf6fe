using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Messages;

public sealed class PostgresMessageRepositoryTests : MessageRepositoryTests<PostgresProvider>;
