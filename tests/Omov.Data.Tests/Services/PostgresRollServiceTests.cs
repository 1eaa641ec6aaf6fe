using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Services;

public sealed class PostgresRollServiceTests : RollServiceTests<PostgresProvider>;
