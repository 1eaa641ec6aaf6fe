using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Delegates;

public sealed class SqliteDelegateRepositoryTests : DelegateRepositoryTests<SqliteProvider>;
