using Omov.Data.Tests.Providers;

namespace Omov.Delivery.Tests.Issuing;

public sealed class SqliteCredentialIssuerTests : CredentialIssuerTests<SqliteProvider>;
