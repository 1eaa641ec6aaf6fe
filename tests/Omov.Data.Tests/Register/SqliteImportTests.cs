using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Register;

public sealed class SqliteImportTests : ImportTests<SqliteProvider>;
