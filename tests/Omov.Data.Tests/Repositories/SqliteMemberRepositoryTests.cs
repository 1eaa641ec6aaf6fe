using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Repositories;

public sealed class SqliteMemberRepositoryTests : MemberRepositoryTests<SqliteProvider>;
