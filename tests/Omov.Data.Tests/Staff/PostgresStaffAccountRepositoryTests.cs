using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Staff;

public sealed class PostgresStaffAccountRepositoryTests : StaffAccountRepositoryTests<PostgresProvider>;
