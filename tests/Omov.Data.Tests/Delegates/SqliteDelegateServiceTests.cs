using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Delegates;

public sealed class SqliteDelegateServiceTests : DelegateServiceTests<SqliteProvider>;
