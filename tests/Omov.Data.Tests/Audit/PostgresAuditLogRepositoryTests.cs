using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Audit;

public sealed class PostgresAuditLogRepositoryTests : AuditLogRepositoryTests<PostgresProvider>;
