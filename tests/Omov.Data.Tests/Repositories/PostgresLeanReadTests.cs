using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Repositories;

public sealed class PostgresLeanReadTests : LeanReadTests<PostgresProvider>;
