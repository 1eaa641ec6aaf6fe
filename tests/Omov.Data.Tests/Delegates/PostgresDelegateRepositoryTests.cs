using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Delegates;

public sealed class PostgresDelegateRepositoryTests : DelegateRepositoryTests<PostgresProvider>;
