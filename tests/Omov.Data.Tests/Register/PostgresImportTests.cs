using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Register;

public sealed class PostgresImportTests : ImportTests<PostgresProvider>;
