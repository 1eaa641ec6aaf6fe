using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Staff;

public sealed class SqliteStaffAccountRepositoryTests : StaffAccountRepositoryTests<SqliteProvider>;
