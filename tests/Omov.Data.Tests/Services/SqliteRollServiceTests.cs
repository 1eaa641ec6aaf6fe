using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Services;

public sealed class SqliteRollServiceTests : RollServiceTests<SqliteProvider>;
